import { test, expect, open, storedWorkspace, WORKSPACE_KEY, QUARANTINE_PREFIX } from './fixtures';
import { readFile } from 'node:fs/promises';

async function putRaw(page, text: string) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, text]);
}

async function quarantineEntries(page) {
  return page.evaluate((prefix) => Object.keys(localStorage)
    .filter((k) => k.startsWith(prefix))
    .map((k) => [k, localStorage.getItem(k)]), QUARANTINE_PREFIX);
}

test('corrupt stored data is quarantined, explained, downloadable, and never overwritten', async ({ page }) => {
  await open(page);
  const garbage = '{"format":"gevinstverksted","version":1,"workspace":{"a3_sheets":[{"title":"halv';
  await putRaw(page, garbage);
  await page.reload();

  const banner = page.getByTestId('quarantine-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Lagrede data kunne ikke leses');
  await expect(banner).toContainText('ikke gyldig JSON');
  await expect(page.getByTestId('count-a3')).toContainText('0');
  expect(await quarantineEntries(page)).toEqual([[expect.stringMatching(/^gevinstverksted\.quarantine\.\d+$/), garbage]]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Last ned kopien' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gevinstverksted-uleselig-\d+\.json$/);
  expect(await readFile(await download.path(), 'utf8')).toBe(garbage);

  // New work is saved normally, and the quarantined copy is still there afterwards.
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Etter karantene');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Etter karantene');
  await expect(page.getByTestId('quarantine-banner')).toHaveCount(0);
  expect((await storedWorkspace(page)).workspace.a3_sheets).toHaveLength(1);
  expect(await quarantineEntries(page)).toEqual([[expect.any(String), garbage]]);
});

test('data from a newer app version is refused with both version numbers, and kept', async ({ page }) => {
  await open(page);
  const newer = JSON.stringify({ format: 'gevinstverksted', version: 7, kind: 'workspace', workspace: { a3_sheets: [] } });
  await putRaw(page, newer);
  await page.reload();
  const banner = page.getByTestId('quarantine-banner');
  await expect(banner).toContainText('format 7');
  await expect(banner).toContainText('til og med 2');
  expect(await quarantineEntries(page)).toEqual([[expect.any(String), newer]]);
  await banner.getByRole('button', { name: 'Skjul meldingen' }).click();
  await expect(banner).toHaveCount(0);
});

test('a save that fails because storage is full is shown, and work stays in the window', async ({ page }) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Før full lagring');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  const before = await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);
  // Make every later write throw as a full storage does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.getByLabel('1. Begrunnelse').fill('Skrevet mens lagringen er full');
  const warning = page.getByTestId('save-warning');
  await expect(warning).toContainText('lagringsplassen er full');
  await expect(warning.getByRole('button', { name: 'Eksporter nå' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Ikke lagret');
  await expect(page.getByLabel('1. Begrunnelse')).toHaveValue('Skrevet mens lagringen er full');
  expect(await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY)).toBe(before);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Eksporter nå' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(exported.workspace.a3_sheets[0].rationale).toBe('Skrevet mens lagringen er full');
});
