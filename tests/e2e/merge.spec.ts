import { test, expect, open, expectAccessible } from './fixtures';
import { Browser, Page, TestInfo } from '@playwright/test';

// Issue 20: two people keep one A3 sheet on two devices and exchange files both ways; every
// edit survives, the same field edited on both shows a conflict that resolves, and a device
// whose clock runs a year ahead does not override edits made after its version was seen.

const YEAR = 365 * 24 * 3600 * 1000;
const row = (page: Page, i: number) => page.locator('.measure-row').nth(i);

async function phone(browser: Browser, clockAhead = 0) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (clockAhead) await page.clock.setSystemTime(new Date(Date.now() + clockAhead));
  return page;
}

let files = 0;
/** Exports everything from Hjem; returns the saved file's path. */
async function exportAll(page: Page, testInfo: TestInfo) {
  await open(page, '#/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter alt' }).click(),
  ]);
  const file = testInfo.outputPath(`export-${files++}.json`);
  await download.saveAs(file);
  return file;
}

/** Imports a file on Hjem through the preview; returns the preview's text. */
async function importFile(page: Page, file: string) {
  await open(page, '#/');
  await page.getByTestId('import-file').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const text = await preview.innerText();
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(preview).toBeHidden();
  return text;
}

async function openSheet(page: Page, title: string) {
  await open(page, '#/a3');
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function addMeasure(page: Page, i: number, name: string) {
  await page.getByRole('button', { name: 'Legg til tiltak' }).click();
  await row(page, i).getByLabel('Tiltak', { exact: true }).fill(name);
}

/** A makes a sheet with two measures and gives it to B. */
async function shared(browser: Browser, testInfo: TestInfo, bClockAhead = 0) {
  const a = await phone(browser);
  const b = await phone(browser, bClockAhead);
  await open(a, '#/a3');
  await a.getByLabel('Tittel på nytt A3-ark').fill('Felles ark');
  await a.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await addMeasure(a, 0, 'Tiltak en');
  await addMeasure(a, 1, 'Tiltak to');
  await importFile(b, await exportAll(a, testInfo));
  return { a, b };
}

async function exchange(a: Page, b: Page, testInfo: TestInfo) {
  const [fa, fb] = [await exportAll(a, testInfo), await exportAll(b, testInfo)];
  const toA = await importFile(a, fb);
  const toB = await importFile(b, fa);
  return { toA, toB };
}

test('two people edit one sheet offline and exchange files both ways: nothing is lost', async ({ browser }, testInfo) => {
  const { a, b } = await shared(browser, testInfo);
  // A: Begrunnelse, one measure's amount, a new measure.
  await openSheet(a, 'Felles ark');
  await a.getByLabel('1. Begrunnelse', { exact: true }).fill('290 liggedøgn i 2024');
  await row(a, 0).getByLabel('Kostnad / beløp (kr)').fill('1400000');
  await addMeasure(a, 2, 'Nytt tiltak fra A');
  // B, at the same time: Nåsituasjonen, renames the other measure, adds a comment.
  await openSheet(b, 'Felles ark');
  await b.getByLabel('2. Nåsituasjonen').fill('Pasienter venter på sykehjemsplass');
  await row(b, 1).getByLabel('Tiltak', { exact: true }).fill('Omdøpt av B');
  const log = row(b, 1).locator('details.comment-log');
  await log.locator('summary').click();
  await log.getByLabel('Dato', { exact: true }).fill('2025-12-02');
  await log.getByLabel('Ny kommentar').fill('Kommentar fra B');
  await log.getByRole('button', { name: 'Legg til kommentar' }).click();
  await expect(log.getByLabel('Ny kommentar')).toHaveValue('');

  const { toA, toB } = await exchange(a, b, testInfo);
  expect(toA).not.toContain('endret både her og i filen');
  expect(toB).not.toContain('endret både her og i filen');
  for (const page of [a, b]) {
    await openSheet(page, 'Felles ark');
    await expect(page.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue('290 liggedøgn i 2024');
    await expect(page.getByLabel('2. Nåsituasjonen')).toHaveValue('Pasienter venter på sykehjemsplass');
    await expect(row(page, 0).getByLabel('Kostnad / beløp (kr)')).toHaveValue('1\u00a0400\u00a0000,00');
    await expect(page.locator('.measure-row')).toHaveCount(3);
    for (const [i, name] of ['Tiltak en', 'Omdøpt av B', 'Nytt tiltak fra A'].entries()) {
      await expect(row(page, i).getByLabel('Tiltak', { exact: true })).toHaveValue(name);
    }
    await expect(row(page, 1).getByTestId('comments').locator('li')).toHaveText(['02.12.2025: Kommentar fra B']);
    await expect(page.getByTestId('conflict')).toHaveCount(0);
  }
});

test('the same field edited on both shows the conflict on the field and resolves either way', async ({ browser }, testInfo) => {
  const { a, b } = await shared(browser, testInfo);
  await openSheet(a, 'Felles ark');
  await a.getByLabel('1. Begrunnelse', { exact: true }).fill('Begrunnelse fra A');
  await row(a, 0).getByLabel('Tiltak', { exact: true }).fill('Navn fra A');
  await openSheet(b, 'Felles ark');
  await b.getByLabel('1. Begrunnelse', { exact: true }).fill('Begrunnelse fra B');
  await row(b, 0).getByLabel('Tiltak', { exact: true }).fill('Navn fra B');

  const { toA, toB } = await exchange(a, b, testInfo);
  expect(toA).toContain('2 felt er endret både her og i filen');
  expect(toB).toContain('2 felt er endret både her og i filen');
  // Hjem counts them.
  await open(a, '#/');
  await expect(a.getByTestId('home-conflicts')).toContainText('2 felt er endret på to enheter samtidig');
  // Both devices show the same winner, and the other value on the field.
  const values: string[] = [];
  for (const page of [a, b]) {
    await openSheet(page, 'Felles ark');
    values.push(await page.getByLabel('1. Begrunnelse', { exact: true }).inputValue());
    await expect(page.getByTestId('conflict')).toHaveCount(2);
  }
  expect(values[0]).toBe(values[1]);
  const loser = values[0] === 'Begrunnelse fra A' ? 'Begrunnelse fra B' : 'Begrunnelse fra A';
  const field = a.locator('.field').filter({ has: a.getByLabel('1. Begrunnelse', { exact: true }) });
  await expect(field.getByTestId('conflict')).toHaveText(new RegExp(`Endret på en annen enhet: ${loser}`));
  await expectAccessible(a);
  for (const name of ['Bruk denne – 1. Begrunnelse', 'Behold min – 1. Begrunnelse']) {
    const box = await a.getByRole('button', { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }
  await field.scrollIntoViewIfNeeded();
  await a.screenshot({ path: 'docs/screenshots/merge-conflict-phone.png' });

  // A takes the other value for Begrunnelse, and keeps its own name of the measure.
  await a.getByRole('button', { name: 'Bruk denne – 1. Begrunnelse' }).click();
  await expect(a.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue(loser);
  await a.getByRole('button', { name: 'Behold min – Tiltak' }).click();
  await expect(a.getByTestId('conflict')).toHaveCount(0);
  const kept = await row(a, 0).getByLabel('Tiltak', { exact: true }).inputValue();
  // The resolution travels like any edit.
  await importFile(b, await exportAll(a, testInfo));
  await openSheet(b, 'Felles ark');
  await expect(b.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue(loser);
  await expect(row(b, 0).getByLabel('Tiltak', { exact: true })).toHaveValue(kept);
  await expect(b.getByTestId('conflict')).toHaveCount(0);
  await open(b, '#/');
  await expect(b.getByTestId('home-conflicts')).toHaveCount(0);
});

test('a choice changed on both devices is shown in words in the conflict, under its label', async ({ browser }, testInfo) => {
  const { a, b } = await shared(browser, testInfo);
  await openSheet(a, 'Felles ark');
  await row(a, 0).getByLabel('Oppfølging').selectOption({ label: 'Ok' });
  await openSheet(b, 'Felles ark');
  await row(b, 0).getByLabel('Oppfølging').selectOption({ label: 'Trenger vedlikehold' });
  await exchange(a, b, testInfo);
  await openSheet(a, 'Felles ark');
  const shown = await row(a, 0).getByLabel('Oppfølging').locator('option:checked').innerText();
  const other = shown === 'Ok' ? 'Trenger vedlikehold' : 'Ok';
  const conflicts = a.locator('.conflicts');
  await expect(conflicts.getByTestId('conflict')).toHaveCount(1);
  await expect(conflicts).toContainText('Oppfølging');
  await expect(conflicts.getByTestId('conflict')).toContainText(`Endret på en annen enhet: ${other}`);
  await expect(conflicts).not.toContainText('follow_up');
  await expect(conflicts).not.toContainText('needs_maintenance');
  await a.getByRole('button', { name: 'Bruk denne – Oppfølging' }).click();
  await expect(row(a, 0).getByLabel('Oppfølging').locator('option:checked')).toHaveText(other);
  await expect(a.getByTestId('conflict')).toHaveCount(0);
});

test('a device whose clock is a year ahead does not override edits made after its version was seen', async ({ browser }, testInfo) => {
  const { a, b: ahead } = await shared(browser, testInfo, YEAR);
  await openSheet(ahead, 'Felles ark');
  await ahead.getByLabel('1. Begrunnelse', { exact: true }).fill('Fra enheten med klokka et år foran');
  await importFile(a, await exportAll(ahead, testInfo));
  // A has seen that version; its edit after it must win although its clock is a year behind.
  await openSheet(a, 'Felles ark');
  await expect(a.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue('Fra enheten med klokka et år foran');
  await a.getByLabel('1. Begrunnelse', { exact: true }).fill('Rettet etterpå på A');
  const back = await importFile(ahead, await exportAll(a, testInfo));
  expect(back).not.toContain('endret både her og i filen');
  await openSheet(ahead, 'Felles ark');
  await expect(ahead.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue('Rettet etterpå på A');
  await expect(ahead.getByTestId('conflict')).toHaveCount(0);
});

test('an edit exported the moment it is typed carries its stamp: the other device takes it and keeps its own', async ({ browser }, testInfo) => {
  // Edits are stamped for the merge when they are saved (300 ms after typing stops) or when
  // anything leaves the device; this export comes before the save.
  const { a, b } = await shared(browser, testInfo);
  await openSheet(b, 'Felles ark');
  await b.getByLabel('2. Nåsituasjonen').fill('Skrevet på B');
  await openSheet(a, 'Felles ark');
  await a.getByLabel('1. Begrunnelse', { exact: true }).fill('Skrevet på A');
  const [download] = await Promise.all([
    a.waitForEvent('download'),
    a.getByRole('button', { name: 'Eksporter arket' }).click(),
  ]);
  const file = testInfo.outputPath('sheet-at-once.json');
  await download.saveAs(file);
  const text = await importFile(b, file);
  expect(text).not.toContain('endret både her og i filen');
  await openSheet(b, 'Felles ark');
  await expect(b.getByLabel('1. Begrunnelse', { exact: true })).toHaveValue('Skrevet på A');
  await expect(b.getByLabel('2. Nåsituasjonen')).toHaveValue('Skrevet på B');
  await expect(b.getByTestId('conflict')).toHaveCount(0);
});
