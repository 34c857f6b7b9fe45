// Issue 22: the A3 sheet prints as a document, not as its form, with a QR code that brings the
// sheet back. The browser runs in English, the app in bokmål: the print's dates are still
// dd.mm.åååå. The PDF is read with poppler (pdfinfo, pdftotext, pdftoppm; scripts/setup.sh).
import { test, expect, expectAccessible, open, storedWorkspace } from './fixtures';
import { importSheet, stokkbakken } from './stokkbakken';
import { printed, printedQrLink } from './printing';

test.use({ locale: 'en-US' });

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

  // The printed code, read from the PDF, is the sheet's share link.
  const { link, box } = await printedQrLink(page, testInfo, pdf);
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
  // 60 more measures: past what one printed code holds (30 fit since the code may use level L).
  await importSheet(page, testInfo, stokkbakken(60));
  const { pages, text } = await printed(page, testInfo, 'print-long');
  expect(pages).toBeGreaterThanOrEqual(2);
  const flat = text.replace(/\s+/g, ' ');
  for (let i = 1; i <= 60; i++) {
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
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.a3_sheets[0]?.benefits[0]?.disbenefit).toBe(true);
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
