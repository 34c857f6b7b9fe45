import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import type { Page, BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Creates a seminar in Verksted; the app opens it. */
async function newSeminar(page: Page, title: string) {
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill(title);
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Adds a note in the list the button belongs to and types it, keyboard only after the tap. */
async function writeNote(page: Page, addButton: string, potential: string, benefit: string, kind?: string) {
  await page.getByRole('button', { name: addButton }).click();
  // The new note's first field has focus, so typing goes straight into it.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('id', /^field-note-potential-/);
  await page.keyboard.type(potential);
  const card = page.getByTestId('note-card').filter({ has: focused });
  await card.getByLabel('Gevinst som kan oppnås').fill(benefit);
  if (kind) await card.getByLabel('Type gevinst').selectOption({ label: kind });
}

test('a participant writes three notes while the reflection timer runs; they survive a reload', async ({ page }) => {
  await page.clock.install();
  await newSeminar(page, 'Dialogseminar helse');
  await expect(page.getByText('Skriv ned aktuelle områder du ser har et potensiale for endring')).toBeVisible();
  const timer = page.getByTestId('timer-reflection');
  await expect(timer).toHaveText('5:00');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(61_000);
  await expect(timer).toHaveText('3:59');

  await writeNote(page, '+ Ny lapp', 'Felles turnus på tvers av avdelingene', 'Færre innleide vakter', 'Økonomisk');
  await writeNote(page, '+ Ny lapp', 'Digitalt tilsyn om natten', '700 000 kr i året');
  await page.clock.runFor(60_000);
  await writeNote(page, '+ Ny lapp', 'Kortere morgenmøte', 'Mer tid hos brukerne', 'Kvalitet');
  // Typing took a few real seconds on top of the two minutes the test moved the clock.
  await expect(timer).toHaveText(/^2:[0-5]\d$/);

  // The phone "sleeps" past the end: the clock, not the ticks, decides.
  await page.clock.runFor(200_000);
  await expect(timer).toHaveText('0:00');
  await expect(page.locator('.countdown.finished')).toContainText('Tiden er ute!');
  await expect(page.getByRole('status').filter({ hasText: 'Refleksjonstid: Tiden er ute!' })).toBeAttached();
  await expectAccessible(page);

  await page.reload();
  const cards = page.getByTestId('note-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0).getByLabel('Potensiale for endring')).toHaveValue('Felles turnus på tvers av avdelingene');
  await expect(cards.nth(0).getByLabel('Type gevinst')).toHaveValue('1');
  await expect(cards.nth(1).getByLabel('Gevinst som kan oppnås')).toHaveValue('700 000 kr i året');
  await expect(cards.nth(2).getByLabel('Type gevinst')).toHaveValue('2');
  const doc = await storedWorkspace(page);
  expect(doc.workspace.notes.map((n: { potential: string }) => n.potential)).toEqual([
    'Felles turnus på tvers av avdelingene', 'Digitalt tilsyn om natten', 'Kortere morgenmøte',
  ]);

  // Deleting a note can be undone.
  await cards.nth(1).getByRole('button', { name: 'Slett Lapp 2' }).click();
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(cards).toHaveCount(3);
});

test('the setup changes framing, timers and the timekeeper date, and rejects impossible numbers', async ({ page }) => {
  await newSeminar(page, 'Verdsettende seminar');
  await page.getByText('Oppsett av seminaret').click();
  const minutes = page.getByLabel('Minutter refleksjon');
  await minutes.fill('0');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Tilnærming').selectOption({ label: 'Verdsettende' });
  await expect(page.locator('.question').first()).toContainText('Hva ønsker vi å oppnå, hvilke drømmer har vi?');
  // Another field's edit is saved (and stamped) while the invalid entry waits: the field keeps
  // what was typed for the user to correct (it used to be rewritten to the stored 5, and a
  // correction typed just then became 57).
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.seminars[0]?.framing).toBe('appreciative');
  await expect(minutes).toHaveValue('0');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await minutes.fill('7');
  await expect(minutes).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('timer-reflection')).toHaveText('7:00');
  await page.locator('#field-reference-month').selectOption({ label: 'april' });
  await page.reload();
  await page.getByText('Oppsett av seminaret').click();
  await expect(page.getByLabel('Minutter refleksjon')).toHaveValue('7');
  await expect(page.locator('#field-reference-month')).toHaveValue('4');
  const doc = await storedWorkspace(page);
  expect(doc.workspace.seminars[0]).toMatchObject({
    framing: 'appreciative', reflection_minutes: 7, reference_date: { day: 20, month: 4 },
  });
  await expectAccessible(page);
});

async function participantFile(context: BrowserContext, seminarFile: string, dir: string): Promise<string> {
  const phone = await context.newPage();
  await open(phone, '#/verksted');
  await phone.getByTestId('import-file').setInputFiles(seminarFile);
  await phone.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await phone.getByRole('link', { name: /Dialogseminar helse/ }).click();
  await writeNote(phone, '+ Ny lapp', 'Digitalt tilsyn om natten', '700 000 kr i året', 'Økonomisk');
  await writeNote(phone, '+ Ny lapp', 'Felles turnus', 'Færre innleide vakter');
  // The hand-over carries a name: until one is given, there is nothing to hand over.
  await expect(phone.getByRole('button', { name: 'Last ned mine lapper' })).toHaveCount(0);
  await expect(phone.getByText('Skriv navnet ditt, så vet gruppen hvem lappene er fra.')).toBeVisible();
  await phone.locator('#field-handover-name').fill('Bjørn');
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Last ned mine lapper' }).click(),
  ]);
  // The file says whose it is.
  expect(download.suggestedFilename()).toMatch(/^lapper-dialogseminar-helse-bjørn-\d{4}-\d\d-\d\d\.json$/);
  const path = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return path;
}

async function addMember(page: Page, name: string, day?: string, month?: string) {
  await page.getByLabel('Navn', { exact: true }).fill(name);
  if (day) await page.locator('#field-member-birthday-day').selectOption(day);
  if (month) await page.locator('#field-member-birthday-month').selectOption({ label: month });
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(page.getByRole('list', { name: 'Deltakere' })).toContainText(name);
}

test('a group of four brings in notes, runs the turns, votes, agrees and copies its report', async ({ page, browser, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await newSeminar(page, 'Dialogseminar helse');
  await page.getByText('Oppsett av seminaret').click();
  const [seminarDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned seminarfil' }).click(),
  ]);
  expect(seminarDownload.suggestedFilename()).toMatch(/^seminar-dialogseminar-helse-\d{4}-\d\d-\d\d\.json$/);
  const seminarFile = testInfo.outputPath(seminarDownload.suggestedFilename());
  await seminarDownload.saveAs(seminarFile);

  // Bjørn writes on his own phone (another browser) and hands over a file.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const bjornFile = await participantFile(phoneContext, seminarFile, testInfo.outputDir);
  await phoneContext.close();

  // The group's device.
  await page.getByLabel('Navn på ny gruppe (kan stå tomt)').fill('Gruppe 3');
  await page.getByRole('button', { name: 'Lag gruppe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gruppe 3');

  // A birthday with a day but no month is refused with a message.
  await page.getByLabel('Navn', { exact: true }).fill('Anne');
  await page.locator('#field-member-birthday-day').selectOption('18');
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Velg både dag og måned' })).toBeVisible();
  await page.locator('#field-member-birthday-month').selectOption({ label: 'mars' });
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  await addMember(page, 'Bjørn');
  await addMember(page, 'Cecilie', '1', 'september');
  await addMember(page, 'Dag');
  await expect(page.getByTestId('timekeeper')).toHaveText('Anne er tidtaker og leder gruppen.');
  await expect(page.getByText('Anne har bursdag nærmest 20. mars.')).toBeVisible();

  // Notes: typed in for Anne and Cecilie, imported from Bjørn's phone (twice: no duplicates).
  await writeNote(page, '+ Ny lapp for Anne', 'Tilsyn med sensor', 'Bedre søvn for beboerne', 'Kvalitet');
  await writeNote(page, '+ Ny lapp for Cecilie', 'Kortere morgenmøte', 'Mer tid hos brukerne', 'Kvalitet');
  const bjorn = page.getByRole('group', { name: /^Bjørn/ });
  await bjorn.getByTestId(/^import-member-/).setInputFiles(bjornFile);
  await expect(bjorn.getByTestId('import-message')).toHaveText('2 nye og 0 oppdaterte lapper fra Bjørn.');
  await bjorn.getByTestId(/^import-member-/).setInputFiles(bjornFile);
  await expect(bjorn.getByTestId('import-message')).toHaveText('0 nye og 0 oppdaterte lapper fra Bjørn.');
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);
  // Pasted garbage is refused in Norwegian and changes nothing.
  await bjorn.getByText('Lim inn tekst for Bjørn').click();
  await bjorn.getByLabel('Innholdet i filen (JSON)').fill('{"dette": "er ikke en fil"');
  await bjorn.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(bjorn.getByTestId('import-message')).toContainText('«Innlimt tekst» ble ikke importert.');
  await expect(bjorn.getByTestId('import-message')).toContainText('Ingenting er endret.');
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);

  // The round: two minutes each, the timekeeper first; the test drives the clock.
  const speaker = page.getByTestId('speaker');
  const turn = page.getByTestId('timer-turn');
  await expect(speaker).toHaveText('Anne har ordet (1 av 4)');
  await expect(turn).toHaveText('2:00');
  await page.locator('.step', { has: speaker }).getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(120_000);
  await expect(turn).toHaveText('0:00');
  await page.getByRole('button', { name: 'Neste deltaker' }).click();
  await expect(speaker).toHaveText('Bjørn har ordet (2 av 4)');
  await expect(page.getByRole('list', { name: 'Lappene til den som har ordet' })).toContainText('Digitalt tilsyn om natten');
  await page.clock.runFor(30_000);
  await expect(turn).toHaveText('1:30');
  // A reload (or a tab the phone discarded) continues the round where it was: whose turn,
  // the time left, still running.
  await page.reload();
  await expect(speaker).toHaveText('Bjørn har ordet (2 av 4)');
  await expect(turn).toHaveText(/^1:[23]\d$/);
  await page.clock.runFor(10_000);
  await expect(turn).toHaveText(/^1:[12]\d$/);
  await page.getByRole('button', { name: 'Neste deltaker' }).click();
  await page.getByRole('button', { name: 'Neste deltaker' }).click();
  await expect(speaker).toHaveText('Dag har ordet (4 av 4)');
  await page.getByRole('button', { name: 'Neste deltaker' }).click();
  await expect(page.getByText('Alle har hatt ordet.')).toBeVisible();

  // Similar ideas under one heading.
  await page.getByLabel('Slå «Tilsyn med sensor» sammen med').selectOption({ label: 'Digitalt tilsyn om natten' });
  await expect(page.getByLabel('Overskrift')).toHaveValue('Digitalt tilsyn om natten');

  // Dot voting, three dots each.
  const voter = page.getByLabel('Hvem stemmer?');
  const give = (title: string) => page.getByRole('button', { name: `Gi prikk til «${title}»` });
  await voter.selectOption({ label: 'Anne' });
  await give('Digitalt tilsyn om natten').click();
  await give('Digitalt tilsyn om natten').click();
  await give('Kortere morgenmøte').click();
  await expect(page.getByTestId('dots-left')).toHaveText('Anne har 0 av 3 prikker igjen.');
  await expect(give('Felles turnus')).toBeDisabled();
  await voter.selectOption({ label: 'Bjørn' });
  await give('Felles turnus').click();
  await give('Kortere morgenmøte').click();
  await voter.selectOption({ label: 'Cecilie' });
  await give('Digitalt tilsyn om natten').click();
  await expect(page.getByTestId('ranking').locator('li')).toHaveText([
    '1. Digitalt tilsyn om natten – 3 prikker',
    '2. Kortere morgenmøte – 2 prikker',
    '3. Felles turnus – 1 prikk',
  ]);

  // The joint prioritisation: proposed from the dots, edited, agreed.
  await page.getByRole('button', { name: 'Foreslå fra prikkene' }).click();
  const priority = page.getByTestId('priority').locator('.priority-title');
  await expect(priority).toHaveText(['Digitalt tilsyn om natten', 'Kortere morgenmøte', 'Felles turnus']);
  await page.getByRole('button', { name: 'Flytt «Felles turnus» opp' }).click();
  await expect(priority).toHaveText(['Digitalt tilsyn om natten', 'Felles turnus', 'Kortere morgenmøte']);
  await page.getByRole('button', { name: 'Vi er enige' }).click();
  await expect(page.getByTestId('agreed')).toContainText('Gruppen ble enige');
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByTestId('agreed')).toContainText('Gruppen ble enige');
  await expect(priority).toHaveText(['Digitalt tilsyn om natten', 'Felles turnus', 'Kortere morgenmøte']);

  // The report, copied as text for Teams.
  await page.getByRole('button', { name: 'Kopier tekst' }).click();
  await expect(page.getByText('Kopiert.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel('Tekst til Teams eller chat').inputValue());
  expect(copied).toMatch(/^Gruppe 3 – Dialogseminar helse\nHva har størst gevinstpotensiale og bør utforskes videre\?\n\nGruppens felles prioritering \(enige \d\d\.\d\d\.\d{4}\):\n/);
  expect(copied).toContain('1. Digitalt tilsyn om natten (Økonomisk, Kvalitet) – 3 prikker\n   Gevinst: 700 000 kr i året; Bedre søvn for beboerne\n   Lapper: Digitalt tilsyn om natten; Tilsyn med sensor\n');
  expect(copied).toContain('2. Felles turnus – 1 prikk\n   Gevinst: Færre innleide vakter\n');
  expect(copied).toContain('3. Kortere morgenmøte (Kvalitet) – 2 prikker\n');
  expect(copied).toContain('\nDeltakere: Anne (tidtaker), Bjørn, Cecilie, Dag\n');

  // And as a file for the facilitator: the seminar, the group and its five notes.
  const [groupDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned fil til tilretteleggeren' }).click(),
  ]);
  expect(groupDownload.suggestedFilename()).toMatch(/^gruppe-dialogseminar-helse-gruppe-3-\d{4}-\d\d-\d\d\.json$/);
  const answer = JSON.parse(await readFile(await groupDownload.path(), 'utf8'));
  expect(answer.kind).toBe('workspace');
  expect(answer.workspace.groups).toHaveLength(1);
  expect(answer.workspace.notes).toHaveLength(4);
  expect(answer.workspace.groups[0].agreed).toEqual(expect.any(Number));
});

test('a task review triages a shift by category and reports it as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newSeminar(page, 'Oppgaveforskyvning');
  await page.getByLabel('Navn på ny gjennomgang (f.eks. «Dagvakt»)').fill('Dagvakt');
  await page.getByRole('button', { name: 'Start gjennomgang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dagvakt');

  await page.getByRole('button', { name: 'Legg til oppgave' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv oppgaven først.' })).toBeVisible();
  for (const [category, task] of [
    ['Helsehjelp', 'Svare på e-meldinger'],
    ['Måltider', 'Kaste/veie søppel'],
    ['Måltider', 'Dekke bordet'],
  ]) {
    await page.getByLabel('Kategori').fill(category);
    await page.locator('#field-task-text').fill(task);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('task-row')).toHaveCount(3);
  await page.getByRole('group', { name: 'Vurdering av «Svare på e-meldinger»' }).getByText('Må gjøres nå').click();
  await page.getByRole('group', { name: 'Vurdering av «Kaste/veie søppel»' }).getByText('Kan droppes').click();
  await expect(page.getByTestId('triage-summary')).toHaveText('Må gjøres nå: 1 · I løpet av uken: 0 · Kan droppes: 1 · Ikke vurdert: 1');
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Vurdering av «Kaste/veie søppel»' }).getByLabel('Kan droppes')).toBeChecked();
  await page.getByRole('button', { name: 'Kopier tekst' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    'Dagvakt\n\nMå gjøres nå (1):\n- Svare på e-meldinger (Helsehjelp)\n\nKan droppes (1):\n- Kaste/veie søppel (Måltider)\n\nIkke vurdert (1):\n- Dekke bordet (Måltider)\n',
  );

  // Moved to the trash, it leaves the seminar and can be restored from Papirkurv.
  await page.getByRole('button', { name: 'Flytt gjennomgangen til papirkurven' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oppgaveforskyvning');
  await expect(page.getByRole('link', { name: /Dagvakt/ })).toHaveCount(0);
  await open(page, '#/papirkurv');
  await page.getByRole('button', { name: 'Gjenopprett – Dagvakt' }).click();
  await page.goBack();
  await expect(page.getByRole('link', { name: /Dagvakt/ })).toBeVisible();
});
