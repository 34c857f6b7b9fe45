// Issue 22: an A3 sheet's tiltak and gevinster as CSV for Norwegian Excel and planning tools,
// read back by LibreOffice Calc (headless, Norwegian locale, as a Norwegian Excel user opens
// it): the figures are numbers, the dates dates, the Norwegian letters intact.
import { test, expect } from './fixtures';
import { importSheet, stokkbakken } from './stokkbakken';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cells of the row whose first text cell is `id`, as LibreOffice typed them. */
function calcRow(fods: string, id: string) {
  const row = fods.split('<table:table-row').find((r) => r.includes(`<text:p>${id}</text:p>`));
  expect(row, `a row for ${id}`).toBeDefined();
  return [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)].map(([, attrs, body]) => ({
    type: attrs.match(/office:value-type="(\w+)"/)?.[1],
    value: attrs.match(/office:(?:date-)?value="([^"]+)"/)?.[1],
    text: body?.replace(/<[^>]+>/g, '').trim(),
    repeat: Number(attrs.match(/table:number-columns-repeated="(\d+)"/)?.[1] ?? 1),
  })).flatMap((cell) => Array(cell.repeat).fill(cell));
}

test('a sheet downloads its tiltak and gevinster as CSV that Calc reads as numbers and dates', async ({ page }, testInfo) => {
  await importSheet(page, testInfo, stokkbakken());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned tiltak og gevinster (CSV)' }).click(),
  ]);
  // Today where the browser is (Europe/Oslo, playwright.config.ts), not where the test runs:
  // they differ around midnight.
  const iso = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  expect(download.suggestedFilename()).toBe(`tiltak-og-gevinster-stokkbakken-omsorgssenter-budsjettvedtak-2025-${iso}.csv`);
  const csv = testInfo.outputPath('plan.csv');
  await download.saveAs(csv);
  const text = readFileSync(csv, 'utf8');
  expect(text.startsWith('\ufeffId;Rad;Program;Fokusområde;A3-ark;Enhet / ansvar;Tiltak / gevinst;')).toBe(true);
  expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 4 + 3);

  // LibreOffice Calc, Norwegian (1044), ';' and '"', UTF-8 (76), special numbers detected.
  const out = mkdtempSync(join(tmpdir(), 'calc-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless',
    '--infilter=CSV:59,34,76,1,,1044,false,true', '--convert-to', 'fods', '--outdir', out, csv], { stdio: 'pipe', timeout: 120_000 });
  const fods = readFileSync(join(out, 'plan.fods'), 'utf8');
  const night = calcRow(fods, '3412aaaa-0000-4000-8000-000000000101');
  expect(night[6].text).toBe('Reduksjon nattetjeneste');
  expect(night[8]).toMatchObject({ type: 'float', value: '2' });
  expect(night[9]).toMatchObject({ type: 'float', value: '1400000' });
  expect(night[10].text).toBe('Iverksatt');
  expect(night[11]).toMatchObject({ type: 'date', value: '2025-01-06' });
  expect(night[12].text).toBe('Trenger vedlikehold');
  const shift = calcRow(fods, '3412aaaa-0000-4000-8000-000000000102');
  expect(shift[6].text).toBe('Bemanningstilpasning Dag / Aftenskift');
  const economic = calcRow(fods, '3412aaaa-0000-4000-8000-000000000011');
  expect(economic[1].text).toBe('Gevinst');
  expect(economic[6].text).toBe('Lavere lønnskostnader etter budsjettvedtaket');
  expect(economic[9]).toMatchObject({ type: 'float', value: '2500000' });
  expect(economic[13].text).toBe('Økonomisk');
  const absence = calcRow(fods, '3412aaaa-0000-4000-8000-000000000013');
  expect(absence[15]).toMatchObject({ type: 'float', value: '12.6' });
  expect(absence[14].text).toBe('Sykefravær i prosent');
});
