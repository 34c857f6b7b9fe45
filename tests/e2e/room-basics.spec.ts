import { test, expect, open, expectAccessible, storedWorkspace, WORKSPACE_KEY } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { deflateRawSync } from 'node:zlib';

// The room, part 1, screen by screen: the first screen says how to start, the reflection
// timer is in view when the screen opens, survives a reload and follows the participant down
// the page, the full-storage warning stays where the user types, and previews say what they
// hold in all three languages.

const fixture = JSON.parse(readFileSync(joinPath(__dirname, '..', 'fixtures', 'v1-group-answer.json'), 'utf8'));
const SEMINAR = fixture.workspace.seminars[0];

const envelope = (workspace: object) => ({ format: 'gevinstverksted', version: 1, kind: 'workspace', workspace });
/** A share link's fragment, packed as the app packs it (raw deflate, base64url). */
const shareHash = (workspace: object) =>
  `#/del/${deflateRawSync(Buffer.from(JSON.stringify(envelope(workspace)))).toString('base64url')}`;

const note = (n: number, potential: string) => ({
  id: `00000000-0000-4000-8000-00000000c${String(n).padStart(3, '0')}`,
  updated: 1_764_000_000_000 + n, seminar: SEMINAR.id, potential,
});

/** Joins the fixture's seminar through its link, as the projector's QR code opens it. */
async function join(page: Page, name: string) {
  await page.clock.install();
  await open(page, shareHash({ seminars: [SEMINAR] }));
  await page.getByLabel('Navnet ditt').fill(name);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
}

test('an empty device shows the ways in; a pasted link opens Bli med, a wrong one says so', async ({ page }) => {
  await open(page);
  const start = page.getByTestId('start');
  await expect(start.getByRole('heading', { level: 2 })).toHaveText('Kom i gang');
  await expect(start.getByRole('heading', { level: 3 })).toHaveText(['Bli med i et seminar', 'Start et seminar', 'Lag et A3-ark']);
  // The example is there, but after the ways in.
  const startBox = (await start.boundingBox())!;
  const exampleBox = (await page.locator('.example-card').boundingBox())!;
  expect(exampleBox.y).toBeGreaterThan(startBox.y + startBox.height);
  await expectAccessible(page);

  const link = start.getByLabel('Lenke til seminaret');
  await link.fill('https://example.no/noe-annet');
  await start.getByRole('button', { name: 'Åpne lenken' }).click();
  await expect(start.getByRole('alert')).toHaveText('Dette er ikke en lenke fra Gevinstverksted. Kopier hele lenken og prøv igjen.');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await link.fill(`https://kommune.example.no/gevinst/${shareHash({ seminars: [SEMINAR] })}`);
  await start.getByRole('button', { name: 'Åpne lenken' }).click();
  await expect(page.getByTestId('join').getByRole('heading', { level: 2 })).toHaveText('Dialogseminar helse');
  await expect(page.getByTestId('join')).toContainText('Dato: 24.11.2026');
  // An empty name is refused, and nothing is stored.
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByTestId('join').getByRole('alert')).toHaveText('Skriv navnet ditt først.');
  expect(await storedWorkspace(page)).toBeNull();
  await open(page);
  await start.getByRole('link', { name: 'Nytt seminar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted');
});

test('joining twice changes nothing; the name is kept on the device and editable', async ({ page }) => {
  await join(page, 'Kari');
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.seminars?.length).toBe(1);
  const before = await storedWorkspace(page);
  await open(page, shareHash({ seminars: [SEMINAR] }));
  await expect(page.getByTestId('join')).toContainText('Du er allerede med i dette seminaret som Kari.');
  await expect(page.getByLabel('Navnet ditt')).toHaveValue('Kari');
  await page.getByRole('button', { name: 'Gå til seminaret' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  expect((await storedWorkspace(page)).workspace).toEqual(before.workspace);
  // Renamed on the seminar page: the hand-over carries the new name.
  await page.locator('#field-handover-name').fill('Kari Nordmann');
  await page.reload();
  await expect(page.locator('#field-handover-name')).toHaveValue('Kari Nordmann');
});

test('the reflection timer is in view on a phone, survives a reload and follows the participant down the page', async ({ page }) => {
  await join(page, 'Ola');
  const clock = page.getByTestId('timer-reflection');
  const startButton = page.getByRole('button', { name: 'Start', exact: true });
  // 390×844: the clock and its start button are on screen without scrolling.
  const height = page.viewportSize()!.height;
  for (const box of [await clock.boundingBox(), await startButton.boundingBox()]) {
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }
  await startButton.click();
  await page.clock.runFor(61_000);
  await expect(clock).toHaveText('3:59');
  // A reload at 4:01 left continues at 4:01, still running (it used to show 5:00, stopped).
  await page.reload();
  await expect(clock).toHaveText(/^3:5\d$/);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText(/^2:5\d$/);

  // Write enough notes to scroll the big clock away: the compact bar keeps the time in view.
  for (const text of ['Felles turnus', 'Digitalt tilsyn', 'Kortere morgenmøte']) {
    await page.getByRole('button', { name: '+ Ny lapp' }).click();
    await page.keyboard.type(text);
  }
  const bar = page.getByTestId('timer-bar-reflection');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(/Refleksjonstid \d:\d\d/);
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y).toBe(0);
  // The time runs out while the participant is down the page: the bar says so.
  await page.clock.runFor(200_000);
  await expect(bar).toContainText('Tiden er ute!');
  await expectAccessible(page);
  await bar.getByRole('button', { name: 'Skjul Refleksjonstid' }).click();
  await expect(bar).toBeHidden();
  // Back up at the big clock, no bar: it is not shown twice.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(clock).toHaveText('0:00');
  await page.reload();
  await expect(clock).toHaveText('0:00');
  await expect(page.locator('.countdown.finished')).toContainText('Tiden er ute!');
});

test('a clock set back does not freeze the reflection timer', async ({ page }) => {
  await join(page, 'Per');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('timer-reflection')).toHaveText('4:30');
  // The phone's clock is corrected an hour back, then the tab is reloaded.
  await page.clock.setSystemTime(Date.now() - 60 * 60_000);
  await page.reload();
  // Saved with the time that ran (every 5 s): it runs on from about 4:30, neither back at 5:00
  // nor frozen until the clock catches up.
  await expect(page.getByTestId('timer-reflection')).toHaveText(/^4:3[0-5]$/);
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('timer-reflection')).toHaveText(/^4:0[0-5]$/);
});

test('full storage while typing a note: the warning is at the foot of the screen, where the user types', async ({ page }) => {
  await join(page, 'Liv');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: '+ Ny lapp' }).click();
  await page.keyboard.type('Skrevet mens lagringen er full');
  await page.clock.runFor(1_000);
  const bar = page.getByTestId('save-bar');
  await expect(bar).toContainText('Ikke lagret:');
  await expect(bar).toContainText('lagringsplassen er full');
  const box = (await bar.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y + box.height).toBeLessThanOrEqual(height + 1);
  expect(box.y).toBeGreaterThan(height / 2);
  await expect(page.getByLabel('Potensiale for endring')).toHaveValue('Skrevet mens lagringen er full');
  await expect(bar.getByRole('button', { name: 'Eksporter nå' })).toBeVisible();
});

test('previews say what they hold, in the singular and the plural, in bokmål, nynorsk and English', async ({ page }, testInfo) => {
  const answer = (n: number) => {
    const group = { ...fixture.workspace.groups[0], priority: fixture.workspace.groups[0].priority.slice(0, n) };
    return shareHash({ seminars: [SEMINAR], groups: [group], notes: fixture.workspace.notes });
  };
  const cases = [
    { lang: 'nb', one: 'Svar fra Gruppe 3 (1 forslag)', two: 'Svar fra Gruppe 3 (2 forslag)', nyOne: '1 ny,', nyMany: 'nye,' },
    { lang: 'nn', one: 'Svar frå Gruppe 3 (1 forslag)', two: 'Svar frå Gruppe 3 (2 forslag)', nyOne: '1 ny,', nyMany: 'nye,' },
    { lang: 'en', one: 'Answer from Gruppe 3 (1 proposal)', two: 'Answer from Gruppe 3 (2 proposals)', nyOne: '1 new,', nyMany: 'new,' },
  ];
  await open(page);
  for (const c of cases) {
    await page.evaluate(([key, lang]) => localStorage.setItem(key, lang), ['gevinstverksted.language', c.lang]);
    await open(page, answer(1));
    await page.reload(); // the language is read when the app starts
    const preview = page.getByTestId('link-preview');
    await expect(preview.getByRole('heading', { level: 2 })).toHaveText(c.one);
    await open(page, answer(2));
    await expect(preview.getByRole('heading', { level: 2 })).toHaveText(c.two);
    await expect(preview).toContainText(c.nyMany);
  }
  // A file shows the same before anything changes: "Lapper fra Kari (1)", "1 ny" for one note.
  await page.evaluate(() => localStorage.setItem('gevinstverksted.language', 'nb'));
  await open(page, '#/verksted');
  await page.reload();
  const file = testInfo.outputPath('lapper-dialogseminar-helse-kari-2026-11-24.json');
  writeFileSync(file, JSON.stringify(envelope({
    notes: [note(1, 'Felles turnus')],
    participant: { id: '00000000-0000-4000-8000-0000000000d1', name: 'Kari' },
  })));
  await page.getByTestId('import-file').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Lapper fra Kari (1)');
  await expect(preview).toContainText('1 ny, 0 oppdateres');
  expect(await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY)).toBeNull();
  await expectAccessible(page);
});
