import { test, expect, open, expectAccessible, storedWorkspace, WORKSPACE_KEY } from './fixtures';
import { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Issue 11: a programme with seed 001's first two focus areas, four measures with comment logs
// on two A3 sheets, milestones and risks, and its status report (screen, text, CSV, A4 print).

const NB = '\u00a0'; // grouping space in displayed numbers
const PROGRAMME = 'Omstillingsprosess helse og velferd';

/** Today as the app writes it (dd.mm.yyyy), in the browser's own time zone. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  });

async function newSheet(page: Page, title: string, unit: string) {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill(title);
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByLabel('Enhet / ansvar').fill(unit);
  return page.url();
}

async function addMeasure(page: Page, name: string, fte: string, amount: string, date: string) {
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  const row = page.locator('.measure-row').last();
  await row.getByLabel('Tiltak', { exact: true }).fill(name);
  await row.getByLabel('Årsverk').fill(fte);
  await row.getByLabel('Kostnad / beløp (kr)').fill(amount);
  await row.getByLabel('Status', { exact: true }).selectOption({ label: 'Iverksatt' });
  await row.getByLabel('Dato for status').fill(date);
  return row;
}

async function addComment(row: ReturnType<Page['locator']>, date: string, text: string) {
  const log = row.locator('details.comment-log');
  if (!(await log.getAttribute('open') !== null)) await log.locator('summary').click();
  await log.getByLabel('Dato', { exact: true }).fill(date);
  await log.getByLabel('Ny kommentar').fill(text);
  await log.getByRole('button', { name: 'Legg til kommentar' }).click();
  await expect(log.getByLabel('Ny kommentar')).toHaveValue('');
}

/** The MediaBox of the first page of a PDF, in points. */
function pageSize(pdf: Buffer) {
  const match = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(match, 'a MediaBox in the PDF').not.toBeNull();
  return { width: Number(match![1]), height: Number(match![2]) };
}

/** How many pages a PDF has (its page objects, not the page tree). */
function pageCount(pdf: Buffer) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Today's date in the browser as the app's `YYYY-MM-DD`. */
const todayIso = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** Waits until the stored document contains `text` (the save is debounced). */
async function saved(page: Page, text: string) {
  await expect.poll(async () => JSON.stringify(await storedWorkspace(page))).toContain(text);
}

test('seed 001: two focus areas, four measures with comment logs on two sheets, and the status report', async ({ page }) => {
  test.setTimeout(150_000);
  // The programme, its goals and its first two focus areas. "Program" is in the main menu,
  // and marked as the current area on the programme screens (not A3-ark).
  await open(page, '#/');
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
  await menu.getByRole('link', { name: 'Program', exact: true }).click();
  await expect(page).toHaveURL(/#\/program$/);
  await expect(menu.getByRole('link', { name: 'Program', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'A3-ark', exact: true })).not.toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Navn på nytt program').fill(PROGRAMME);
  await page.getByRole('button', { name: 'Opprett program' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROGRAMME);
  const programmeUrl = page.url();
  await page.getByLabel('Overordnet målsetting').fill('En organisasjonskultur preget av samhandling, og en økonomi som setter oss i stand til å møte framtidas innbyggerbehov');
  for (const goal of ['En drift innenfor tildelte budsjettrammer', 'Samhandling og ressursbruk på tvers av avdelinger og enheter']) {
    await page.getByRole('button', { name: 'Legg til resultatmål' }).click();
    await expect(page.getByRole('textbox', { name: 'Resultatmål', exact: true }).last()).toBeFocused();
    await page.getByRole('textbox', { name: 'Resultatmål', exact: true }).last().fill(goal);
  }
  await page.getByLabel('Levert').first().check();
  await page.getByRole('button', { name: 'Legg til effektmål' }).click();
  await page.getByRole('textbox', { name: 'Effektmål', exact: true }).fill('En organisasjon som håndterer endringer og omstillinger');
  for (const area of ['Iverksette enkelttiltak definert i PwC-rapporten', 'Redusere bemanningsnorm i alle tjenestene']) {
    await page.getByRole('button', { name: 'Legg til fokusområde' }).click();
    await page.getByTestId('focus-area').last().getByLabel('Tittel').fill(area);
  }
  await expect(page.getByTestId('focus-area').nth(1).getByRole('heading')).toHaveText('Fokusområde II');

  // Sheet 1 goes into focus area I from its own header; sheet 2 is moved in from the programme.
  const sheet1 = await newSheet(page, 'Enkelttiltak PwC', 'Helse og velferd');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAMME });
  await page.getByLabel('Fokusområde', { exact: true }).selectOption({ label: 'I: Iverksette enkelttiltak definert i PwC-rapporten' });
  const vacant = await addMeasure(page, 'Stillinger som er ledige holdes vakante hvis mulig', '1', '400000', '2021-02-01');
  await addComment(vacant, '2021-03-01', 'Har rask effekt på kort sikt.');
  await addComment(vacant, '2023-12-31', 'Det er utfordrende å holde stillinger ledige over lang tid.');
  await expect(vacant.getByTestId('comments').locator('li')).toHaveText([
    '31.12.2023: Det er utfordrende å holde stillinger ledige over lang tid.',
    '01.03.2021: Har rask effekt på kort sikt.',
  ]);
  await expect(vacant.locator('summary')).toHaveText('Kommentarer (2)');
  await addMeasure(page, 'Vikarinnleie og overtid holdes på minimumsnivå', '2', '700000', '2021-02-01');
  await newSheet(page, 'Ny bemanningsnorm', 'BBT');
  await addMeasure(page, 'Ny pleiefaktor (0,74) ved BBT', '5', '3500000', '2021-08-01');
  const stokk = await addMeasure(page, 'Ny pleiefaktor (0,78) ved Stokkbakken', '2', '1400000', '2022-01-01');
  await addComment(stokk, '2023-12-31', 'Dette har ikke lyktes fullt ut da brukere i snitt har høyere pleiebehov.');
  await page.locator('h1').click(); // leave the last field
  await page.goto(programmeUrl);
  const areaII = page.getByTestId('focus-area').nth(1);
  await areaII.getByLabel('Flytt et A3-ark hit').selectOption({ label: 'Ny bemanningsnorm' });
  await areaII.getByRole('button', { name: 'Flytt hit' }).click();
  await expect(areaII.getByRole('link', { name: 'Ny bemanningsnorm' })).toBeVisible();

  // A milestone past its deadline, one approved, and a risk.
  for (const [year, name, deadline, approved] of [['2022', 'Årsrapport des. 2021', '2022-01-15', '2022-01-10'], ['2023', 'Årsrapport des. 2022', '2023-01-15', '']]) {
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    const m = page.getByTestId('milestone').last();
    await m.getByLabel('År', { exact: true }).fill(year);
    await m.getByLabel('Milepæl', { exact: true }).fill(name);
    await m.getByLabel('Frist', { exact: true }).fill(deadline);
    if (approved) await m.getByLabel('Godkjent (dato)').fill(approved);
  }
  await expect(page.getByTestId('milestone').nth(0).getByText('Over fristen')).toHaveCount(0);
  await expect(page.getByTestId('milestone').nth(1).getByText('Over fristen')).toBeVisible();
  // Counted against today, and it says so.
  await expect(page.getByTestId('overdue-count')).toHaveText(`1 milepæl over fristen pr. ${await today(page)}`);
  await page.getByRole('button', { name: 'Legg til risiko' }).click();
  const risk = page.getByTestId('risk');
  await risk.getByLabel('Beskrivelse').fill('Motstand mot endring i ulike prosjektfaser');
  await risk.getByLabel('Sannsynlighet (1–5)').selectOption('4');
  await risk.getByLabel('Konsekvens (1–5)').selectOption('5');
  await risk.getByLabel('Eier').fill('Kommunalsjef');
  await expect(risk.getByTestId('risk-score')).toHaveText('Risiko 20 (Høy)');
  await expect(page.locator('.risk-matrix td[data-likelihood="4"][data-consequence="5"]')).toHaveText('1');
  await saved(page, 'Kommunalsjef');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROGRAMME);
  await expect(page.getByLabel('Levert').first()).toBeChecked();
  await expect(page.getByLabel('Levert').last()).not.toBeChecked();
  const groups = page.getByTestId('measure-group');
  await expect(groups.locator('h3')).toHaveText([
    'Fokusområde I: Iverksette enkelttiltak definert i PwC-rapporten',
    'Fokusområde II: Redusere bemanningsnorm i alle tjenestene',
  ]);
  await expect(groups.nth(0).getByTestId('programme-measure')).toHaveCount(2);
  await expect(groups.nth(0).getByTestId('group-total')).toHaveText(`Sum: 3,00 årsverk · 1${NB}100${NB}000,00${NB}kr`);
  await expect(groups.nth(1).getByTestId('group-total')).toHaveText(`Sum: 7,00 årsverk · 4${NB}900${NB}000,00${NB}kr`);
  await expect(page.getByTestId('programme-total')).toHaveText(`Sum for programmet: 10,00 årsverk · 6${NB}000${NB}000,00${NB}kr`);
  // By unit: the same total.
  await page.getByLabel('Grupper etter').selectOption({ label: 'Enhet' });
  await expect(groups.locator('h3')).toHaveText(['BBT', 'Helse og velferd']);
  await expect(page.getByTestId('programme-total')).toHaveText(`Sum for programmet: 10,00 årsverk · 6${NB}000${NB}000,00${NB}kr`);
  // A comment added from the programme page lands on the measure's log, newest first.
  const stokkHere = page.getByTestId('programme-measure').filter({ hasText: 'Stokkbakken' });
  await addComment(stokkHere, '2024-06-30', '2024: Ny turnus fra høsten.');
  await expect(stokkHere.getByTestId('comments').locator('li').first()).toHaveText('30.06.2024: 2024: Ny turnus fra høsten.');
  await expectAccessible(page);

  // The status report: today by default, then as of 31.12.2023.
  await page.getByRole('link', { name: 'Lag statusrapport' }).click();
  const report = page.getByTestId('status-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${PROGRAMME} pr. ${await today(page)}`);
  await page.getByLabel('Rapportdato').fill('2023-12-31');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${PROGRAMME} pr. 31.12.2023`);
  await expect(report.getByTestId('report-group-total')).toHaveText([
    `Sum: 3,00 årsverk · 1${NB}100${NB}000,00${NB}kr`,
    `Sum: 7,00 årsverk · 4${NB}900${NB}000,00${NB}kr`,
  ]);
  await expect(report.getByTestId('report-total')).toHaveText(`Sum for programmet: 10,00 årsverk · 6${NB}000${NB}000,00${NB}kr`);
  const firstRow = report.getByTestId('report-group').nth(0).locator('tbody tr').first();
  await expect(firstRow).toContainText('31.12.2023: Det er utfordrende å holde stillinger ledige over lang tid.');
  await expect(report.locator('tr.overdue')).toHaveCount(1);
  await expect(report.locator('tr.overdue')).toContainText('Årsrapport des. 2022');
  // The report counts overdue milestones against its own date, and says which.
  await expect(report.getByTestId('report-overdue-count')).toHaveText('1 milepæl over fristen pr. 31.12.2023');
  await expect(report.getByText('☑')).toHaveCount(1);
  // The risk level in words beside its colour (WCAG 1.4.1), as on the programme page.
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['20 (Høy)']);
  await expect(report.locator('td.risk-high[data-label="Risiko (S × K)"]')).toHaveCount(1);
  await expect(report).toContainText('Høy 10–25');
  await expect(menu.getByRole('link', { name: 'Program', exact: true })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  // The chosen date is in the URL and survives a language switch (the view is rebuilt) and a
  // reload, in every language.
  await expect(page).toHaveURL(/\/rapport\?dato=2023-12-31$/);
  await page.locator('#language-select').selectOption('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${PROGRAMME} pr. 31.12.2023`);
  await expect(page.getByLabel('Rapportdato')).toHaveValue('2023-12-31');
  await expect(report.getByTestId('report-overdue-count')).toHaveText('1 milepæl over fristen pr. 31.12.2023');
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['20 (Høg)']);
  await page.locator('#language-select').selectOption('en');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Status report ${PROGRAMME} as of 31/12/2023`);
  await expect(report.getByTestId('report-overdue-count')).toHaveText('1 milestone overdue as of 31/12/2023');
  await expect(report.locator('td[data-label="Risk (L × C)"]')).toHaveText(['20 (High)']);
  await expectAccessible(page);
  await page.reload();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Status report ${PROGRAMME} as of 31/12/2023`);
  await page.locator('#language-select').selectOption('nb');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${PROGRAMME} pr. 31.12.2023`);
  await expect(page.getByLabel('Rapportdato')).toHaveValue('2023-12-31');

  // As text: a button that says it opens something, and whether it is open.
  const showText = page.getByRole('button', { name: 'Vis som tekst (til e-post eller Word)' });
  await expect(showText).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Rapporten som tekst')).toHaveCount(0);
  const marker = () => showText.locator('.disclosure-marker').evaluate((e) => {
    const s = getComputedStyle(e, '::before');
    return `${s.content} ${s.transform}`;
  });
  const closedMarker = await marker();
  expect(closedMarker).toContain('"▸"');
  await showText.click();
  await expect(showText).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Rapporten som tekst')).toBeVisible();
  await expect.poll(marker).not.toBe(closedMarker); // the marker turns
  const controls = await showText.getAttribute('aria-controls');
  await expect(page.locator(`#${controls}`)).toBeVisible();
  const text = await page.locator('#report-status').inputValue();
  expect(text).toContain(`Statusrapport ${PROGRAMME} pr. 31.12.2023\n`);
  expect(text).toContain('\n1 milepæl over fristen pr. 31.12.2023\n');
  expect(text).toContain('Risiko 20 (Høy)');
  expect(text).toContain(`\nSum for programmet: 10,00 årsverk · 6${NB}000${NB}000,00${NB}kr\n`);
  expect(text).toContain('[x] En drift innenfor tildelte budsjettrammer');

  // As CSV for Excel.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned CSV (Excel)' }).click(),
  ]);
  // Named by the report date, not by the day it is downloaded.
  expect(download.suggestedFilename()).toBe('statusrapport-omstillingsprosess-helse-og-velferd-2023-12-31.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  expect(csv).toContain('\r\nSum for programmet;;;;;;;;10,00;6000000,00;\r\n');
  expect(csv).toContain(';Ny bemanningsnorm;BBT;;Ny pleiefaktor (0,74) ved BBT;Iverksatt;01.08.2021;Ikke vurdert;5,00;3500000,00;\r\n');
  expect(csv).toContain('\r\nMotstand mot endring i ulike prosjektfaser;4;5;Kommunalsjef;;20;Høy\r\n');
  expect(csv).toContain(';Godkjent (dato);Over fristen pr. 31.12.2023\r\n');

  // Printed: A4 portrait, and an A3 sheet still prints A3 landscape.
  // poppler's pdftotext is not installed here, so the printed text is checked as the print
  // layout renders it: the level is there in words, in a table (not phone cards).
  await page.emulateMedia({ media: 'print' });
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['20 (Høy)']);
  expect(await report.innerText()).toContain('20 (Høy)');
  expect(await report.locator('tbody tr').first().evaluate((e) => getComputedStyle(e).display)).toBe('table-row');
  await expect(report.locator('thead').first()).toBeVisible();
  const a4 = pageSize(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.abs(a4.width - 595.3)).toBeLessThan(2);
  expect(Math.abs(a4.height - 841.9)).toBeLessThan(2);
  await expect(page.locator('.report-controls')).toBeHidden();
  await page.goto(sheet1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enkelttiltak PwC');
  const a3 = pageSize(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.abs(a3.width - 1190.55)).toBeLessThan(2);
  expect(Math.abs(a3.height - 841.89)).toBeLessThan(2);
});

test('in nynorsk the programme and its report use the seed 003 terms', async ({ page }) => {
  await open(page, '#/program');
  await page.locator('#language-select').selectOption('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.getByLabel('Namn på nytt program').fill('Leiing, kvalitetsforbetring og ressurseffektiv drift');
  await page.getByRole('button', { name: 'Opprett program' }).click();
  await page.getByLabel('Hovudmål').fill('Alver kommune skal gjennom leiing og kvalitetsforbetring sikre forsvarlege tenester.');
  await page.getByRole('button', { name: 'Legg til risiko' }).click();
  await page.getByTestId('risk').getByLabel('Skildring').fill('Pandemi');
  for (const heading of ['Resultatmål', 'Effektmål', 'Risiko og usikkerheit', 'Framdrifts- og milepælsplan']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  // A milestone past its deadline: counted against today, and it says so, in nn and en.
  await page.getByRole('button', { name: 'Legg til milepæl' }).click();
  await page.getByTestId('milestone').getByLabel('Frist', { exact: true }).fill('2022-01-15');
  const shown = await today(page);
  await expect(page.getByTestId('overdue-count')).toHaveText(`1 milepæl over fristen pr. ${shown}`);
  await page.locator('#language-select').selectOption('en');
  await expect(page.getByTestId('overdue-count')).toHaveText(`1 milestone overdue as of ${shown.replaceAll('.', '/')}`);
  await page.locator('#language-select').selectOption('nn');
  await expect(page.getByTestId('overdue-count')).toHaveText(`1 milepæl over fristen pr. ${shown}`);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Lag statusrapport' }).click();
  const report = page.getByTestId('status-report');
  for (const heading of ['Hovudmål', 'Resultatmål', 'Effektmål', 'Risiko og usikkerheit']) {
    await expect(report.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(report).toContainText('Alver kommune skal gjennom leiing');
  await expect(report.getByTestId('report-overdue-count')).toHaveText(`1 milepæl over fristen pr. ${shown}`);
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['9 (Middels)']);
  await expectAccessible(page);
});

test('bad input loses nothing: a blank comment is refused, and a programme comes back from the trash', async ({ page }) => {
  await newSheet(page, 'Færre overliggere', '3412 Stokkbakken omsorgssenter');
  const row = await addMeasure(page, 'Reduksjon nattetjeneste', '2', '1400000', '2025-01-06');
  await addComment(row, '2025-06-30', 'Følges opp i medbestemmelsesgruppen.');
  // A blank comment: a message in Norwegian, nothing stored, the earlier one untouched.
  await row.getByLabel('Ny kommentar').fill('   ');
  await row.getByRole('button', { name: 'Legg til kommentar' }).click();
  await expect(row.getByRole('alert')).toHaveText('Skriv kommentaren først.');
  await expect(row.getByLabel('Ny kommentar')).toHaveAttribute('aria-invalid', 'true');
  await saved(page, 'Følges opp');
  const measures = (await storedWorkspace(page)).workspace.a3_sheets[0].measures;
  expect(measures[0].comments.map((c: { text: string }) => c.text)).toEqual(['Følges opp i medbestemmelsesgruppen.']);
  expect(measures[0].name).toBe('Reduksjon nattetjeneste');

  // A programme in the trash keeps its sheets; restored, its focus area and links are back.
  await open(page, '#/program');
  await page.getByLabel('Navn på nytt program').fill(PROGRAMME);
  await page.getByRole('button', { name: 'Opprett program' }).click();
  await page.getByRole('button', { name: 'Legg til fokusområde' }).click();
  await page.getByTestId('focus-area').getByLabel('Tittel').fill('Redusere bemanningsnorm');
  // An empty focus area says so, until something is moved under it.
  const emptyArea = page.getByTestId('focus-area').getByText('Ingen A3-ark eller seminarer her ennå.');
  await expect(emptyArea).toBeVisible();
  await page.getByTestId('focus-area').getByLabel('Flytt et A3-ark hit').selectOption({ label: 'Færre overliggere' });
  await page.getByTestId('focus-area').getByRole('button', { name: 'Flytt hit' }).click();
  await expect(emptyArea).toHaveCount(0);
  await page.getByRole('button', { name: 'Legg programmet i papirkurven' }).click();
  await expect(page).toHaveURL(/#\/program$/);
  await expect(page.getByText('Ingen program ennå.', { exact: false })).toBeVisible();
  await open(page, '#/a3');
  await expect(page.getByRole('link', { name: /Færre overliggere/ })).toBeVisible();
  await open(page, '#/papirkurv');
  await page.getByRole('button', { name: `Gjenopprett – ${PROGRAMME}` }).click();
  await page.reload();
  await open(page, '#/program');
  await page.getByRole('link', { name: new RegExp(PROGRAMME) }).click();
  await expect(page.getByTestId('focus-area').getByLabel('Tittel')).toHaveValue('Redusere bemanningsnorm');
  await expect(page.getByTestId('focus-area').getByRole('link', { name: 'Færre overliggere' })).toBeVisible();
  await expect(page.getByTestId('programme-total')).toHaveText(`Sum for programmet: 2,00 årsverk · 1${NB}400${NB}000,00${NB}kr`);
});

test('a seminar joins a programme from its setup, and shows under the focus area', async ({ page }) => {
  await open(page, '#/program');
  await page.getByLabel('Navn på nytt program').fill(PROGRAMME);
  await page.getByRole('button', { name: 'Opprett program' }).click();
  await page.getByRole('button', { name: 'Legg til fokusområde' }).click();
  await page.getByTestId('focus-area').getByLabel('Tittel').fill('Ledelse og organisasjonskultur');
  const programmeUrl = page.url();
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar 20. mars');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await page.getByText('Oppsett av seminaret').click();
  // No focus area select until a programme is chosen.
  await expect(page.getByLabel('Fokusområde', { exact: true })).toHaveCount(0);
  await page.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAMME });
  await page.getByLabel('Fokusområde', { exact: true }).selectOption({ label: 'I: Ledelse og organisasjonskultur' });
  await saved(page, '"focus_area"');
  await page.goto(programmeUrl);
  const area = page.getByTestId('focus-area');
  await expect(area.getByRole('link', { name: 'Dialogseminar 20. mars' })).toBeVisible();
  // Taken out from the programme page: back to no programme on the seminar.
  await area.getByRole('button', { name: 'Ta ut av programmet – Dialogseminar 20. mars' }).click();
  await expect(area.getByRole('link', { name: 'Dialogseminar 20. mars' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('focus-area').getByLabel('Flytt et seminar hit')).toBeVisible();
  await page.getByTestId('focus-area').getByLabel('Flytt et seminar hit').selectOption({ label: 'Dialogseminar 20. mars' });
  await page.locator('.move-in').filter({ has: page.getByLabel('Flytt et seminar hit') }).getByRole('button', { name: 'Flytt hit' }).click();
  await expect(area.getByRole('link', { name: 'Dialogseminar 20. mars' })).toBeVisible();
  await expectAccessible(page);
});

// Issue 23: the report as a leader meets it, from stored data.

const sheets = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'v1-workspace.json'), 'utf8'));
const SEEDED = '00000000-0000-4000-8000-0000000000b1';
const LONG_COMMENT =
  'Nattevakter er flyttet til dagtid fra januar. Brukerne har i snitt høyere pleiebehov enn ' +
  'da tiltaket ble vedtatt, så gevinsten tas ut over to år i stedet for ett; tillitsvalgte og ' +
  'verneombud er med i arbeidsgruppen, og turnusen evalueres i medbestemmelsesmøtet i juni.';

/** A stored programme whose focus area holds the fixture's first A3 sheet (two measures, the
 * first with a comment, long or short); `indicators: false` leaves the sheet without any. */
async function seedProgramme(page: Page, { indicators, comment = LONG_COMMENT }: { indicators: boolean; comment?: string }) {
  const [first] = sheets.workspace.a3_sheets;
  const area = '00000000-0000-4000-8000-0000000000b2';
  const sheet = {
    ...first,
    indicators: indicators ? first.indicators : [],
    programme: { programme: SEEDED, focus_area: area },
    measures: first.measures.map((m: object, i: number) =>
      i === 0 ? { ...m, comments: [{ id: '00000000-0000-4000-8000-0000000000b3', date: '2025-06-30', text: comment }] } : m),
  };
  const doc = {
    ...sheets,
    workspace: {
      ...sheets.workspace,
      a3_sheets: [sheet],
      programmes: [{
        id: SEEDED, updated: 1_700_000_000_000, created: 1_700_000_000_000,
        title: PROGRAMME,
        overall_goal: 'En økonomi som setter oss i stand til å møte framtidas innbyggerbehov',
        result_goals: [], effect_goals: [],
        focus_areas: [{ id: area, name: 'Redusere bemanningsnorm i alle tjenestene' }],
        milestones: [
          { id: '00000000-0000-4000-8000-0000000000b4', year: '2025', milestone: 'Evaluering av ny turnus i medbestemmelsesmøtet', deadline: '2025-06-30' },
          { id: '00000000-0000-4000-8000-0000000000b5', year: '2026', milestone: 'Årsrapport des. 2025', deadline: '2026-01-15' },
        ],
        risks: [{ id: '00000000-0000-4000-8000-0000000000b6', description: 'Motstand mot endring i ulike prosjektfaser', likelihood: 4, consequence: 5, owner: 'Kommunalsjef', mitigation: 'Involvere tillitsvalgte tidlig og informere jevnlig' }],
      }],
    },
  };
  await page.addInitScript(([key, text]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
  }, [WORKSPACE_KEY, JSON.stringify(doc)] as const);
}

/** Everything on the page that is wider than its box (the page itself, the report, each table
 * region, table, card and cell), as "what: scrollWidth > clientWidth". */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const boxes: Element[] = [document.documentElement, ...document.querySelectorAll(
      '.status-report, .status-report section, .table-scroll, .status-report table, .status-report tr, .status-report td')];
    return boxes
      .filter((e) => e.scrollWidth > e.clientWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`);
  });

test('a report with no indicators says "Ingen." under Måling, prints no empty table, and fits one A4 page', async ({ page }, testInfo) => {
  await seedProgramme(page, { indicators: false, comment: 'Nattevakter er flyttet til dagtid fra januar.' });
  await open(page, `#/program/${SEEDED}/rapport?dato=2025-12-31`);
  const report = page.getByTestId('status-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${PROGRAMME} pr. 31.12.2025`);
  const section = (name: string) =>
    report.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
  await expect(section('Måling')).toContainText('Ingen.');
  await expect(section('Måling').locator('table, th, tr')).toHaveCount(0);
  // The other empty sections the same way; the full ones keep their tables.
  for (const name of ['Resultatmål', 'Effektmål']) {
    await expect(report.getByRole('heading', { level: 2, name, exact: true }).locator('xpath=following-sibling::*[1]')).toHaveText('Ingen.');
  }
  await expect(report.locator('ul')).toHaveCount(0);
  await expect(section('Risiko og usikkerhet').locator('table.report-table')).toHaveCount(1);
  await expect(section('Framdrifts- og milepælsplan').locator('tbody tr')).toHaveCount(2);
  await expect(report.getByTestId('report-overdue-count')).toHaveText('1 milepæl over fristen pr. 31.12.2025');
  // No table anywhere without a row.
  const emptyTables = await report.locator('table').evaluateAll((tables) =>
    tables.filter((t) => t.querySelectorAll('tbody tr').length === 0 && !t.classList.contains('risk-matrix')).length);
  expect(emptyTables).toBe(0);
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(section('Måling').locator('table')).toHaveCount(0);
  // Laid out as on the page (A4 minus 15 mm margins is 680 CSS px wide): tables, not cards,
  // and none wider than the page.
  await page.setViewportSize({ width: 680, height: 1009 });
  expect(await report.locator('tbody tr').first().evaluate((e) => getComputedStyle(e).display)).toBe('table-row');
  expect(await sidewaysOverflow(page)).toEqual([]);
  // Everything fits on one A4 page.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await writeFile(testInfo.outputPath('report.pdf'), pdf);
  expect(pageCount(pdf)).toBe(1);
  const size = pageSize(pdf);
  expect(Math.abs(size.width - 595.3)).toBeLessThan(2);
});

test('on a phone (390×844) the report is read as cards with no sideways scrolling; wider, it is a table', async ({ page }, testInfo) => {
  await seedProgramme(page, { indicators: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, `#/program/${SEEDED}/rapport?dato=2025-12-31`);
  const report = page.getByTestId('status-report');
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toEqual([]);
  // One card per measure: the cells are stacked, each with its heading, the comment across
  // the card rather than in a narrow column.
  const card = report.getByTestId('report-group').locator('tbody tr').first();
  expect(await card.evaluate((e) => getComputedStyle(e).display)).toBe('block');
  // The heading row is only for screen readers (1 px, clipped); each cell says its heading.
  const headHeight = () => report.locator('thead').first().evaluate((e) => e.getBoundingClientRect().height);
  expect(await headHeight()).toBeLessThanOrEqual(1);
  const comment = card.locator('td[data-label="Siste kommentar"]');
  await expect(comment).toContainText(LONG_COMMENT);
  expect(await comment.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"Siste kommentar"');
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.width).toBeLessThanOrEqual(390);
  // The comment's text starts at the card's left edge, under its heading, not in a column.
  const text = await comment.evaluate((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    const lines = [...range.getClientRects()];
    const box = td.getBoundingClientRect();
    return { left: Math.min(...lines.map((r) => r.left)) - box.left, width: Math.max(...lines.map((r) => r.right)) - Math.min(...lines.map((r) => r.left)), cell: box.width };
  });
  expect(text.left).toBeLessThan(2);
  expect(text.width).toBeGreaterThan(text.cell * 0.85);
  const name = card.locator('td').first();
  const status = card.locator('td[data-label="Status"]');
  expect((await status.boundingBox())!.y).toBeGreaterThan((await name.boundingBox())!.y);
  // A measure without a comment shows no empty "Siste kommentar" line.
  const second = report.getByTestId('report-group').locator('tbody tr').nth(1);
  await expect(second.locator('td[data-label="Siste kommentar"]')).toBeHidden();
  await expect(second.locator('td[data-label="Status"]')).toBeVisible();
  // The level in words on the phone too.
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['20 (Høy)']);
  await page.screenshot({ path: testInfo.outputPath('report-phone.png'), fullPage: true });
  await expectAccessible(page);
  // The text panel open, and dark mode: still nothing wider than the phone.
  await page.getByRole('button', { name: 'Vis som tekst (til e-post eller Word)' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await sidewaysOverflow(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('report-phone-dark.png'), fullPage: true });
  await expectAccessible(page);
  // In nynorsk and English the cards carry the headings of that language.
  await page.locator('#language-select').selectOption('nn');
  await expect(report.locator('td[data-label="Risiko (S × K)"]')).toHaveText(['20 (Høg)']);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await expectAccessible(page);
  await page.locator('#language-select').selectOption('en');
  await expect(report.locator('td[data-label="Risk (L × C)"]')).toHaveText(['20 (High)']);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await expectAccessible(page);
  await page.locator('#language-select').selectOption('nb');

  // A desktop keeps the table, whole.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await card.evaluate((e) => getComputedStyle(e).display)).toBe('table-row');
  expect(await headHeight()).toBeGreaterThan(20);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('report-desktop.png'), fullPage: true });
});

// Issue 21: a measure's grunnlag (the decision it comes from, seed 002's first column), typed
// on its sheet, kept over a reload, and shown where the programme lists its measures.
test('a grunnlag typed on a measure is kept, and shown on the programme page and in its report', async ({ page }) => {
  await seedProgramme(page, { indicators: false });
  const [sheet] = sheets.workspace.a3_sheets;
  await open(page, `#/a3/${sheet.id}`);
  const first = page.locator('.measure-row').first();
  await expect(first.getByLabel('Tiltak', { exact: true })).toHaveValue('Reduksjon nattetjeneste');
  const basis = first.getByLabel('Grunnlag', { exact: true });
  await expect(basis).toHaveValue('');
  await basis.fill('Vedtatt');
  // A full-size target, the same as the measure's name field beside it.
  const height = (await basis.boundingBox())!.height;
  expect(height).toBeGreaterThanOrEqual(44);
  expect(height).toBe((await first.getByLabel('Tiltak', { exact: true }).boundingBox())!.height);
  await page.locator('h1').click(); // leave the field
  await saved(page, '"basis":"Vedtatt"');

  await page.reload();
  await expect(page.locator('.measure-row').first().getByLabel('Grunnlag', { exact: true })).toHaveValue('Vedtatt');
  await expect(page.locator('.measure-row').nth(1).getByLabel('Grunnlag', { exact: true })).toHaveValue('');
  await expectAccessible(page);

  // The programme page's measures: the grunnlag among the facts of that measure only.
  await open(page, `#/program/${SEEDED}`);
  const measures = page.getByTestId('programme-measure');
  await expect(measures).toHaveCount(2);
  await expect(measures.nth(0).locator('.item-title')).toHaveText('Reduksjon nattetjeneste');
  await expect(measures.nth(0).locator('.item-meta').nth(1)).toHaveText(
    `Grunnlag: Vedtatt · Iverksatt · Dato for status 06.01.2025 · Oppfølging: Ok · 2,00 årsverk · 1${NB}400${NB}000,00${NB}kr`,
  );
  await expect(measures.nth(1).locator('.item-meta').nth(1)).not.toContainText('Grunnlag');
  await page.locator('#language-select').selectOption('en');
  await expect(measures.nth(0).locator('.item-meta').nth(1)).toContainText('Basis: Vedtatt · Implemented');
  await page.locator('#language-select').selectOption('nb');

  // The status report's table: its own column, headed Grunnlag.
  await open(page, `#/program/${SEEDED}/rapport?dato=2025-12-31`);
  const rows = page.getByTestId('status-report').getByTestId('report-group').locator('tbody tr');
  await expect(rows.nth(0).locator('td[data-label="Grunnlag"]')).toHaveText('Vedtatt');
  await expect(rows.nth(1).locator('td[data-label="Grunnlag"]')).toHaveText('');
});
