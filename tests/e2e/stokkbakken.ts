// How a Playwright test brings seed 002's Stokkbakken sheet (stokkbakken.mjs) into the app.
import { expect, open, storedWorkspace } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { SHEET_ID, stokkbakken } from './stokkbakken.mjs';

export { SHEET_ID, stokkbakken };

export async function importSheet(page: Page, testInfo: TestInfo, file: object) {
  const path = testInfo.outputPath('sheet.json');
  await writeFile(path, JSON.stringify(file));
  await open(page);
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.a3_sheets.length).toBe(1);
  await open(page, `#/a3/${SHEET_ID}`);
  await expect(page.getByTestId('printed-sheet')).toContainText('Stokkbakken omsorgssenter: budsjettvedtak 2025');
}

