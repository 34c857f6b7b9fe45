import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import type { Browser, BrowserContext, Locator, Page, TestInfo } from '@playwright/test';
import { devices } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

// "The seminar in a real room": one facilitator with a projector, six participants' phones
// and two group devices, each its own browser context, talking only through what the app shows
// (QR codes, links, files), as they would in the room.

const SEMINAR = 'Dialogseminar nattpatrulje';
const SHOTS = joinPath(__dirname, '..', '..', 'test-results', 'room');
mkdirSync(SHOTS, { recursive: true });

// ---- Counting what people do -------------------------------------------------------------

type Count = { taps: number; typed: number; picks: number };
const roles = new Map<Page, string>();
let counts: Record<string, Count> = {};
/** Pages doing checks on top of the flow (the same file twice, …), which are not counted. */
const uncounted = new Set<Page>();

async function uncountedOn<T>(page: Page, run: () => Promise<T>): Promise<T> {
  uncounted.add(page);
  try {
    return await run();
  } finally {
    uncounted.delete(page);
  }
}

function bump(page: Page, what: keyof Count, n = 1) {
  if (uncounted.has(page)) return;
  const role = roles.get(page) ?? 'ukjent';
  counts[role] ??= { taps: 0, typed: 0, picks: 0 };
  counts[role][what] += n;
}

/** One tap on a button or link. */
async function tap(page: Page, target: Locator) {
  bump(page, 'taps');
  await target.click();
}

/** Typing into one field: `'focused'` types into the field that already has the focus. */
async function type(page: Page, target: Locator | 'focused', text: string) {
  bump(page, 'typed');
  if (target === 'focused') await page.keyboard.type(text);
  else await target.fill(text);
}

/** A native select on a phone: one tap opens the picker, one tap chooses. */
async function choose(page: Page, target: Locator, label: string) {
  bump(page, 'taps', 2);
  await target.selectOption({ label });
}

/** Tapping the button that opens the file picker, and one pick of (several) files in it. */
async function pick(page: Page, button: Locator, files: string[]) {
  bump(page, 'taps');
  bump(page, 'picks');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

/**
 * Opening a scanned code: the phone's camera app opens the link. That is the camera, not the
 * app, so it counts as 0 taps here.
 */
async function scan(page: Page, link: string) {
  await page.goto(link);
  await expect(page.locator('header.app-header')).toBeVisible();
}

// ---- Helpers --------------------------------------------------------------------------------

/** Decodes the QR code drawn in `qr` from a screenshot, as a phone camera would. */
async function readQr(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: joinPath(SHOTS, `${name}.png`), fullPage });
}

/** The config's phone (Pixel 7 at 390×844, nb-NO, Oslo) for another person's browser. */
function phoneOptions(testInfo: TestInfo) {
  const use = testInfo.project.use;
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  return {
    ...pixel,
    viewport: { width: 390, height: 844 },
    locale: use.locale ?? 'nb-NO',
    timezoneId: use.timezoneId ?? 'Europe/Oslo',
    baseURL: use.baseURL,
  };
}

/** Another phone (its own browser context) whose console errors fail the test too. */
async function newPhone(
  browser: Browser, testInfo: TestInfo, role: string, contexts: BrowserContext[], errors: string[],
): Promise<Page> {
  const context = await browser.newContext(phoneOptions(testInfo));
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${role}: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`${role}: ${err}`));
  roles.set(page, role);
  // Where timers matter the test moves time itself (the phone's clock, not real waiting).
  await page.clock.install();
  return page;
}

/** What the app treats as the same title: case, punctuation and spacing do not count. */
function normalise(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const members = (page: Page) => page.getByRole('list', { name: 'Deltakere' }).locator('.member-name');

async function seminarLinkFromProjector(page: Page): Promise<string> {
  await tap(page, page.getByRole('link', { name: 'Vis QR for deltakerne' }));
  await expect(page.getByTestId('join-qr')).toBeVisible();
  const link = await readQr(page.locator('.join-qr-code'));
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);
  return link!;
}

/** A participant opens the projector's link, types their name once and taps "Bli med". */
async function join(page: Page, link: string, name: string) {
  await scan(page, link);
  await expect(h1(page)).toHaveText('Bli med i seminaret');
  await expect(page.getByTestId('join').getByRole('heading', { level: 2 })).toHaveText(SEMINAR);
  await type(page, page.getByLabel('Navnet ditt'), name);
  await tap(page, page.getByRole('button', { name: 'Bli med', exact: true }));
  // The reflection screen: the seminar page with its timer.
  await expect(h1(page)).toHaveText(SEMINAR);
  await expect(page.getByTestId('timer-reflection')).toBeVisible();
  expect(page.url()).not.toContain('#/del/');
  await expect(page.locator('#field-handover-name')).toHaveValue(name);
}

/** "+ Ny lapp" puts the cursor in the new note, so typing goes straight into it. */
async function writeNote(page: Page, text: string) {
  await tap(page, page.getByRole('button', { name: '+ Ny lapp' }));
  await expect(page.locator(':focus')).toHaveAttribute('id', /^field-note-potential-/);
  await type(page, 'focused', text);
}

const SHARE_NOTES = 'Vis lappene mine som QR-kode (eller lenke, fil)';

/** The notes link as the group device's camera reads it off the participant's screen. */
async function notesLinkOnScreen(page: Page): Promise<string> {
  const panel = page.getByTestId('share-notes');
  await expect(panel).toBeVisible();
  const link = await panel.locator('input.share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);
  expect(await readQr(panel.locator('.qr-code'))).toBe(link);
  return link;
}

async function showNotesQr(page: Page): Promise<string> {
  await tap(page, page.getByRole('button', { name: SHARE_NOTES }));
  return notesLinkOnScreen(page);
}

async function downloadNotes(page: Page, name: string, testInfo: TestInfo): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tap(page, page.getByRole('button', { name: 'Last ned mine lapper' })),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^lapper-dialogseminar-nattpatrulje-${name.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The group device joins the seminar by its link and makes its group on the seminar page. */
async function groupDevice(page: Page, link: string, holder: string, groupName: string | null) {
  await join(page, link, holder);
  if (groupName) await type(page, page.getByLabel('Navn på ny gruppe (kan stå tomt)'), groupName);
  await tap(page, page.getByRole('button', { name: 'Lag gruppe' }));
  await expect(h1(page)).toHaveText(groupName ?? 'Gruppe 1');
  await expect(page.getByRole('heading', { name: 'Ta imot lapper fra deltakerne' })).toBeVisible();
}

/** Opens a participant's notes link on the group device and adds the notes to the group. */
async function receiveByLink(page: Page, link: string, who: string, n: number, group: string) {
  await scan(page, link);
  const preview = page.getByTestId('link-preview');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(`Lapper fra ${who} (${n})`);
  await tap(page, preview.getByRole('button', { name: `Legg til i ${group}` }));
  await expect(h1(page)).toHaveText(group);
  expect(page.url()).not.toContain('#/del/');
}

const give = (page: Page, title: string) => page.getByRole('button', { name: `Gi prikk til «${title}»` });

async function dots(page: Page, title: string, n: number) {
  for (let i = 0; i < n; i++) await tap(page, give(page, title));
}

/** Dots, the proposal from the dots, agreement; returns the agreed list and the answer link. */
async function agree(page: Page, expectedRanking: string[]): Promise<{ agreed: string[]; link: string }> {
  await expect(page.getByTestId('ranking').locator('li')).toHaveText(expectedRanking);
  await tap(page, page.getByRole('button', { name: 'Foreslå fra prikkene' }));
  const titles = page.getByTestId('priority').locator('.priority-title');
  await expect(titles).toHaveCount(expectedRanking.filter((r) => !r.endsWith('– 0 prikker')).length);
  await tap(page, page.getByRole('button', { name: 'Vi er enige' }));
  await expect(page.getByTestId('agreed')).toContainText('Gruppen ble enige');
  const agreed = await titles.allTextContents();
  await tap(page, page.getByRole('button', { name: 'Vis gruppens svar som QR-kode (eller lenke, fil)' }));
  const panel = page.getByTestId('share-group');
  await expect(panel).toBeVisible();
  const link = await panel.locator('input.share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);
  // The facilitator scans it off the group's screen (tests/e2e/scan.spec.ts does that with the
  // in-app scanner). The answer is a long link (about 1 100–1 200 characters), too long for
  // one code a phone reads from a screen, so it is shown as numbered parts of version ≤ 20;
  // jsQR reads every part from a screenshot, and the parts join to the link's data.
  const sequence = panel.getByTestId('qr-sequence');
  await expect(sequence).toBeVisible();
  await panel.getByRole('button', { name: 'Pause' }).click();
  const total = Number(await sequence.getAttribute('data-parts'));
  const chunks: string[] = [];
  for (let i = 0; i < total; i++) {
    const at = Number(await sequence.getAttribute('data-part'));
    const text = await readQr(sequence.locator('.qr-code'));
    expect(text).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/deltaker\\.html#/deler/${at}/${total}/[0-9a-f]{8}/[A-Za-z0-9_-]+$`));
    chunks[at - 1] = text!.split('/').pop()!;
    await panel.getByRole('button', { name: 'Neste del' }).click();
  }
  expect(chunks.join('')).toBe(link.split('#/del/')[1]);
  console.log(`Answer QR of ${await h1(page).textContent()}: ${link.length} characters in ${total} parts, each read by jsQR`);
  return { agreed, link };
}

async function receiveAnswer(page: Page, link: string, group: string, n: number) {
  await scan(page, link);
  const preview = page.getByTestId('link-preview');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(`Svar fra ${group} (${n} forslag)`);
  await tap(page, preview.getByRole('button', { name: 'Ta imot svaret' }));
  await expect(page).toHaveURL(/#\/samle\/[0-9a-f-]+$/);
  await expect(h1(page)).toHaveText(SEMINAR);
}

/** "m:ss" as seconds. */
function seconds(clock: string): number {
  const [m, s] = clock.split(':').map(Number);
  return m * 60 + s;
}

// ---- The room -------------------------------------------------------------------------------

test('the seminar in a real room: projector QR, six phones, two groups, one combined ranking', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  // The table's order: the facilitator, then each group's device and its phones.
  counts = Object.fromEntries(['Tilrettelegger', 'Gruppe 1', 'Kari', 'Ola', 'Anne', 'Gruppe 2', 'Per', 'Liv', 'Nils']
    .map((role) => [role, { taps: 0, typed: 0, picks: 0 }]));
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  // 1. The facilitator makes the seminar and puts the join code on the projector.
  roles.set(page, 'Tilrettelegger');
  await open(page, '#/verksted');
  await type(page, page.getByLabel('Navn på nytt seminar'), SEMINAR);
  await tap(page, page.getByRole('button', { name: 'Nytt seminar' }));
  await expect(h1(page)).toHaveText(SEMINAR);
  const seminarUrl = page.url();
  const link = await seminarLinkFromProjector(page);
  await expect(page.getByTestId('join-qr').getByRole('heading', { level: 1 })).toHaveText(SEMINAR);
  await expect(page.getByText('Bli med: skann koden med kameraet')).toBeVisible();
  await expect(page.getByTestId('join-qr-address')).toBeVisible();
  await expect(page.getByTestId('join-qr-address')).toHaveText(/^Adresse: 127\.0\.0\.1:\d+$/);
  await expectAccessible(page);
  await shot(page, 'projector-qr-390');
  // On the projector (a laptop at 1280×800) the code is whole on screen and still reads the same.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'projector-qr-1280');
  const qrBox = await page.locator('.join-qr-code').boundingBox();
  expect(qrBox!.y + qrBox!.height, 'the projector QR fits on a 1280×800 screen').toBeLessThanOrEqual(800);
  // Observed, not asserted: whether the address line is on the projector's screen without scrolling.
  const addressBox = await page.getByTestId('join-qr-address').boundingBox();
  const addressOnScreen = addressBox!.y + addressBox!.height <= 800;
  test.info().annotations.push({ type: 'projector address at 1280×800', description: addressOnScreen ? 'on screen' : `below the fold (bottom at ${Math.round(addressBox!.y + addressBox!.height)} px)` });
  console.log(`Projector address line at 1280×800: ${addressOnScreen ? 'on screen' : `below the fold (bottom at ${Math.round(addressBox!.y + addressBox!.height)} px)`}`);
  expect(await readQr(page.locator('.join-qr-code'))).toBe(link);
  await page.setViewportSize({ width: 390, height: 844 });

  // 2. Six phones open the link from the projector and join with their names; so do the two
  // group devices (a tablet on each table). All at the same time, as in the room.
  const group1 = { Kari: ['Felles turnus', 'Digitalt tilsyn om natta'], Ola: ['Kortere morgenmøte'], Anne: ['Bedre vaktbytte'] };
  const group2 = { Per: ['felles turnus!'], Liv: ['Digitalt Tilsyn.'], Nils: ['Mer tid hos brukerne'] };
  const written: Record<string, string[]> = { ...group1, ...group2 };
  const names = Object.keys(written);
  const devices = await Promise.all([...names, 'Gruppe 1', 'Gruppe 2'].map((role) => newPhone(browser, testInfo, role, contexts, errors)));
  const phones: Record<string, Page> = Object.fromEntries(names.map((name, i) => [name, devices[i]]));
  const [g1, g2] = devices.slice(names.length);
  const kari = phones.Kari;
  await scan(kari, link);
  await expect(h1(kari)).toHaveText('Bli med i seminaret');
  await expect(kari.getByTestId('join')).toContainText(SEMINAR);
  await expectAccessible(kari);
  await shot(kari, 'join-screen');
  await Promise.all([
    ...names.map((name) => join(phones[name], link, name)),
    // Group 1's device makes "Gruppe 1" with the name left empty. Group 2's device cannot know
    // about group 1 (its own first group would be "Gruppe 1" too), so it types the name.
    groupDevice(g1, link, 'Bord 1', null),
    groupDevice(g2, link, 'Bord 2', 'Gruppe 2'),
  ]);
  const g1Url = g1.url();

  // 3. Kari starts the reflection timer; a reload a minute later keeps it running. Meanwhile
  // everyone writes; group 2 writes the same ideas as group 1 in another case and punctuation.
  const timer = kari.getByTestId('timer-reflection');
  const kariWrites = async () => {
    await expect(timer).toHaveText('5:00');
    await tap(kari, kari.getByRole('button', { name: 'Start', exact: true }));
    await kari.clock.runFor(61_000);
    await expect(timer).toHaveText(/^3:5[89]$/); // 3:59, or 3:58 if a real second passed too
    await kari.reload();
    await expect(timer).toHaveText(/^3:5\d$/); // not 5:00: a few real seconds may have passed
    await expect(kari.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    const afterReload = seconds((await timer.textContent())!);
    await kari.clock.runFor(10_000);
    await expect.poll(async () => seconds((await timer.textContent())!)).toBeLessThanOrEqual(afterReload - 10);
    for (const note of written.Kari) await writeNote(kari, note);
    // A reload after writing loses nothing.
    await kari.reload();
    await expect(kari.getByTestId('note-card')).toHaveCount(2);
    await expect(kari.getByTestId('note-card').nth(1).getByLabel('Potensiale for endring')).toHaveValue('Digitalt tilsyn om natta');
    await expect(kari.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    // At the top the big timer shows; scrolled down to the hand-over, the time left stays in
    // view as a bar.
    await kari.evaluate(() => window.scrollTo(0, 0));
    await expect(kari.getByTestId('timer-bar-reflection')).toBeHidden();
    await kari.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(kari.getByTestId('timer-bar-reflection')).toBeVisible();
    await expect(kari.getByTestId('timer-bar-reflection')).toContainText(/Refleksjonstid\s*[23]:\d\d/);
    await shot(kari, 'timer-bar');
    await kari.evaluate(() => window.scrollTo(0, 0));
    await expect(kari.getByTestId('timer-bar-reflection')).toBeHidden();
    // Kari shows her QR code to the group device.
    return showNotesQr(kari);
  };
  const othersWrite = async (name: string) => {
    for (const note of written[name]) await writeNote(phones[name], note);
    // Per shows his QR code; the others download their file. (Sending the file to the group
    // device — AirDrop, Nearby Share, mail — happens outside the app.)
    return name === 'Per' ? showNotesQr(phones.Per) : downloadNotes(phones[name], name, testInfo);
  };
  const [kariLink, ...handed] = await Promise.all([kariWrites(), ...names.slice(1).map(othersWrite)]);
  const handovers: Record<string, string> = Object.fromEntries(names.slice(1).map((name, i) => [name, handed[i]]));
  const perLink = handovers.Per;

  // 4. The notes reach the group devices.
  const group1Receives = async () => {
    // Kari's notes by her QR code: the preview says whose they are.
    await scan(g1, kariLink);
    const preview = g1.getByTestId('link-preview');
    await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Lapper fra Kari (2)');
    await expect(preview).toContainText(`Seminaret «${SEMINAR}»`);
    expect((await storedWorkspace(g1)).workspace.notes ?? []).toHaveLength(0); // nothing until the tap
    await expectAccessible(g1);
    await shot(g1, 'notes-preview');
    await tap(g1, preview.getByRole('button', { name: 'Legg til i Gruppe 1' }));
    await expect(g1).toHaveURL(g1Url);
    await expect(members(g1)).toHaveText(['Kari']);
    // Ola's and Anne's files in one pick.
    await pick(g1, g1.getByRole('button', { name: 'Velg filer med lapper' }), [handovers.Ola, handovers.Anne]);
    const results = g1.getByTestId('receive-results');
    await expect(results.locator('.receive-count')).toHaveText('2 deltakere mottatt');
    await expect(results.locator('li')).toHaveText(['Ola er lagt til med 1 lapp.', 'Anne er lagt til med 1 lapp.']);
    await expect(members(g1)).toHaveText(['Kari', 'Ola', 'Anne']);
    // A reload on the group device after members came in loses nothing.
    await g1.reload();
    await expect(members(g1)).toHaveText(['Kari', 'Ola', 'Anne']);
    await expect(g1.getByRole('group', { name: /^Kari/ }).getByTestId('note-card')).toHaveCount(2);
    await expectAccessible(g1);
    await shot(g1, 'group-members');
    await shot(g1, 'group-members-full', true);
    // The same file again adds no member and no note.
    await uncountedOn(g1, async () => {
      await pick(g1, g1.getByRole('button', { name: 'Velg filer med lapper' }), [handovers.Ola]);
      await expect(results.locator('li')).toHaveText(['Ola: 0 nye og 0 oppdaterte.']);
      await expect(members(g1)).toHaveText(['Kari', 'Ola', 'Anne']);
    });

    // Kari corrects a note and hands over again: the note is updated, no new member.
    await type(kari, kari.getByTestId('note-card').nth(1).getByLabel('Potensiale for endring'), 'Digitalt tilsyn');
    // Observed, not asserted: whether the open panel followed the edit (it did not, in this build).
    const stale = (await kari.getByTestId('share-notes').locator('input.share-link').inputValue()) === kariLink;
    test.info().annotations.push({ type: 'notes panel after an edit', description: stale ? 'still the old link and QR' : 'updated' });
    console.log(`Kari's open share panel after the edit: ${stale ? 'still the old link and QR' : 'updated'}`);
    // The open panel was made before the edit; closing and opening it again makes a current code.
    await tap(kari, kari.getByRole('button', { name: SHARE_NOTES }));
    const kariLink2 = await showNotesQr(kari);
    expect(kariLink2).not.toBe(kariLink);
    await receiveByLink(g1, kariLink2, 'Kari', 2, 'Gruppe 1');
    await expect(members(g1)).toHaveText(['Kari', 'Ola', 'Anne']);
    const kariNotes = g1.getByRole('group', { name: /^Kari/ }).getByTestId('note-card');
    await expect(kariNotes).toHaveCount(2);
    await expect(kariNotes.nth(1).getByLabel('Potensiale for endring')).toHaveValue('Digitalt tilsyn');
    // Saved (the app writes 300 ms after the last change).
    await expect.poll(async () => (await storedWorkspace(g1)).workspace.notes.filter((n: { potential: string }) => n.potential === 'Digitalt tilsyn').length).toBe(1);
    expect((await storedWorkspace(g1)).workspace.groups[0].members).toHaveLength(3);
  };
  const group2Receives = async () => {
    await receiveByLink(g2, perLink, 'Per', 1, 'Gruppe 2');
    await pick(g2, g2.getByRole('button', { name: 'Velg filer med lapper' }), [handovers.Liv, handovers.Nils]);
    await expect(g2.getByTestId('receive-results').locator('.receive-count')).toHaveText('2 deltakere mottatt');
    await expect(members(g2)).toHaveText(['Per', 'Liv', 'Nils']);
    // Per's link opened twice adds no member.
    await uncountedOn(g2, async () => {
      await receiveByLink(g2, perLink, 'Per', 1, 'Gruppe 2');
      await expect(members(g2)).toHaveText(['Per', 'Liv', 'Nils']);
      await expect(g2.getByRole('group', { name: /^Per/ }).getByTestId('note-card')).toHaveCount(1);
    });
  };
  await Promise.all([group1Receives(), group2Receives()]);

  // 5. Each group votes with its dots (three each), agrees, and shows its answer.
  const group1Votes = async () => {
    const voter = g1.getByLabel('Hvem stemmer?');
    await expect(voter.locator('option:checked')).toHaveText('Kari'); // the first member votes first
    await dots(g1, 'Felles turnus', 3);
    await choose(g1, voter, 'Ola');
    await dots(g1, 'Felles turnus', 1);
    await dots(g1, 'Digitalt tilsyn', 2);
    await choose(g1, voter, 'Anne');
    await dots(g1, 'Digitalt tilsyn', 1);
    await dots(g1, 'Kortere morgenmøte', 2);
    return agree(g1, [
      '1. Felles turnus – 4 prikker',
      '2. Digitalt tilsyn – 3 prikker',
      '3. Kortere morgenmøte – 2 prikker',
      '4. Bedre vaktbytte – 0 prikker',
    ]);
  };
  const group2Votes = async () => {
    const voter = g2.getByLabel('Hvem stemmer?');
    await expect(voter.locator('option:checked')).toHaveText('Per');
    await dots(g2, 'felles turnus!', 3);
    await choose(g2, voter, 'Liv');
    await dots(g2, 'Mer tid hos brukerne', 2);
    await choose(g2, voter, 'Nils');
    await dots(g2, 'Digitalt Tilsyn.', 1);
    return agree(g2, [
      '1. felles turnus! – 3 prikker',
      '2. Mer tid hos brukerne – 2 prikker',
      '3. Digitalt Tilsyn. – 1 prikk',
    ]);
  };
  const [answer1, answer2] = await Promise.all([group1Votes(), group2Votes()]);
  expect(answer1.agreed).toEqual(['Felles turnus', 'Digitalt tilsyn', 'Kortere morgenmøte']);
  expect(answer2.agreed).toEqual(['felles turnus!', 'Mer tid hos brukerne', 'Digitalt Tilsyn.']);

  // The facilitator scans each group's answer and takes it in.
  await page.goto(seminarUrl);
  await receiveAnswer(page, answer1.link, 'Gruppe 1', 3);
  const facilitatorForOneGroup = { ...counts['Tilrettelegger'] };
  await receiveAnswer(page, answer2.link, 'Gruppe 2', 3);

  // One entry per idea, with Borda points computed here from the agreed lists.
  const expected = new Map<string, number>();
  for (const list of [answer1.agreed, answer2.agreed]) {
    list.forEach((title, place) => {
      const key = normalise(title);
      expected.set(key, (expected.get(key) ?? 0) + (list.length - place));
    });
  }
  expect(Object.fromEntries(expected)).toEqual({
    'felles turnus': 6, 'digitalt tilsyn': 3, 'mer tid hos brukerne': 2, 'kortere morgenmøte': 1,
  });
  const ranking = page.getByTestId('combined-ranking').getByTestId('idea');
  const readRanking = async () => Promise.all((await ranking.all()).map(async (idea) => ({
    title: normalise((await idea.locator('.idea-title').textContent())!),
    points: (await idea.locator('.idea-points').textContent())!,
    rank: (await idea.locator('.rank').textContent())!,
  })));
  const expectedRows = [...expected.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([title, points], i) => ({ title, points: `${points} poeng`, rank: `${i + 1}.` }));
  await expect(ranking).toHaveCount(expected.size);
  expect(await readRanking()).toEqual(expectedRows);
  // The same idea from both groups was put together without anyone merging it.
  await expect(ranking.filter({ hasText: 'Samme idé fra 2 grupper: slått sammen av seg selv.' })).toHaveCount(2);
  await expect(page.getByTestId('merge-suggestions')).toHaveCount(0);
  // Saved (the app writes 300 ms after the last change), with no merge made by hand.
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.groups?.length).toBe(2);
  const collected = await storedWorkspace(page);
  expect((collected.workspace.syntheses ?? []).flatMap((s: { merges?: unknown[] }) => s.merges ?? [])).toEqual([]);
  await page.getByTestId('combined-ranking').scrollIntoViewIfNeeded();
  await shot(page, 'facilitator-ranking');
  await shot(page, 'facilitator-ranking-full', true);
  // A reload on the Samle page loses nothing.
  await page.reload();
  await expect(ranking).toHaveCount(expected.size);
  expect(await readRanking()).toEqual(expectedRows);

  // 6. What it took, per role.
  const table = Object.entries(counts).map(([role, c]) => ({ role, ...c, total: c.taps + c.typed + c.picks }));
  const oneGroup = ['Gruppe 1', 'Kari', 'Ola', 'Anne'].map((r) => counts[r]).concat(facilitatorForOneGroup);
  const subtotal = {
    taps: oneGroup.reduce((s, c) => s + c.taps, 0),
    typed: oneGroup.reduce((s, c) => s + c.typed, 0),
    picks: oneGroup.reduce((s, c) => s + c.picks, 0),
  };
  console.log('Trykk (taps), utfylte felt (typed) og filvalg (picks) per rolle:');
  console.table(table);
  console.log(`Én tilrettelegger, én gruppe og tre telefoner: ${subtotal.taps} trykk, ${subtotal.typed} felt, ${subtotal.picks} filvalg`);
  await testInfo.attach('taps', {
    body: JSON.stringify({ perRole: counts, oneFacilitatorOneGroupThreePhones: subtotal }, null, 2),
    contentType: 'application/json',
  });
  expect(subtotal.taps, 'taps for one facilitator, one group and three phones').toBeLessThanOrEqual(45);

  for (const context of contexts) await context.close();
  expect(errors, 'console errors on the other phones').toEqual([]);
});

// ---- Bad input ------------------------------------------------------------------------------

test('bad input in the room: a cut link, wrong files and an empty name change nothing', async ({ page, browser }, testInfo) => {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  // The group's device makes the seminar itself (it is also the facilitator here).
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill(SEMINAR);
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await page.getByText('Oppsett av seminaret').click();
  const [seminarDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned seminarfil' }).click(),
  ]);
  const seminarFile = testInfo.outputPath(seminarDownload.suggestedFilename());
  await seminarDownload.saveAs(seminarFile);
  const link = await seminarLinkFromProjector(page);
  await page.getByRole('link', { name: 'Tilbake til seminaret' }).click();
  await page.getByRole('button', { name: 'Lag gruppe' }).click();
  await expect(h1(page)).toHaveText('Gruppe 1');
  const groupUrl = page.url();

  // The Join screen refuses an empty name and stays.
  const phone = await newPhone(browser, testInfo, 'Kari', contexts, errors);
  await scan(phone, link);
  await phone.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(phone.getByRole('alert').filter({ hasText: 'Skriv navnet ditt først.' })).toBeVisible();
  await expect(phone.getByLabel('Navnet ditt')).toHaveAttribute('aria-invalid', 'true');
  await expect(phone.getByLabel('Navnet ditt')).toBeFocused();
  await expect(h1(phone)).toHaveText('Bli med i seminaret');
  expect(phone.url()).toContain('#/del/');
  expect(await storedWorkspace(phone)).toBeNull();
  // With a name it works, and Kari hands over a link.
  await phone.getByLabel('Navnet ditt').fill('Kari');
  await phone.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(h1(phone)).toHaveText(SEMINAR);
  await writeNote(phone, 'Felles turnus');
  const notesLink = await showNotesQr(phone);

  // The link cut in half, opened on the group device: a clear message, nothing changed.
  await expect.poll(() => storedWorkspace(page)).not.toBeNull();
  const before = await storedWorkspace(page);
  const data = notesLink.split('#/del/')[1];
  await page.goto(notesLink.slice(0, notesLink.length - Math.ceil(data.length / 2)));
  const alert = page.getByRole('alert').filter({ hasText: 'Lenken kunne ikke åpnes.' });
  await expect(alert).toContainText('Ingenting er endret.');
  await expect(page.getByRole('button', { name: /Legg til i|Lag en gruppe/ })).toHaveCount(0);
  expect((await storedWorkspace(page)).workspace).toEqual(before.workspace);

  // Files that are not a participant's notes: a message each, no member.
  await page.goto(groupUrl);
  await expect(h1(page)).toHaveText('Gruppe 1');
  const deep = '{"format":"gevinstverksted","version":1,"workspace":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
  await page.getByTestId('receive-files').setInputFiles([
    { name: seminarDownload.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(seminarFile) },
    { name: 'dyp.json', mimeType: 'application/json', buffer: Buffer.from(deep) },
  ]);
  const lines = page.getByTestId('receive-results').locator('li');
  await expect(lines).toHaveCount(2);
  const seminarName = seminarDownload.suggestedFilename();
  await expect(lines.nth(0)).toHaveText(`${seminarName} inneholder ikke lapper fra en deltaker.`);
  await expect(lines.nth(0)).toHaveClass(/error/);
  await expect(lines.nth(1)).toContainText('«dyp.json» ble ikke importert.');
  await expect(lines.nth(1)).toContainText('nøstet i flere nivåer (over 128)');
  await expect(lines.nth(1)).toContainText('Ingenting er endret.');
  await expect(page.getByTestId('receive-results').locator('.receive-count')).toHaveCount(0);
  await expect(members(page)).toHaveCount(0);
  expect((await storedWorkspace(page)).workspace).toEqual(before.workspace);

  for (const context of contexts) await context.close();
  expect(errors, 'console errors on the other phones').toEqual([]);
});
