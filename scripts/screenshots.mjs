// Screenshots of every screen at phone (390×844) and desktop (1280×800) size, from the release
// build in dist/. Usage: make screenshots  (writes docs/screenshots/*.png)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

const PORT = 4174;
const out = 'docs/screenshots';
await mkdir(out, { recursive: true });
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    const base = `http://127.0.0.1:${PORT}/`;
    await page.goto(`${base}#/a3`);
    await page.getByLabel('Tittel på nytt A3-ark').fill('Færre overliggere på sykehus');
    await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
    await page.getByLabel('Enhet / ansvar').fill('3412 Stokkbakken omsorgssenter');
    await page.getByLabel('1. Begrunnelse').fill('290 liggedøgn overliggere jan–feb 2024. Hver døgn koster kommunen penger og pasienten tid.');
    await page.getByLabel('2. Nåsituasjonen').fill('Utskrivning skjer sent på dagen; vedtak om plass tar tid.');
    await page.screenshot({ path: `${out}/a3-sheet-${size}.png`, fullPage: true });
    await page.goto(`${base}#/verksted`);
    await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar 20. mars');
    await page.getByRole('button', { name: 'Nytt seminar' }).click();
    for (const [name, hash] of [['home', '#/'], ['workshop', '#/verksted'], ['collect', '#/samle'], ['a3-list', '#/a3']]) {
      await page.goto(`${base}${hash}`);
      await page.waitForSelector('h1');
      await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
    }
    // Let the pending save land first, or it (rightly) overwrites the corruption on pagehide.
    await page.goto(`${base}#/`);
    await page.getByText('Lagret på denne enheten').waitFor();
    await page.evaluate(() => localStorage.setItem('gevinstverksted.workspace', '{broken'));
    await page.reload();
    await page.waitForSelector('[data-testid=quarantine-banner]');
    await page.screenshot({ path: `${out}/quarantine-${size}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${out}/`);
