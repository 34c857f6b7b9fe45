// Printing a screen to PDF as the browser's print does, and reading the PDF back with poppler
// (pdfinfo, pdftotext, pdftoppm; installed by scripts/setup.sh): shared by the print tests.
import { expect } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

/** The page printed to PDF as the browser's print does, with its page count and text. */
export async function printed(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1511, height: 1047 });
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const pdf = testInfo.outputPath(`${name}.pdf`);
  await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // pdftotext without -layout: table cells come out whole, one per line.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+\n/g, '\n');
  return { pdf, pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]), size: info.match(/^Page size:\s+([\d.]+) x ([\d.]+)/m)!, text };
}

/**
 * The printed share code read from the PDF rendered at 600 dpi. The viewport is the page's
 * width (400 mm at 96 px per inch, see `printed`), so the code's box on screen plus the 10 mm
 * margin is where it is on the page.
 */
export async function printedQrLink(page: Page, testInfo: TestInfo, pdf: string) {
  const box = (await page.getByTestId('print-qr').locator('svg').boundingBox())!;
  const at = (px: number) => String(Math.round((px + 37.8) * (600 / 96)));
  const png = testInfo.outputPath('print-qr-600dpi');
  execFileSync('pdftoppm', ['-r', '600', '-png', '-singlefile', '-x', at(box.x - 20), '-y', at(box.y - 20),
    '-W', at(box.width + 40 - 37.8), '-H', at(box.height + 40 - 37.8), pdf, png]);
  const image = PNG.sync.read(readFileSync(`${png}.png`));
  const link = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  expect(link, 'a QR code on the printed page').toMatch(/\/#\/del\/[A-Za-z0-9_-]+$/);
  return { link: link!, box };
}
