import { test, expect, open, storedWorkspace } from './fixtures';

test('two tabs editing different sheets: both edits survive, in both tabs and after reload', async ({ page, context }) => {
  await open(page, '#/a3');
  const other = await context.newPage();
  await open(other, '#/a3');

  await page.getByLabel('Tittel på nytt A3-ark').fill('Ark fra fane 1');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await page.getByLabel('1. Begrunnelse').fill('skrevet i fane 1');
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');

  await other.getByLabel('Tittel på nytt A3-ark').fill('Ark fra fane 2');
  await other.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await other.getByLabel('1. Begrunnelse').fill('skrevet i fane 2');
  await expect(other.getByTestId('save-status')).toHaveText('Lagret på denne enheten');

  // Tab 1 edits its sheet again after tab 2 saved: it must not write its stale copy over tab 2's sheet.
  await page.getByLabel('1. Begrunnelse').fill('skrevet i fane 1, igjen');
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');

  for (const p of [page, other]) {
    await open(p, '#/a3');
    const list = p.getByRole('list', { name: 'A3-ark' });
    await expect(list).toContainText('Ark fra fane 1');
    await expect(list).toContainText('Ark fra fane 2');
  }
  await page.reload();
  const sheets = (await storedWorkspace(page)).workspace.a3_sheets;
  expect(sheets.map((s) => [s.title, s.rationale]).sort()).toEqual([
    ['Ark fra fane 1', 'skrevet i fane 1, igjen'],
    ['Ark fra fane 2', 'skrevet i fane 2'],
  ]);
});

test('storage filled to the quota before load: warning on save, earlier data intact', async ({ page }) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Tidligere arbeid');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  // Fill the rest of the origin's quota with another key, the way other data would.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`fyll-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  const before = await storedWorkspace(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidligere arbeid');
  await expect(page.getByTestId('quarantine-banner')).toHaveCount(0);
  await page.getByLabel('2. Nåsituasjonen').fill('Dette får ikke plass. '.repeat(50));
  await expect(page.getByTestId('save-warning')).toContainText('lagringsplassen er full');
  expect(await storedWorkspace(page)).toEqual(before);
  await open(page, '#/');
  await expect(page.getByTestId('storage-usage')).toContainText('Lagringsplass brukt:');
});

test('the export reminder shows for data never exported, goes away on export, and can be snoozed', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('export-reminder')).toHaveCount(0); // nothing to export yet
  await expect(page.getByTestId('last-export')).toHaveText('Ikke eksportert ennå.');
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Seminar');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  const reminder = page.getByTestId('export-reminder');
  // Never on a participant's screen during the exercise (it would push the timer down)...
  await expect(page.getByTestId('timer-reflection')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  // ...but on Hjem, with its logic unchanged.
  await open(page, '#/');
  await expect(reminder).toContainText('Du har ikke eksportert dataene dine ennå');
  await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Eksporter nå' }).click()]);
  await expect(reminder).toHaveCount(0);
  await open(page);
  await expect(page.getByTestId('last-export')).toContainText('Sist eksportert');

  // 15 days later, with a change after the export: reminded again; "Ikke nå" snoozes it across reloads.
  await page.evaluate(() => localStorage.setItem('gevinstverksted.last-export', String(Date.now() - 15 * 86400000)));
  await page.reload();
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Endring etter eksport');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await expect(page.getByTestId('timer-reflection')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await open(page, '#/a3');
  await expect(reminder).toContainText('Det er 15 dager siden du sist eksporterte');
  await reminder.getByRole('button', { name: 'Ikke nå' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('hostile text is stored and shown inertly: no script, no dialog, no CSP violation', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    'javascript:alert(3)',
    '\u202Egnp.exe\u202C overstyrt retning',
    'x'.repeat(10_000),
  ];
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Fiendtlig');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  const labels = ['1. Begrunnelse', '2. Nåsituasjonen', '3. Ønsket situasjon', '4. Utredningstiltak', '5. Endringstiltak'];
  for (const [i, text] of payloads.entries()) await page.getByLabel(labels[i]).fill(text);
  await page.getByLabel('Enhet / ansvar').fill('<b onmouseover=alert(4)>javascript:void(0)</b>');
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await page.reload();
  for (const [i, text] of payloads.entries()) await expect(page.getByLabel(labels[i])).toHaveValue(text);
  await open(page, '#/a3');
  await expect(page.getByRole('list', { name: 'A3-ark' })).toContainText('<b onmouseover=alert(4)>javascript:void(0)</b>');
  expect(await page.locator('main a[href^="javascript:"], main img, main script, main b').count()).toBe(0);
  expect(dialogs).toBe(0);
  // The fixture fails the test on any console error, which includes every CSP violation.
});

test('deleted sheets wait in Papirkurv, can be restored, and are emptied after 30 days', async ({ page }) => {
  await open(page, '#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Angrer på sletting');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await open(page, '#/a3');
  await page.getByRole('button', { name: 'Slett – Angrer på sletting' }).click();
  await page.getByRole('link', { name: 'Papirkurv (1)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papirkurv');
  const trash = page.getByRole('list', { name: 'Papirkurv' });
  await expect(trash).toContainText('Angrer på sletting');
  await expect(trash).toContainText('Slettet');
  await page.reload();
  await page.getByRole('button', { name: 'Gjenopprett – Angrer på sletting' }).click();
  await expect(page.getByText('Papirkurven er tom.')).toBeVisible();
  await open(page, '#/a3');
  await expect(page.getByRole('list', { name: 'A3-ark' })).toContainText('Angrer på sletting');

  // A sheet deleted 31 days ago is gone after the next start; one deleted 29 days ago stays.
  await page.evaluate(() => {
    const day = 86400000;
    const now = Date.now();
    const doc = JSON.parse(localStorage.getItem('gevinstverksted.workspace')!);
    const sheet = (id: string, title: string, age: number) => ({ id, title, created: now - 40 * day, updated: now - age * day, deleted: now - age * day });
    doc.workspace.a3_sheets.push(sheet('11111111-1111-4111-8111-111111111111', 'Gammelt søppel', 31));
    doc.workspace.a3_sheets.push(sheet('22222222-2222-4222-8222-222222222222', 'Nylig slettet', 29));
    localStorage.setItem('gevinstverksted.workspace', JSON.stringify(doc));
  });
  await open(page, '#/papirkurv');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Papirkurv' })).toContainText('Nylig slettet');
  await expect(page.getByRole('list', { name: 'Papirkurv' })).not.toContainText('Gammelt søppel');
});
