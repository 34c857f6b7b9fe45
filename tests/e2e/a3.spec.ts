import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';

const NB = '\u00a0'; // grouping space in displayed numbers
const MINUS = '\u2212';

async function newSheet(page: Page, title: string) {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill(title);
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

const row = (page: Page, kind: string, i: number) => page.locator(`.${kind}-row`).nth(i);

async function fillMeasure(page: Page, i: number, name: string, fte: string, amount: string, status: string, date: string, followUp: string, who: string) {
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  const r = row(page, 'measure', i);
  await r.getByLabel('Tiltak', { exact: true }).fill(name);
  await r.getByLabel('Årsverk').fill(fte);
  await r.getByLabel('Kostnad / beløp (kr)').fill(amount);
  await r.getByLabel('Status', { exact: true }).selectOption({ label: status });
  await r.getByLabel('Dato for status').fill(date);
  await r.getByLabel('Oppfølging').selectOption({ label: followUp });
  await r.getByLabel('Ansvarlig').fill(who);
}

test('a full A3 sheet typed from scratch survives a reload with exact totals', async ({ page }, testInfo) => {
  await newSheet(page, 'Færre overliggere');
  // Header
  await page.getByLabel('Enhet / ansvar').fill('3412 Stokkbakken omsorgssenter');
  await page.getByLabel('Eier', { exact: true }).fill('Kari Enhetsleder');
  await page.getByLabel('Metodeveileder').fill('Ola Veileder');
  await page.getByLabel('Neste gjennomgang').fill('2026-03-20');
  await page.getByLabel('Fase').selectOption({ label: 'Planlegge' });
  // Fields 1–6
  const fields = {
    '1. Begrunnelse': 'Overliggere koster og gir dårligere tjenester.',
    '2. Nåsituasjonen': '290 liggedøgn jan–feb 2024.',
    '3. Ønsket situasjon': 'Pasientene kommer hjem når de er utskrivningsklare.',
    '4. Utredningstiltak': 'Kartlegge flyten fra sykehus til kommune.',
    '5. Endringstiltak': 'Reduksjon nattetjeneste og bemanningstilpasning.',
    '6. Måling': 'Liggedøgn per måned.',
  };
  for (const [label, text] of Object.entries(fields)) await page.getByLabel(label).fill(text);
  // Causes: one symptom, one root cause
  for (const [i, [text, kind]] of [['Venter på vedtak', 'Symptom'], ['Mangler plasser', 'Rotårsak']].entries()) {
    await page.getByRole('button', { name: 'Legg til årsak' }).click();
    await row(page, 'cause', i).getByLabel('Årsak', { exact: true }).fill(text);
    await row(page, 'cause', i).getByLabel('Type årsak').selectOption({ label: kind });
  }
  // Two gevinster
  await page.getByRole('button', { name: 'Legg til gevinst' }).click();
  let b = row(page, 'benefit', 0);
  await b.getByLabel('Type gevinst').selectOption({ label: 'Økonomisk' });
  await b.getByLabel('Beskrivelse').fill('Lavere kostnad til overliggere');
  await b.getByLabel('Gevinstansvarlig').fill('Kari');
  await b.getByLabel('Indikator', { exact: true }).fill('Liggedøgn');
  await b.getByLabel('Nullpunkt', { exact: true }).fill('290');
  await b.getByLabel('Dato for nullpunkt').fill('2024-02-29');
  await b.getByLabel('Mål', { exact: true }).fill('15');
  await b.getByLabel('Måldato').fill('2025-02-28');
  await b.getByLabel('Kroner per år').fill('kr 1 400 000');
  await page.getByRole('button', { name: 'Legg til gevinst' }).click();
  b = row(page, 'benefit', 1);
  await b.getByLabel('Type gevinst').selectOption({ label: 'Kvalitet' });
  await b.getByLabel('Beskrivelse').fill('Lavere sykefravær');
  await b.getByLabel('Nullpunkt', { exact: true }).fill('12,6');
  await b.getByLabel('Mål', { exact: true }).fill('12,3');
  await expect(b.getByLabel('Kroner per år')).toHaveCount(0); // only economic benefits have kroner
  await expect(page.getByTestId('benefits-total')).toHaveText(`Økonomiske gevinster per år: 1${NB}400${NB}000,00${NB}kr`);
  // Three tiltak, typed three different ways
  await fillMeasure(page, 0, 'Reduksjon nattetjeneste', '2,00', '1 400 000,00', 'Iverksatt', '2025-01-06', 'Trenger vedlikehold', 'Kari');
  await fillMeasure(page, 1, 'Bemanningstilpasning Dag / Aftenskift', '1', '700000.00', 'Iverksatt', '2025-01-06', 'Trenger vedlikehold', 'Ola');
  await fillMeasure(page, 2, 'Ny turnus', '0.6', '1.234,50', 'Planlagt', '2025-09-01', 'Ok', 'Per');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('3,60');
  await expect(page.getByTestId('measures-total-amount')).toHaveText(`2${NB}101${NB}234,50${NB}kr`);
  // Budget: resultat is computed
  await page.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
  const line = row(page, 'budget', 0);
  await line.getByLabel('Linje', { exact: true }).fill('Budsjett 2024');
  await line.getByLabel('Budsjett (kr)').fill('258 427 430');
  await line.getByLabel('Regnskap (kr)').fill('276852904');
  await expect(line.locator('output')).toHaveText(`${MINUS}18${NB}425${NB}474`);
  // One indicator with two measurements
  await page.getByRole('button', { name: 'Legg til indikator' }).click();
  const ind = row(page, 'indicator', 0);
  await ind.getByLabel('Indikator', { exact: true }).fill('Overliggere på sykehus');
  await ind.getByLabel('Enhet', { exact: true }).selectOption({ label: 'liggedøgn' });
  await ind.getByLabel('Retning').selectOption({ label: 'Lavere er bedre' });
  await ind.getByLabel('Nullpunkt', { exact: true }).fill('290');
  await ind.getByLabel('Mål', { exact: true }).fill('15');
  for (const [i, [date, value]] of [['2024-02-29', '290'], ['2025-02-28', '15']].entries()) {
    await ind.getByRole('button', { name: 'Legg til måling' }).click();
    await ind.locator('.measurement-row').nth(i).getByLabel('Dato').fill(date);
    await ind.locator('.measurement-row').nth(i).getByLabel('Verdi').fill(value);
  }
  const chart = ind.getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', 'Overliggere på sykehus: nullpunkt 290 liggedøgn, mål 15 liggedøgn. Målinger: 290 liggedøgn, 15 liggedøgn.');
  await expect(ind.locator('figcaption')).toContainText('Målet er nådd');
  await expect(ind.locator('circle')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByLabel('Enhet / ansvar')).toHaveValue('3412 Stokkbakken omsorgssenter');
  await expect(page.getByLabel('Eier', { exact: true })).toHaveValue('Kari Enhetsleder');
  await expect(page.getByLabel('Metodeveileder')).toHaveValue('Ola Veileder');
  await expect(page.getByLabel('Neste gjennomgang')).toHaveValue('2026-03-20');
  await expect(page.getByLabel('Fase')).toHaveValue('1');
  for (const [label, text] of Object.entries(fields)) await expect(page.getByLabel(label)).toHaveValue(text);
  await expect(row(page, 'cause', 1).getByLabel('Årsak', { exact: true })).toHaveValue('Mangler plasser');
  await expect(row(page, 'cause', 1).getByLabel('Type årsak')).toHaveValue('1');
  await expect(row(page, 'benefit', 0).getByLabel('Kroner per år')).toHaveValue(`1${NB}400${NB}000,00`);
  await expect(row(page, 'benefit', 0).getByLabel('Dato for nullpunkt')).toHaveValue('2024-02-29');
  await expect(row(page, 'benefit', 1).getByLabel('Nullpunkt', { exact: true })).toHaveValue('12,6');
  await expect(row(page, 'benefit', 1).getByLabel('Type gevinst')).toHaveValue('1');
  await expect(row(page, 'measure', 1).getByLabel('Kostnad / beløp (kr)')).toHaveValue(`700${NB}000,00`);
  await expect(row(page, 'measure', 2).getByLabel('Årsverk')).toHaveValue('0,60');
  await expect(row(page, 'measure', 0).getByLabel('Oppfølging')).toHaveValue('2');
  await expect(row(page, 'measure', 0).getByLabel('Dato for status')).toHaveValue('2025-01-06');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('3,60');
  await expect(page.getByTestId('measures-total-amount')).toHaveText(`2${NB}101${NB}234,50${NB}kr`);
  await expect(row(page, 'budget', 0).locator('output')).toHaveText(`${MINUS}18${NB}425${NB}474`);
  await expect(row(page, 'indicator', 0).getByRole('img')).toHaveAttribute('aria-label', /Målinger: 290 liggedøgn, 15 liggedøgn/);

  // Stored exactly, as decimal strings.
  const sheet = (await storedWorkspace(page)).workspace.a3_sheets[0];
  expect(sheet.measures.map((m) => [m.fte, m.amount])).toEqual([['2.00', '1400000.00'], ['1', '700000.00'], ['0.6', '1234.50']]);

  // Printed: one A3 landscape page (420 × 297 mm = 1190.6 × 841.9 pt), the document of the
  // sheet (tests/e2e/print.spec.ts reads it in full).
  await expect(page.getByTestId('printed-sheet')).toContainText('Bemanningstilpasning Dag / Aftenskift');
  await expect(page.getByTestId('printed-sheet')).toContainText('28.02.2025');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await page.setViewportSize({ width: 1511, height: 1047 });
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(box, 'a MediaBox in the PDF').not.toBeNull();
  expect(Math.abs(Number(box![1]) - 1190.55)).toBeLessThan(2);
  expect(Math.abs(Number(box![2]) - 841.89)).toBeLessThan(2);
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'pages').toBe(1);
});

test('a number that cannot be read gets a message and is not saved', async ({ page }) => {
  await newSheet(page, 'Tall');
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  const amount = row(page, 'measure', 0).getByLabel('Kostnad / beløp (kr)');
  await amount.fill('700 000');
  await expect(page.getByTestId('measures-total-amount')).toHaveText(`700${NB}000,00${NB}kr`);
  for (const [bad, message] of [
    ['sju hundre', 'Dette er ikke et tall'],
    ['1 40 000', 'grupper på tre'],
    ['1,23456', 'fire desimaler'],
    ['99999999999999999', 'for stort'],
  ]) {
    await amount.fill(bad);
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(row(page, 'measure', 0).getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('measures-total-amount')).toHaveText(`700${NB}000,00${NB}kr`);
  }
  await expectAccessible(page);
  await page.reload();
  await expect(row(page, 'measure', 0).getByLabel('Kostnad / beløp (kr)')).toHaveValue(`700${NB}000,00`);
  const sheet = (await storedWorkspace(page)).workspace.a3_sheets[0];
  expect(sheet.measures[0].amount).toBe('700000');
  // Emptying the field removes the number (that is a valid choice, not an error).
  await row(page, 'measure', 0).getByLabel('Kostnad / beløp (kr)').fill('');
  await expect(page.getByTestId('measures-total-amount')).toHaveText(`0,00${NB}kr`);
  // A second row, then removing the first: the total follows, and the removal is saved.
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  await row(page, 'measure', 1).getByLabel('Årsverk').fill('1,5');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('1,50');
  await page.getByRole('button', { name: 'Fjern tiltak' }).first().click();
  await expect(page.locator('.measure-row')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.measure-row')).toHaveCount(1);
  await expect(row(page, 'measure', 0).getByLabel('Årsverk')).toHaveValue('1,50');
});

test('the list searches, filters by phase, copies, and deletes with undo', async ({ page }) => {
  await newSheet(page, 'Overliggere');
  await page.getByLabel('Enhet / ansvar').fill('3412 Stokkbakken');
  await page.getByLabel('Fase').selectOption({ label: 'Utføre' });
  await newSheet(page, 'Barnehage høst');
  await open(page, '#/a3');
  const list = page.getByRole('list', { name: 'A3-ark' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await page.getByLabel('Søk i A3-ark').fill('stokkbakken');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Overliggere');
  await page.getByLabel('Søk i A3-ark').fill('');
  await page.getByLabel('Vis fase').selectOption({ label: 'Forberede' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Barnehage høst');
  await page.getByLabel('Vis fase').selectOption({ label: 'Følge opp' });
  await expect(page.getByText('Ingen A3-ark passer søket.')).toBeVisible();
  await page.getByLabel('Vis fase').selectOption({ label: 'Alle faser' });

  await page.getByRole('button', { name: 'Lag kopi – Overliggere' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).toContainText('Overliggere (kopi)');

  await page.getByRole('button', { name: 'Slett – Barnehage høst' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('«Barnehage høst» er slettet.')).toBeVisible();
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Slett – Overliggere (kopi)' }).click();
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).not.toContainText('(kopi)');
  await open(page, '#/');
  await expect(page.getByTestId('count-a3')).toContainText('2');
  await expectAccessible(page);
});

test('one sheet exported on its own is added to another device by id', async ({ page, browser }, testInfo) => {
  await newSheet(page, 'Delt ark');
  await page.getByLabel('1. Begrunnelse').fill('Dette er grunnen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter arket' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^a3-delt-ark-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const doc = JSON.parse(await readFile(file, 'utf8'));
  expect([doc.format, doc.version, doc.kind]).toEqual(['gevinstverksted', 2, 'a3']);

  const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await open(other, '#/a3');
  await other.getByLabel('Tittel på nytt A3-ark').fill('Eget ark');
  await other.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await open(other, '#/');
  await other.getByTestId('import-file').setInputFiles(file);
  await other.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Importert' })).toHaveText('Importert: 1 ny, 0 oppdatert, 0 uendret.');
  await expect(other.getByTestId('count-a3')).toContainText('2');
  await open(other, '#/a3');
  await other.getByRole('link', { name: /Delt ark/ }).click();
  await expect(other.getByLabel('1. Begrunnelse')).toHaveValue('Dette er grunnen');
  await other.context().close();
});

test('a sheet id that is not a sheet of this file is still refused as a whole', async ({ page }, testInfo) => {
  await open(page);
  const file = testInfo.outputPath('ark.json');
  await writeFile(file, JSON.stringify({ format: 'gevinstverksted', version: 1, kind: 'a3', a3: { title: 'uten id' } }));
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByRole('status').locator('.notice.error')).toContainText('feil form');
  await expect(page.getByTestId('count-a3')).toContainText('0');
});

test('a number typed and then left by a tap on the menu is saved, and the app keeps working', async ({ page }) => {
  // The field still has the focus when its screen closes: its blur came after its signals were
  // gone and stopped the app ("RuntimeError: unreachable"; the fixture fails on console errors).
  await open(page);
  await page.locator('.example-card').getByRole('button', { name: 'Last inn eksempel' }).click();
  await page.locator('.example-card').getByRole('link', { name: 'Færre overliggere og tilpasset bemanning' }).click();
  await page.locator('.measure-row').nth(0).getByLabel('Kostnad / beløp (kr)').fill('180 000');
  await page.getByRole('navigation').getByRole('link', { name: 'Program', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Program og prosjekt');
  await page.getByRole('link', { name: /Omstillingsprosess helse og velferd/ }).click();
  await expect(page.getByTestId('programme-total')).toContainText(`1${NB}280${NB}000,00${NB}kr`);
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.a3_sheets[0]?.measures[0]?.amount).toBe('180000');
});
