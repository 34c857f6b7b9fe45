// Issue 22: the A3 sheet prints as a document, not as its form, with a QR code that brings the
// sheet back. The browser runs in English, the app in bokmål: the print's dates are still
// dd.mm.åååå. The PDF is read with poppler (pdfinfo, pdftotext, pdftoppm; scripts/setup.sh).
import { test, expect, open, storedWorkspace } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

test.use({ locale: 'en-US' });

const SHEET_ID = '3412aaaa-0000-4000-8000-000000000001';
const id = (n: number) => `3412aaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const measure = (n: number, name: string, fte: string | null, amount: string, follow_up: string, comments: object[] = []) => ({
  id: id(100 + n), name, fte, amount, status: 'implemented', status_date: '2025-01-06', follow_up, responsible: 'Kari Enhetsleder', comments,
});

/** Seed 002's Stokkbakken sheet: four measures, three gevinster, a budget line and an
 *  indicator with six measurements (a version-1 file, as an older build exported it). */
function stokkbakken(extraMeasures = 0) {
  const measures = [
    measure(1, 'Reduksjon nattetjeneste', '2.00', '1400000.00', 'needs_maintenance', [
      { id: id(201), date: '2025-06-30', text: 'Det er utfordrende å dekke sykefravær på natt uten ekstravakter; følges opp i medbestemmelsesgruppen.' },
    ]),
    measure(2, 'Bemanningstilpasning Dag / Aftenskift', '1.00', '700000.00', 'needs_maintenance'),
    measure(3, 'Redusert bruk av variabel lønn', null, '200000.00', 'needs_maintenance'),
    measure(4, 'Nedskalering HMS-aktivitet / fagdager', null, '200000.00', 'ok'),
  ];
  for (let i = 0; i < extraMeasures; i++) {
    measures.push(measure(10 + i, `Tiltak ${i + 1}: reduksjon fagleder nattpatrulje og tilpasning av turnus i helgene, uke ${i + 1}`, '0.50', '125000.00', 'ok'));
  }
  return {
    format: 'gevinstverksted', version: 1, kind: 'a3',
    a3: {
      id: SHEET_ID, updated: 1739186400000, created: 1736150400000,
      title: 'Stokkbakken omsorgssenter: budsjettvedtak 2025', unit: '3412 Stokkbakken omsorgssenter',
      owner: 'Kari Enhetsleder', method_coach: 'Ola Metodeveileder', next_review: '2026-03-20', phase: 'utfore',
      rationale: 'Budsjettvedtaket for 2025 krever tilpasset bemanning, og utskrivningsklare pasienter ble liggende på sykehuset: 290 liggedøgn à 5 745 kr i januar og februar 2024.',
      current_situation: 'Bemanningen er lagt opp etter at all daglig hygiene gis først på dagen.',
      desired_situation: 'Daglig hygiene kan utføres i løpet av 24 timer, og pasientene kommer raskere hjem.',
      investigation: 'Kartlegging oppstart av tjenester, mottakssamtale, evaluering av tjenester, arbeidsplasskartlegging.',
      change_measures: 'Felles konseptutvikling med avd. Sentrum og Breidablikktunet omsorgssenter.',
      measurement: 'Liggedøgn for overliggere på sykehuset, hver måned.',
      causes: [
        { id: id(1), text: 'Innleie av ekstra personell i morgentimene', kind: 'symptom' },
        { id: id(2), text: 'Turnusen er bygd rundt at all hygiene gis først på dagen', kind: 'root_cause' },
      ],
      benefits: [
        { id: id(11), kind: 'economic', description: 'Lavere lønnskostnader etter budsjettvedtaket', owner: 'Kari Enhetsleder', indicator: 'Kostnad per år', amount_per_year: '2500000' },
        { id: id(12), kind: 'quality', description: 'Færre overliggere på sykehuset', owner: 'Ola Metodeveileder', indicator: 'Liggedøgn', baseline: '290', baseline_date: '2024-02-29', target: '15', target_date: '2025-06-30' },
        { id: id(13), kind: 'quality', description: 'Lavere sykefravær', owner: 'Per Verneombud', indicator: 'Sykefravær i prosent', baseline: '12.6', target: '12' },
      ],
      measures,
      budget_lines: [{ id: id(21), label: 'Budsjett 2024', budget: '258427430', actual: '276852904' }],
      indicators: [{
        id: id(31), name: 'Liggedøgn for overliggere på sykehuset', unit: 'bed_days', direction: 'lower_is_better', baseline: '290', target: '15',
        measurements: ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']
          .map((date, i) => ({ id: id(41 + i), date, value: String([240, 180, 120, 60, 30, 15][i]) })),
      }],
    },
  };
}

async function importSheet(page: Page, testInfo: TestInfo, file: object) {
  const path = testInfo.outputPath('sheet.json');
  await writeFile(path, JSON.stringify(file));
  await open(page);
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await open(page, `#/a3/${SHEET_ID}`);
  await expect(page.getByTestId('printed-sheet')).toContainText('Stokkbakken omsorgssenter: budsjettvedtak 2025');
}

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
