// Issue 22: the gevinstkart (tiltak → gevinster → mål) and the gevinstrealiseringsplan on the
// A3 sheet, built by hand on seed 002's Stokkbakken sheet, kept after a reload, drawn on screen
// and in print (one A3 page, with the browser in English), and brought back by the printed QR.
import { test, expect, expectAccessible, storedWorkspace } from './fixtures';
import { importSheet, stokkbakken } from './stokkbakken';
import { printed, printedQrLink } from './printing';
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';

test.use({ locale: 'en-US' });

const SALARY = 'Lavere lønnskostnader etter budsjettvedtaket';
const OVERSTAYS = 'Færre overliggere på sykehuset';
const DESIRED = '3. Ønsket situasjon: Daglig hygiene kan utføres i løpet av 24 timer, og…';

/** Links the measures to the benefits they deliver, and two benefits to the desired situation. */
async function linkAndPlan(page: Page) {
  const measures = page.locator('.measure-row');
  for (let i = 0; i < 4; i++) await measures.nth(i).getByRole('checkbox', { name: SALARY }).check();
  await measures.nth(1).getByRole('checkbox', { name: OVERSTAYS }).check();
  const benefits = page.locator('.benefit-row');
  await benefits.nth(0).getByLabel('Mål gevinsten bidrar til').selectOption({ label: DESIRED });
  const overstays = benefits.nth(1);
  await overstays.getByLabel('Mål gevinsten bidrar til').selectOption({ label: DESIRED });
  await overstays.getByLabel('Måles med indikator (Måling)').selectOption({ label: 'Liggedøgn for overliggere på sykehuset' });
  await overstays.getByText('Gevinstrealiseringsplan').click();
  await overstays.getByLabel('Hvordan gevinsten måles').fill('Månedlig uttrekk av overliggerdøgn fra sykehusets rapport');
  await overstays.getByLabel('Hvor ofte den måles').selectOption({ label: 'Månedlig' });
  await overstays.getByLabel('Ansvarlig for målingen').fill('Ola Metodeveileder');
  await overstays.getByLabel('Kostnad for måling, kr per år').fill('12 000');
  // The curve: 100 liggedøgn by the end of March, 10 by the end of June (measured: 120, 15).
  for (const [date, value] of [['2025-03-31', '100'], ['2025-06-30', '10']]) {
    await overstays.getByRole('button', { name: 'Legg til planlagt verdi' }).click();
    const point = overstays.locator('.measurement-row').last();
    await point.getByLabel('Innen dato').fill(date);
    await point.getByLabel('Planlagt verdi', { exact: true }).fill(value);
    await point.getByLabel('Planlagt verdi', { exact: true }).blur();
  }
  // And one more measurement, typed: 12 liggedøgn at the end of July (the plan says 10).
  const indicator = page.locator('.indicator-row').first();
  await indicator.getByRole('button', { name: 'Legg til måling' }).click();
  const measurement = indicator.locator('.measurement-row').last();
  await measurement.getByLabel('Dato', { exact: true }).fill('2025-07-31');
  await measurement.getByLabel('Verdi', { exact: true }).fill('12');
  await measurement.getByLabel('Verdi', { exact: true }).blur();
}

test('tiltak are linked to gevinster and gevinster to a goal; the map and the plan are kept, drawn and printed on one page', async ({ page, browser }, testInfo) => {
  // Builds a sheet by hand, prints a PDF, renders it at 600 dpi and decodes its QR: 40 s on a
  // loaded 2-core CI machine.
  test.setTimeout(90_000);
  await importSheet(page, testInfo, stokkbakken());
  const map = page.getByTestId('benefit-map');
  await expect(map.getByTestId('benefit-map-empty')).toBeVisible();
  await linkAndPlan(page);

  // The map: every box, with the owner on each benefit, and its text alternative in full.
  const svg = map.locator('svg');
  await expect(svg).toHaveAttribute('aria-label', 'Gevinstkart: 4 tiltak, 3 gevinster, 1 mål. Koblingene står i teksten under.');
  await expect(svg.locator('rect')).toHaveCount(8);
  await expect(svg.locator('path')).toHaveCount(7, { timeout: 2_000 }); // 5 tiltak → gevinst, 2 gevinst → mål
  await expect(svg).toContainText('Gevinstansvarlig: Ola Metodeveileder');
  await map.getByText('Gevinstkartet som tekst').click();
  const text = map.getByTestId('benefit-map-text');
  await expect(text).toContainText(`Bemanningstilpasning Dag / Aftenskift gir ${SALARY}; ${OVERSTAYS}.`);
  await expect(text).toContainText(`${OVERSTAYS} bidrar til 3. Ønsket situasjon: Daglig hygiene kan utføres i løpet av 24 timer, og pasientene kommer raskere hjem. Gevinstansvarlig: Ola Metodeveileder.`);
  await expect(text).toContainText('Lavere sykefravær er ikke koblet til et mål.');
  // On a phone the map keeps a readable size and scrolls sideways, and says so.
  await expect(map.getByText('Kartet er bredere enn skjermen: sveip sideveis for å se gevinstene og målene.')).toBeVisible();
  await map.screenshot({ path: testInfo.outputPath('benefit-map-phone.png') });

  // Against its plan today: measured 12 on 31.07.2025, planned 10 since 30.06.2025: behind.
  const overstays = page.locator('.benefit-row').nth(1);
  await expect(overstays.getByTestId('sheet-plan-status')).toHaveText('Mot planen i dag: bak plan');
  // The indicator's chart draws the plan, and says it.
  const chart = page.locator('.indicator-row .chart');
  await expect(chart.locator('polyline.plan')).toHaveCount(1);
  await expect(chart.locator('circle')).toHaveCount(7);
  await expect(chart.locator('figcaption')).toContainText('Plan: 290 liggedøgn innen 29.02.2024, 100 liggedøgn innen 31.03.2025, 10 liggedøgn innen 30.06.2025.');
  await overstays.screenshot({ path: testInfo.outputPath('realisation-plan-phone.png') });
  await expectAccessible(page);

  // A planned value that is not a number is refused, and nothing is saved.
  const before = (await storedWorkspace(page)).workspace.a3_sheets[0].benefits[1].plan;
  const last = overstays.locator('.measurement-row').last().getByLabel('Planlagt verdi', { exact: true });
  await last.fill('ti');
  await last.blur();
  await expect(overstays.locator('.measurement-row').last().getByRole('alert')).toBeVisible();
  expect((await storedWorkspace(page)).workspace.a3_sheets[0].benefits[1].plan).toEqual(before);
  await last.fill('10');
  await last.blur();

  // Kept on this device: after a reload every link and the plan are there.
  await page.reload();
  await expect(page.locator('.measure-row').nth(1).getByRole('checkbox', { name: OVERSTAYS })).toBeChecked();
  await expect(page.locator('.measure-row').nth(0).getByRole('checkbox', { name: OVERSTAYS })).not.toBeChecked();
  await expect(page.locator('.benefit-row').nth(1).getByLabel('Hvor ofte den måles')).toHaveValue('1');
  const stored = (await storedWorkspace(page)).workspace.a3_sheets[0];
  expect(stored.measures.map((m: { benefits?: { benefit: string }[] }) => (m.benefits ?? []).length)).toEqual([1, 2, 1, 1]);
  expect(stored.benefits[1]).toMatchObject({
    goal: 'desired_situation', measured_by: stored.indicators[0].id, measuring_frequency: 'monthly',
    measuring_cost: '12000', measuring_responsible: 'Ola Metodeveileder',
  });
  expect(stored.benefits[1].plan.map((p: { date: string; value: string }) => [p.date, p.value])).toEqual([['2025-03-31', '100'], ['2025-06-30', '10']]);

  // Unlinking removes the link.
  await page.locator('.measure-row').nth(3).getByRole('checkbox', { name: SALARY }).uncheck();
  await expect.poll(async () => (await storedWorkspace(page)).workspace.a3_sheets[0].measures[3].benefits).toBeUndefined();

  // In print: the map and the plan, on one A3 page, dates in Norwegian.
  await expect(page.getByTestId('printed-sheet')).toContainText('Gevinstrealiseringsplan');
  const sheet = (await storedWorkspace(page)).workspace.a3_sheets[0];
  await writeFile(testInfo.outputPath('stored-sheet.json'), JSON.stringify({ format: 'gevinstverksted', version: 2, kind: 'a3', a3: sheet }));
  const { pdf, pages, text: pdfText } = await printed(page, testInfo, 'print-map');
  expect(pages).toBe(1);
  const flat = pdfText.replace(/\s+/g, ' ');
  for (const full of [
    'Gevinstkart', 'Gevinstansvarlig: Ola Metodeveileder', 'Gevinstrealiseringsplan',
    'Månedlig uttrekk av overliggerdøgn fra sykehusets rapport', '12 000,00 kr', 'bak plan',
    '100 liggedøgn innen 31.03.2025', '10 liggedøgn innen 30.06.2025', '31.07.2025', 'Bemanningstilpasning Dag / Aftenskift',
  ]) {
    expect(flat, full).toContain(full);
  }
  expect(pdfText).not.toMatch(/\d\d\/\d\d\/\d{4}/);

  // The printed code brings the sheet back, links and plan with it.
  const { link } = await printedQrLink(page, testInfo, pdf);
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link);
  await phone.getByRole('button', { name: /^Importer/ }).click();
  await expect.poll(async () => (await storedWorkspace(phone))?.workspace.a3_sheets[0]).toEqual(sheet);
  await expect(phone.getByTestId('benefit-map').locator('svg rect')).toHaveCount(8);
  await phone.context().close();
});
