// Renders the app icon (public/favicon.svg) to the PNG sizes the web manifest and iOS need.
// Run once when the icon changes: node scripts/icons.mjs  (writes public/icons/*.png)
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const svg = await readFile('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const render = async (size, file, maskable) => {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep their content inside the central 80 % safe zone, on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(`<body style="margin:0;background:${maskable ? '#0b4f6c' : 'transparent'};display:grid;place-items:center;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
};
await render(192, 'icon-192.png', false);
await render(512, 'icon-512.png', false);
await render(512, 'icon-maskable-512.png', true);
await render(180, 'apple-touch-icon.png', true);
await browser.close();
console.log('icons written to public/icons/');
