// The two entry points (issue 19): deltaker.html (a participant's screens) and the full app.
import { test, expect, expectAccessible, storedWorkspace, WORKSPACE_KEY } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'v1-workspace.json'), 'utf8');
const SEMINAR = '5f607182-93a4-45b6-8c7d-8e9fa0b1c2d3';
const NOTE = '60718293-a4b5-46c7-9d8e-9fa0b1c2d3e4';

async function openParticipant(page: Page, hash = '#/') {
  await page.goto(`./deltaker.html${hash}`);
  await expect(page.locator('header.app-header')).toBeVisible();
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** The document without one note, for comparing everything else. */
function withoutNote(doc: { workspace: { notes: { id: string }[] } }, id: string) {
  const copy = structuredClone(doc);
  copy.workspace.notes = copy.workspace.notes.filter((n) => n.id !== id);
  return copy;
}

test('a full workspace goes through a participant session and comes back equal apart from the edited note', async ({ page }) => {
  // The full app: the frozen fixture (two sheets, a seminar, notes and a collection this build
  // does not know) plus the example (a programme, a third sheet with measures and comments).
  await page.goto('./');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKSPACE_KEY, FIXTURE]);
  await page.goto('./#/om');
  await page.reload(); // the full app starts from the fixture (and empties its old trash)
  await page.getByRole('button', { name: 'Last inn eksempel' }).click();
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.programmes?.length).toBe(1);
  const before = await storedWorkspace(page);
  expect(before.workspace.programmes.length).toBe(1);
  expect(before.workspace.a3_sheets.length).toBe(2); // the fixture's live sheet and the example's (the deleted one was purged)
  expect(before.workspace.future_collection).toBeDefined();

  // The participant entry: the seminar's notes, one edited.
  await openParticipant(page, `#/verksted/${SEMINAR}`);
  expect(await page.evaluate(() => document.querySelector('script[src*="deltaker-"]') !== null)).toBe(true);
  const potential = page.getByTestId('note-card').first().getByLabel(/Potensial/);
  await expect(potential).toHaveValue('Nattevakten har lite å gjøre etter kl. 02');
  await potential.fill('Nattevakten har lite å gjøre etter kl. 01');
  const edited = async () => (await storedWorkspace(page)).workspace.notes.find((n: { id: string }) => n.id === NOTE).potential;
  await expect.poll(edited).toBe('Nattevakten har lite å gjøre etter kl. 01');
  const after = await storedWorkspace(page);
  // Everything else, the fields and collections the participant entry never shows included,
  // is exactly as the full app left it.
  expect(JSON.stringify(withoutNote(after, NOTE))).toBe(JSON.stringify(withoutNote(before, NOTE)));

  // And the full app reads it back: the three sheets are still there.
  await page.goto('./#/');
  await expect(page.getByTestId('count-a3')).toContainText('2');
});

test('a screen only the full app holds opens the full app, an ordinary navigation', async ({ page }) => {
  await openParticipant(page);
  await expectAccessible(page);
  await page.getByRole('navigation').getByRole('link', { name: 'A3-ark' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#\/a3$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A3-ark');
  // The full app's own scripts, not the participant's.
  expect(await page.evaluate(() => document.querySelector('script[src*="deltaker-"]') === null)).toBe(true);
});

test('links open the right entry: a seminar in the participant entry, a sheet in the full app', async ({ page, browser }) => {
  await page.goto('./#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar helse');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await page.getByText('Oppsett av seminaret').click();
  await page.locator('details.setup').getByRole('button', { name: 'Del seminaret (lenke eller QR-kode)' }).click();
  const seminarLink = await page.getByTestId('share-seminar').getByLabel(/^Lenke/).inputValue();
  expect(seminarLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);

  await page.goto('./#/a3');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Nattpatrulje');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await page.getByRole('button', { name: 'Del arket (lenke eller QR-kode)' }).click();
  const sheetLink = await page.getByTestId('share-a3').getByLabel(/^Lenke/).inputValue();
  expect(sheetLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/del\/[A-Za-z0-9_-]+$/);

  // A participant's phone opens the seminar link in the participant entry and joins.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(seminarLink);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Bli med i seminaret');
  await phone.getByTestId('join').getByLabel('Navnet ditt').fill('Kari');
  await phone.getByTestId('join').getByRole('button', { name: 'Bli med' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  expect(phone.url()).toMatch(/\/deltaker\.html#\/verksted\//);
  // The same link on the full app's address (as links were written before) works too.
  const old = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await old.goto(seminarLink.replace('/deltaker.html#', '/#'));
  await expect(old.getByRole('heading', { level: 1 })).toHaveText('Bli med i seminaret');
  await old.context().close();
  // The sheet's link opens the full app and imports the sheet.
  await phone.goto(sheetLink);
  await expect(phone.getByRole('button', { name: /^Importer/ })).toBeVisible();
  await phone.getByRole('button', { name: /^Importer/ }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Nattpatrulje');
  await phone.context().close();
});

test('after a first visit to the participant entry both entries load with the network off', async ({ page, context }) => {
  await openParticipant(page, '#/verksted');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted');
  await page.goto('./#/a3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A3-ark');
  await page.goto('./deltaker.html#/om');
  await expect(page.locator('header.app-header')).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('script[src*="deltaker-"]') !== null)).toBe(true);
  await context.setOffline(false);
});

test('two tabs, one of each entry, merge what each typed', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKSPACE_KEY, FIXTURE]);
  await page.goto('./#/a3');
  const participant = await context.newPage();
  await openParticipant(participant, `#/verksted/${SEMINAR}`);
  await participant.getByTestId('note-card').first().getByLabel(/Potensial/).fill('Skrevet i deltakerinngangen');
  await page.getByLabel('Tittel på nytt A3-ark').fill('Skrevet i hele appen');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await expect.poll(async () => {
    const doc = await storedWorkspace(participant);
    return [
      doc.workspace.notes.some((n: { potential: string }) => n.potential === 'Skrevet i deltakerinngangen'),
      doc.workspace.a3_sheets.some((s: { title: string }) => s.title === 'Skrevet i hele appen'),
    ];
  }).toEqual([true, true]);
});
