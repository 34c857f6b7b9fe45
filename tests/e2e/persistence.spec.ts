import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';

test('an A3 sheet typed into survives a reload', async ({ page }) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Færre overliggere');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page).toHaveURL(/#\/a3\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Færre overliggere');

  await page.getByLabel('Enhet / ansvar').fill('3412 Stokkbakken omsorgssenter');
  const rationale = page.getByLabel('1. Begrunnelse');
  await expect(rationale).toHaveAttribute('placeholder', 'Dette er utfordringene vi må løse og verdien av å løse det');
  await rationale.pressSequentially('290 liggedøgn jan–feb 2024');
  await page.getByLabel('Fase').selectOption({ label: 'Utføre' });
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await expectAccessible(page);

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('1. Begrunnelse')).toHaveValue('290 liggedøgn jan–feb 2024');
  await expect(page.getByLabel('Enhet / ansvar')).toHaveValue('3412 Stokkbakken omsorgssenter');
  await expect(page.getByLabel('Fase')).toHaveValue('2');

  await page.getByRole('link', { name: 'Alle A3-ark' }).click();
  const card = page.getByRole('link', { name: /Færre overliggere/ });
  await expect(card).toContainText('3412 Stokkbakken omsorgssenter · Utføre');
  await page.getByRole('navigation').getByRole('link', { name: 'Hjem' }).click();
  await expect(page.getByTestId('count-a3')).toContainText('1');
});

test('typing right before the page goes away is still saved (flush on pagehide)', async ({ page }) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Rask');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await page.getByLabel('6. Måling').fill('Sykefravær 12,6 % → 12,3 %');
  // No wait for the 300 ms debounce: reload at once.
  await page.reload();
  await expect(page.getByLabel('6. Måling')).toHaveValue('Sykefravær 12,6 % → 12,3 %');
  const doc = await storedWorkspace(page);
  expect(doc.format).toBe('gevinstverksted');
  expect(doc.version).toBe(2);
  expect(doc.workspace.a3_sheets[0].measurement).toBe('Sykefravær 12,6 % → 12,3 %');
});

test('a seminar created in Verksted survives a reload and is counted at home', async ({ page }) => {
  await open(page, '#/verksted');
  await expect(page.getByText('Ingen seminarer ennå')).toBeVisible();
  await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar Stokkbakken');
  await page.keyboard.press('Enter');
  // The new seminar opens.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar Stokkbakken');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar Stokkbakken');
  await open(page, '#/verksted');
  await expect(page.getByRole('list', { name: 'Seminarer' })).toContainText('Dialogseminar Stokkbakken');
  await open(page, '#/');
  await expect(page.getByTestId('count-seminars')).toContainText('1');
});

test('user text is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill(payload);
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});
