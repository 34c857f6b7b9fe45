import { test, expect, open, storedWorkspace } from './fixtures';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

test('after one load the app and its data load again with the network off', async ({ page, context }) => {
  await open(page, '#/a3');
  // The service worker is installed and controls the page once its cache is filled.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.getByLabel('Tittel på nytt A3-ark').fill('Skrevet før nettet forsvant');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skrevet før nettet forsvant');
  await page.getByLabel('1. Begrunnelse').fill('Skrevet uten nett');
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await page.goto('./#/');
  await expect(page.getByTestId('count-a3')).toContainText('1');
  expect((await storedWorkspace(page)).workspace.a3_sheets[0].rationale).toBe('Skrevet uten nett');
  await context.setOffline(false);
});

test('the web manifest and icons are served, so the app can be installed', async ({ page, request }) => {
  await open(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Gevinstverksted', lang: 'nb', display: 'standalone', start_url: './' });
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ' ' + i.purpose : ''}`);
  expect(sizes).toEqual(['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect((await request.get('icons/apple-touch-icon.png')).ok()).toBe(true);
  // The service worker's file list was generated at build time and names the hashed files.
  const sw = await (await request.get('sw.js')).text();
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  expect(sw).toContain(`./${wasm!.split('/').pop()}`);
});

test('a new version waits for "Oppdater", and switching to it keeps what was just typed', async ({ page }, testInfo) => {
  // A host of our own, so the test can publish a "new version" of the app on it.
  const site = testInfo.outputPath('site');
  await cp('dist', site, { recursive: true });
  // Port 0: the system picks a free port, and the server prints it.
  const server = spawn('node', ['tests/e2e/serve.mjs', site, '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const found = /127\.0\.0\.1:(\d+)/.exec(String(chunk));
        if (found) resolve(Number(found[1]));
      });
      server.on('exit', () => reject(new Error('the test server did not start')));
    });
    await page.goto(`http://127.0.0.1:${port}/#/a3`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.getByLabel('Tittel på nytt A3-ark').fill('Før oppdateringen');
    await page.getByRole('button', { name: 'Nytt A3-ark' }).click();

    // A new version is published; the browser finds it in the background.
    const sw = join(site, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-ny'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('region', { name: 'Ny versjon' });
    await expect(banner).toBeVisible();
    // Nothing switches by itself: the user keeps typing, then chooses to update.
    await page.getByLabel('1. Begrunnelse').fill('Skrevet rett før «Oppdater»');
    // A marker on this document tells when the reload into the new version has happened.
    await page.evaluate(() => { (window as unknown as { oldVersion: boolean }).oldVersion = true; });
    await banner.getByRole('button', { name: 'Oppdater' }).click();
    await page.waitForFunction(() => !(window as unknown as { oldVersion?: boolean }).oldVersion);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Før oppdateringen');
    await expect(page.getByLabel('1. Begrunnelse')).toHaveValue('Skrevet rett før «Oppdater»');
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-ny$/)]);
  } finally {
    server.kill();
  }
});
