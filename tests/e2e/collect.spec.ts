import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = `${dir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

/** One group on its own device: joins the seminar from its file, writes and agrees a list. */
async function groupAnswer(browser: Browser, seminarFile: string, name: string, list: string[], dir: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await open(page, '#/verksted');
  await page.getByTestId('import-file').setInputFiles(seminarFile);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await page.getByRole('link', { name: /Dialogseminar helse/ }).click();
  await page.getByLabel('Navn på ny gruppe (kan stå tomt)').fill(name);
  await page.getByRole('button', { name: 'Lag gruppe' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Anne');
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  for (const idea of list) {
    await page.getByRole('button', { name: '+ Ny lapp for Anne' }).click();
    await expect(page.locator(':focus')).toHaveAttribute('id', /^field-note-potential-/);
    await page.keyboard.type(idea);
    await page.locator('.note-card', { has: page.locator(':focus') }).getByLabel('Gevinst som kan oppnås').fill(`Gevinst av ${idea}`);
  }
  for (const idea of list) {
    await page.getByLabel('Legg til i prioriteringen').selectOption({ label: idea });
  }
  await expect(page.getByTestId('priority').locator('.priority-title')).toHaveText(list);
  await page.getByRole('button', { name: 'Vi er enige' }).click();
  const file = await download(page, 'Last ned fil til tilretteleggeren', dir);
  await context.close();
  return file;
}

const titles = (page: Page) => page.getByTestId('idea').locator('.idea-title');
const points = (page: Page) => page.getByTestId('idea').locator('.idea-points');

test('the facilitator collects three groups, merges across them, ranks, exports and promotes the top idea', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const dir = testInfo.outputDir;
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar helse');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await page.getByText('Oppsett av seminaret').click();
  const seminarFile = await download(page, 'Last ned seminarfil', dir);

  const files = [
    await groupAnswer(browser, seminarFile, 'Gruppe 1', ['Digitalt tilsyn', 'Felles turnus', 'Kortere morgenmøte'], dir),
    await groupAnswer(browser, seminarFile, 'Gruppe 2', ['Felles turnus', 'Digitalt tilsyn'], dir),
    await groupAnswer(browser, seminarFile, 'Gruppe 3', ['Sensorer om natten', 'Felles turnus i sonen'], dir),
  ];

  await open(page, '#/samle');
  await page.getByTestId('collect-files').setInputFiles(files);
  const results = page.getByTestId('collect-results').locator('li');
  await expect(results).toHaveText([
    'Gruppe 1: 3 forslag, 3 nye.',
    'Gruppe 2: 2 forslag, 2 nye.',
    'Gruppe 3: 2 forslag, 2 nye.',
  ]);
  // The same files again change nothing. (First let the debounced save of the import land.)
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.groups?.length).toBe(3);
  const before = await storedWorkspace(page);
  await page.getByTestId('collect-files').setInputFiles(files);
  await expect(results).toHaveText([
    'Gruppe 1: uendret, allerede samlet (3 forslag).',
    'Gruppe 2: uendret, allerede samlet (2 forslag).',
    'Gruppe 3: uendret, allerede samlet (2 forslag).',
  ]);
  await expect.poll(async () => (await storedWorkspace(page))?.workspace).toEqual(before.workspace);

  await page.getByRole('link', { name: /Dialogseminar helse/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  await expect(page.getByText('Samlet rangering med Borda-telling')).toBeVisible();
  // Borda: Gruppe 1 gives 3, 2, 1; Gruppe 2 gives 2, 1; Gruppe 3 gives 2, 1. The same words
  // from two groups are one idea without anyone merging them.
  await expect(titles(page)).toHaveText([
    'Digitalt tilsyn', 'Felles turnus', 'Sensorer om natten', 'Kortere morgenmøte', 'Felles turnus i sonen',
  ]);
  await expect(points(page)).toHaveText(['4 poeng', '4 poeng', '2 poeng', '1 poeng', '1 poeng']);
  await expect(page.getByTestId('idea').nth(1)).toContainText('Nevnt av: Gruppe 1 (2.), Gruppe 2 (1.)');
  await expect(page.getByTestId('idea').nth(1)).toContainText('Samme idé fra 2 grupper: slått sammen av seg selv.');

  // "Felles turnus i sonen" is likely the same: one tap merges it.
  const suggestions = page.getByTestId('merge-suggestions');
  await expect(suggestions).toContainText('«Felles turnus» og «Felles turnus i sonen»');
  await suggestions.getByRole('button', { name: /^Slå sammen/ }).click();
  await expect(suggestions).toHaveCount(0);
  await expect(titles(page)).toHaveText(['Felles turnus', 'Digitalt tilsyn', 'Sensorer om natten', 'Kortere morgenmøte']);
  await expect(points(page).first()).toHaveText('5 poeng');
  await expect(page.getByTestId('idea').first()).toContainText('Nevnt av: Gruppe 1 (2.), Gruppe 2 (1.), Gruppe 3 (2.)');
  // Split again, the pair is not offered again (remembered), and a merge by hand still works.
  await page.getByTestId('idea').first().getByRole('button', { name: /^Del opp/ }).click();
  await expect(titles(page)).toHaveCount(5);
  await expect(suggestions).toHaveCount(0);
  await page.getByTestId('idea').nth(4).getByRole('combobox').selectOption({ label: 'Felles turnus – Gruppe 1 (2.), Gruppe 2 (1.)' });
  await expect(titles(page)).toHaveText(['Felles turnus', 'Digitalt tilsyn', 'Sensorer om natten', 'Kortere morgenmøte']);
  await expect(points(page).first()).toHaveText('5 poeng');
  await page.reload();
  await expect(points(page).first()).toHaveText('5 poeng');
  await expect(suggestions).toHaveCount(0);

  // Filter and search.
  await page.getByLabel('Søk i forslagene').fill('sensor');
  await expect(titles(page)).toHaveText(['Sensorer om natten']);
  await page.getByLabel('Søk i forslagene').fill('');
  await expectAccessible(page);

  // CSV for Norwegian Excel.
  const csvPath = await download(page, 'Last ned CSV (Excel)', dir);
  const csv = await readFile(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).split('\r\n');
  expect(rows[0]).toBe('Plass;Forslag;Poeng;Antall grupper;Grupper;Snittplass;Gevinst;Type gevinst');
  expect(rows[1]).toBe('1;Felles turnus;5;3;Gruppe 1 (2.), Gruppe 2 (1.), Gruppe 3 (2.);1,67;"Gevinst av Felles turnus; Gevinst av Felles turnus i sonen";');

  // The projector view.
  await page.getByRole('link', { name: 'Vis på storskjerm' }).click();
  await expect(page.getByTestId('presentation').locator('.presentation-list li').first()).toContainText('Felles turnus');
  await page.getByRole('button', { name: 'Ett forslag om gangen' }).click();
  await expect(page.locator('.presentation-title')).toHaveText('Felles turnus');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.presentation-title')).toHaveText('Digitalt tilsyn');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Lukk storskjerm' }).click();

  // The top idea becomes an A3 sheet, linked back to the seminar.
  await page.getByTestId('idea').first().getByRole('button', { name: 'Lag A3-ark' }).click();
  await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue('Felles turnus');
  await expect(page.getByLabel('1. Begrunnelse')).toHaveValue(/^Forslag fra dialogseminaret «Dialogseminar helse», prioritert av Gruppe 1 \(2\.\), Gruppe 2 \(1\.\), Gruppe 3 \(2\.\)\./);
  await expect(page.getByTestId('sheet-source')).toContainText('Dialogseminar helse');
  await page.reload();
  await open(page, '#/a3');
  await expect(page.getByRole('list', { name: 'A3-ark' })).toContainText('Felles turnus');
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('idea').first().getByRole('link', { name: 'Åpne A3-arket' })).toBeVisible();
});

test('a group answer pasted as report text is collected once; garbage is refused', async ({ page }) => {
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar helse');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  const seminarUrl = page.url();
  await page.goto(seminarUrl.replace('#/verksted/', '#/samle/'));
  await expect(page.getByText('Ingen gruppesvar ennå.')).toBeVisible();
  const report = [
    'Gruppe 9 – Dialogseminar helse',
    'Hva har størst gevinstpotensiale og bør utforskes videre?',
    '',
    'Gruppens felles prioritering (enige 24.11.2026):',
    '1. Digitalt tilsyn om natten (Økonomisk, Kvalitet) – 3 prikker',
    '   Gevinst: 700 000 kr i året',
    '2. Kortere morgenmøte – 1 prikker',
    '',
    'Deltakere: Anne (tidtaker), Bjørn',
  ].join('\n');
  await page.getByText('Lim inn gruppesvar i stedet').click();
  const box = page.getByLabel('Teksten gruppen sendte (rapporttekst eller JSON)');
  const results = page.getByTestId('collect-results');
  await box.fill('Hei, her er ikke noe svar');
  await page.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(results).toContainText('Teksten ligner ikke på et gruppesvar');
  await box.fill('{"format": "gevinstverksted"');
  await page.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(results).toContainText('«Innlimt tekst» ble ikke importert.');
  await expect(titles(page)).toHaveCount(0);

  await box.fill(report);
  await page.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(results).toHaveText('Gruppe 9: 2 forslag, 2 nye.');
  await expect(titles(page)).toHaveText(['Digitalt tilsyn om natten', 'Kortere morgenmøte']);
  await box.fill(report);
  await page.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(results).toHaveText('Gruppe 9: uendret, allerede samlet (2 forslag).');
  await page.reload();
  await expect(titles(page)).toHaveText(['Digitalt tilsyn om natten', 'Kortere morgenmøte']);
  await expect(page.getByTestId('idea').first()).toContainText('Gevinst: 700 000 kr i året');
});
