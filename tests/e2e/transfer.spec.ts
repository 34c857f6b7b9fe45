import { test, expect, open, storedWorkspace, WORKSPACE_KEY } from './fixtures';
import { readFile, writeFile } from 'node:fs/promises';

test('export, then import into a fresh browser reproduces the data', async ({ page, browser }, testInfo) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Bemanningstilpasning');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await page.getByLabel('5. Endringstiltak').fill('Reduksjon nattetjeneste: 2,00 årsverk, 1 400 000,00 kr');
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Seminar 20. mars');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await open(page, '#/');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter alt' }).click(),
  ]);
  // The browser's local date (Europe/Oslo in the config), not the test runner's: they differ
  // for an hour or two around midnight.
  const ymd = await page.evaluate(() => {
    const today = new Date();
    return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  });
  expect(download.suggestedFilename()).toBe(`gevinstverksted-${ymd}.json`);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.format).toBe('gevinstverksted');
  expect(exported.version).toBe(2);

  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await fresh.newPage();
  await open(other);
  await expect(other.getByTestId('count-a3')).toContainText('0');
  await other.getByTestId('import-file').setInputFiles(file);
  // First a preview; nothing changes until the user confirms.
  const preview = other.getByTestId('import-preview');
  await expect(preview).toContainText(`Importere «${download.suggestedFilename()}»?`);
  await expect(preview).toContainText('2 nye, 0 oppdateres med nyere innhold fra filen, 0 er like eller nyere her og blir stående. Ingenting slettes.');
  await expect(other.getByTestId('count-a3')).toContainText('0');
  expect(await storedWorkspace(other)).toBeNull();
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(preview).toBeHidden();
  await expect(other.getByRole('status').filter({ hasText: 'Importert' })).toHaveText('Importert: 2 nye, 0 oppdatert, 0 uendret.');
  await expect(other.getByTestId('count-a3')).toContainText('1');
  await expect(other.getByTestId('count-seminars')).toContainText('1');
  await expect.poll(async () => (await storedWorkspace(other))?.workspace).toEqual(exported.workspace);

  // Importing the same file again adds nothing; cancelling changes nothing either.
  await other.getByTestId('import-file').setInputFiles(file);
  await expect(preview).toContainText('0 nye, 0 oppdateres med nyere innhold fra filen, 2 er like');
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'avbrutt' })).toHaveText('Importen ble avbrutt. Ingenting er endret.');
  await other.getByTestId('import-file').setInputFiles(file);
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Importert' })).toHaveText('Importert: 0 nye, 0 oppdatert, 2 uendret.');

  await open(other, '#/a3');
  await other.getByRole('link', { name: /Bemanningstilpasning/ }).click();
  await expect(other.getByLabel('5. Endringstiltak')).toHaveValue('Reduksjon nattetjeneste: 2,00 årsverk, 1 400 000,00 kr');
  await fresh.close();
});

const badFiles = [
  { name: 'tull.json', body: 'dette er ikke json', message: 'ikke gyldig JSON' },
  { name: 'annet.json', body: '{"type":"excalidraw","version":2}', message: 'ikke en Gevinstverksted-fil' },
  { name: 'nyere.json', body: '{"format":"gevinstverksted","version":42,"workspace":{}}', message: 'nyere utgave' },
  { name: 'feil.json', body: '{"format":"gevinstverksted","version":1,"workspace":{"a3_sheets":[{"id":1}]}}', message: 'feil form' },
];

for (const bad of badFiles) {
  test(`importing ${bad.name} gives a clear message and changes nothing`, async ({ page }, testInfo) => {
    await open(page, '#/a3');
    await page.getByLabel('Tittel på nytt A3-ark').fill('Skal stå urørt');
    await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
    await open(page, '#/');
    const before = await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);

    const file = testInfo.outputPath(bad.name);
    await writeFile(file, bad.body);
    await page.getByTestId('import-file').setInputFiles(file);
    const message = page.getByRole('status').locator('.notice.error');
    await expect(message).toContainText(`«${bad.name}» ble ikke importert`);
    await expect(message).toContainText(bad.message);
    await expect(message).toContainText('Ingenting er endret');
    await expect(page.getByTestId('count-a3')).toContainText('1');
    await page.waitForTimeout(400); // past the save debounce: nothing may have been written
    expect(await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY)).toBe(before);
  });
}

test('every frozen bad fixture is refused with a message, and the export afterwards equals the export before', async ({ page }) => {
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = join(__dirname, '..', 'fixtures', 'bad');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  expect(files.length).toBeGreaterThanOrEqual(10);

  await open(page, '#/');
  await page.getByTestId('import-file').setInputFiles(join(__dirname, '..', 'fixtures', 'v1-workspace.json'));
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importert' })).toContainText('Importert:');
  const exportNow = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter alt' }).click(),
    ]);
    return readFile(await download.path(), 'utf8');
  };
  const before = await exportNow();
  for (const name of files) {
    await page.getByTestId('import-file').setInputFiles(join(dir, name));
    const message = page.getByRole('status').locator('.notice.error');
    await expect(message, name).toContainText(`«${name}» ble ikke importert`);
    await expect(message, name).toContainText('Ingenting er endret');
    await expect(page.getByTestId('import-preview')).toBeHidden();
  }
  expect(await exportNow()).toBe(before);
});
