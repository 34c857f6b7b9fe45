// Issue 22: the A3 sheet prints as a document, not as its form, with a QR code that brings the
// sheet back. The browser runs in English, the app in bokmål: the print's dates are still
// dd.mm.åååå. The PDF is read with poppler (pdfinfo, pdftotext, pdftoppm; scripts/setup.sh).
import { test, expect, expectAccessible, open, storedWorkspace } from './fixtures';
import { importSheet, stokkbakken } from './stokkbakken';
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

test.use({ locale: 'en-US' });

/** The page printed to PDF as the browser's print does, with its page count and text. */
async function printed(page: Page, testInfo: TestInfo, name: string) {
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

test('an A3 sheet prints as the KS document on one page, in full, and its QR code brings it back', async ({ page, browser }, testInfo) => {
  await importSheet(page, testInfo, stokkbakken());
  const sheet = (await storedWorkspace(page)).workspace.a3_sheets[0];
  // The form is not printed; the document is not on screen.
  await expect(page.getByTestId('printed-sheet')).toBeHidden();
  const { pdf, pages, size, text } = await printed(page, testInfo, 'print');
  await expect(page.getByTestId('printed-sheet')).toBeVisible();
  await expect(page.getByLabel('Tittel', { exact: true })).toBeHidden();
  // One A3 landscape page (420 × 297 mm = 1190.55 × 841.89 pt).
  expect(pages).toBe(1);
  expect(Math.abs(Number(size[1]) - 1190.55)).toBeLessThan(2);
  expect(Math.abs(Number(size[2]) - 841.89)).toBeLessThan(2);
  for (const full of [
    'Stokkbakken omsorgssenter: budsjettvedtak 2025', '3412 Stokkbakken omsorgssenter', 'Ola Metodeveileder',
    'Bemanningstilpasning Dag / Aftenskift', 'Nedskalering HMS-aktivitet / fagdager', 'Iverksatt', 'Trenger vedlikehold',
    '1. Begrunnelse', '6. Måling', 'Turnusen er bygd rundt at all hygiene gis først på dagen', 'Lavere lønnskostnader etter budsjettvedtaket',
    '20.03.2026', '06.01.2025', '30.06.2025', '−18 425 474', '2 500 000,00 kr', 'Sum tiltak: 3,00 årsverk · 2 500 000,00 kr',
    'Skann for å åpne arket i Gevinstverksted',
  ]) {
    expect(text.replace(/\s+/g, ' '), full).toContain(full);
  }
  // Dates in Norwegian whatever the browser's language; no empty label or control.
  expect(text).not.toMatch(/\d\d\/\d\d\/\d{4}/);
  expect(text).not.toContain('Kommentarer (0)');
  expect(text).not.toContain('Legg til');

  // The printed code, read from the PDF rendered at 600 dpi, is the sheet's share link. The
  // viewport is the page's width (400 mm at 96 px per inch), so the code's box on screen plus
  // the 10 mm margin is where it is on the page.
  const box = (await page.getByTestId('print-qr').locator('svg').boundingBox())!;
  const at = (px: number) => String(Math.round((px + 37.8) * (600 / 96)));
  const png = testInfo.outputPath('print-qr-600dpi');
  execFileSync('pdftoppm', ['-r', '600', '-png', '-singlefile', '-x', at(box.x - 20), '-y', at(box.y - 20),
    '-W', at(box.width + 40 - 37.8), '-H', at(box.height + 40 - 37.8), pdf, png]);
  const image = PNG.sync.read(readFileSync(`${png}.png`));
  const link = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  expect(link, 'a QR code on the printed page').toMatch(/\/#\/del\/[A-Za-z0-9_-]+$/);
  console.log(`Printed QR code: a ${link!.length}-character link, ${box.width.toFixed(0)} px (${(box.width / 96 * 25.4).toFixed(0)} mm) wide`);
  // A phone opens it in a fresh browser and gets the same sheet.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link!);
  await phone.getByRole('button', { name: /^Importer/ }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Stokkbakken omsorgssenter: budsjettvedtak 2025');
  await expect.poll(async () => (await storedWorkspace(phone))?.workspace.a3_sheets[0]).toEqual(sheet);
  await phone.context().close();
});

test('a longer sheet flows onto more pages without cutting a row, with a note for its code', async ({ page }, testInfo) => {
  await importSheet(page, testInfo, stokkbakken(30));
  const { pages, text } = await printed(page, testInfo, 'print-long');
  expect(pages).toBeGreaterThanOrEqual(2);
  const flat = text.replace(/\s+/g, ' ');
  for (let i = 1; i <= 30; i++) {
    expect(flat).toContain(`Tiltak ${i}: reduksjon fagleder nattpatrulje og tilpasning av turnus i helgene, uke ${i}`);
  }
  // No row is cut at the page break: each page holds whole rows (a row's cells on one page).
  for (const part of text.split('\f')) {
    const starts = (part.match(/Tiltak \d+: reduksjon/g) ?? []).length;
    const ends = (part.match(/helgene, uke \d+/g) ?? []).length;
    expect(starts).toBe(ends);
  }
  // Too large for one printable code: the note says how to get the sheet instead.
  expect(flat).toContain('Arket er for stort for én QR-kode');
});

test('a gevinst marked as ulempe is summed apart on the sheet and prints in a table of its own', async ({ page }, testInfo) => {
  await importSheet(page, testInfo, stokkbakken());
  const row = page.locator('.benefit-row').nth(0);
  await row.getByLabel('Ulempe (negativ effekt)').check();
  await expect(row).toHaveClass(/disbenefit/);
  await row.screenshot({ path: testInfo.outputPath('disbenefit-row.png') });
  await expect(page.getByTestId('benefits-total')).toHaveText('Økonomiske gevinster per år: 0,00\u00a0kr');
  await expect(page.getByTestId('disbenefits-total')).toHaveText('Økonomiske ulemper per år: 2\u00a0500\u00a0000,00\u00a0kr');
  await expectAccessible(page);
  await page.reload();
  await expect(page.locator('.benefit-row').nth(0).getByLabel('Ulempe (negativ effekt)')).toBeChecked();
  await expect.poll(async () => (await storedWorkspace(page)).workspace.a3_sheets[0].benefits[0].disbenefit).toBe(true);
  await expect(page.getByTestId('printed-sheet')).toContainText('Økonomiske ulemper per år');
  const { text } = await printed(page, testInfo, 'print-disbenefit');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Ulemper');
  expect(flat).toContain('Økonomiske ulemper per år: 2 500 000,00 kr');
  expect(flat).not.toContain('Økonomiske gevinster per år');
});

test('a programme and its status report sum the sheets’ gevinster and, apart, their ulemper', async ({ page }) => {
  await open(page);
  await page.locator('.example-card').getByRole('button', { name: 'Last inn eksempel' }).click();
  await page.locator('.example-card').getByRole('link', { name: 'Færre overliggere og tilpasset bemanning' }).click();
  await page.getByRole('button', { name: 'Legg til gevinst' }).click();
  const loss = page.locator('.benefit-row').nth(1);
  await loss.getByLabel('Ulempe (negativ effekt)').check();
  await loss.getByLabel('Beskrivelse').fill('Flere ubekvemme vakter for nattpatruljen');
  await loss.getByLabel('Kroner per år').fill('180 000');
  await expect(page.getByTestId('disbenefits-total')).toHaveText('Økonomiske ulemper per år: 180\u00a0000,00\u00a0kr');
  const line = 'Økonomiske gevinster per år: 2\u00a0500\u00a0000,00\u00a0kr · Økonomiske ulemper per år: 180\u00a0000,00\u00a0kr';
  await open(page, '#/program');
  await page.getByRole('link', { name: /Omstillingsprosess helse og velferd/ }).click();
  await expect(page.getByTestId('programme-benefits')).toHaveText(line);
  await page.getByRole('link', { name: 'Lag statusrapport' }).click();
  await expect(page.getByTestId('report-benefits')).toHaveText(line);
  await expectAccessible(page);
});
