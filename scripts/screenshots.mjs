// Screenshots of every screen at phone (390×844) and desktop (1280×800) size, from the release
// build in dist/. Usage: make screenshots  (writes docs/screenshots/*.png)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

const PORT = 4174;
const out = 'docs/screenshots';
await mkdir(out, { recursive: true });
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  // Norwegian locale: dates show as dd.mm.åååå, as users see them.
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const sizes = [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]];
  // Every screen in light and in dark mode (the phone's setting); dark ones end in "-dark".
  for (const [scheme, [size, viewport]] of ['light', 'dark'].flatMap((scheme) => sizes.map((s) => [scheme, s]))) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo', colorScheme: scheme, bypassCSP: true }); // lets the style below in
    // A full-page screenshot does not render rows that `content-visibility: auto` skips while
    // they are off screen (a user scrolling sees them); show them all for the picture.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '.note-card, .row-card, .idea-card, .task-row { content-visibility: visible !important; }';
      document.head.append(style);
    }));
    const base = `http://127.0.0.1:${PORT}/`;
    // The loading screen (issue 19): what a phone shows while the participant's wasm downloads.
    const loading = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'nb-NO', colorScheme: scheme });
    await loading.route('**/*_bg.wasm', () => {}); // never answered: the app does not start
    await loading.goto(`${base}deltaker.html`);
    await loading.getByRole('heading', { name: 'Gevinstverksted starter …' }).waitFor();
    await loading.screenshot({ path: `${out}/loading-${size}${suffix}.png` });
    await loading.close();
    await page.goto(`${base}#/a3`);
    await page.getByLabel('Tittel på nytt A3-ark').fill('Færre overliggere på sykehus');
    await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
    await page.getByLabel('Enhet / ansvar').fill('3412 Stokkbakken omsorgssenter');
    await page.getByLabel('1. Begrunnelse').fill('290 liggedøgn overliggere jan–feb 2024. Hver døgn koster kommunen penger og pasienten tid.');
    await page.getByLabel('2. Nåsituasjonen').fill('Utskrivning skjer sent på dagen; vedtak om plass tar tid.');
    await page.getByLabel('6. Måling').fill('Liggedøgn per måned, sykefravær per kvartal.');
    await page.getByRole('button', { name: 'Legg til gevinst' }).click();
    await page.locator('.benefit-row').getByLabel('Beskrivelse').fill('Lavere kostnad til overliggere');
    await page.locator('.benefit-row').getByLabel('Kroner per år').fill('1 400 000');
    for (const [name, fte, amount] of [['Reduksjon nattetjeneste', '2', '1400000'], ['Bemanningstilpasning Dag / Aftenskift', '1', '700000']]) {
      await page.getByRole('button', { name: 'Legg til tiltak' }).click();
      const row = page.locator('.measure-row').last();
      await row.getByLabel('Tiltak', { exact: true }).fill(name);
      await row.getByLabel('Årsverk').fill(fte);
      await row.getByLabel('Kostnad / beløp (kr)').fill(amount);
      await row.getByLabel('Status', { exact: true }).selectOption({ label: 'Iverksatt' });
      await row.getByLabel('Dato for status').fill('2025-01-06');
    }
    await page.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    await page.locator('.budget-row').getByLabel('Linje', { exact: true }).fill('Budsjett 2024');
    await page.locator('.budget-row').getByLabel('Budsjett (kr)').fill('258 427 430');
    await page.locator('.budget-row').getByLabel('Regnskap (kr)').fill('276 852 904');
    await page.getByRole('button', { name: 'Legg til indikator' }).click();
    const ind = page.locator('.indicator-row');
    await ind.getByLabel('Indikator', { exact: true }).fill('Overliggere på sykehus');
    await ind.getByLabel('Enhet', { exact: true }).selectOption({ label: 'liggedøgn' });
    await ind.getByLabel('Nullpunkt', { exact: true }).fill('290');
    await ind.getByLabel('Mål', { exact: true }).fill('15');
    for (const [date, value] of [['2024-02-29', '290'], ['2024-09-30', '120'], ['2025-02-28', '15']]) {
      await ind.getByRole('button', { name: 'Legg til måling' }).click();
      await ind.locator('.measurement-row').last().getByLabel('Dato').fill(date);
      await ind.locator('.measurement-row').last().getByLabel('Verdi').fill(value);
    }
    await page.locator('h1').click(); // leave the last field so it shows formatted
    await page.screenshot({ path: `${out}/a3-sheet-${size}${suffix}.png`, fullPage: true });
    await page.locator('.indicator-row').screenshot({ path: `${out}/a3-indicator-${size}${suffix}.png` });
    await page.locator('.measure-row').first().screenshot({ path: `${out}/a3-measure-${size}${suffix}.png` });
    if (size === 'desktop' && scheme === 'light') {
      // The printed document follows the last edit after half a second (src/ui/a3/printed.rs).
      await page.waitForTimeout(700);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 1511, height: 1047 }); // A3 landscape minus margins, 96 dpi
      await page.screenshot({ path: `${out}/a3-print.png` });
      await page.pdf({ path: 'target/a3-print.pdf', preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(viewport);
    }
    // A programme with the sheet under focus area II, a comment, a milestone and a risk.
    const sheetUrl = page.url();
    await page.goto(`${base}#/program`);
    await page.getByLabel('Navn på nytt program').fill('Omstillingsprosess helse og velferd');
    await page.getByRole('button', { name: 'Opprett program' }).click();
    await page.getByLabel('Overordnet målsetting').fill('En organisasjonskultur preget av samhandling, og en økonomi som setter oss i stand til å møte framtidas innbyggerbehov');
    for (const [goal, done] of [['Avklare rolledeling', true], ['Plan for implementering', false]]) {
      await page.getByRole('button', { name: 'Legg til resultatmål' }).click();
      await page.getByLabel('Resultatmål', { exact: true }).last().fill(goal);
      if (done) await page.getByLabel('Levert').last().check();
    }
    await page.getByRole('button', { name: 'Legg til effektmål' }).click();
    await page.getByLabel('Effektmål', { exact: true }).last().fill('Sektoren har god ressursutnytting');
    for (const area of ['Iverksette enkelttiltak definert i PwC-rapporten', 'Redusere bemanningsnorm i alle tjenestene']) {
      await page.getByRole('button', { name: 'Legg til fokusområde' }).click();
      await page.getByTestId('focus-area').last().getByLabel('Tittel').fill(area);
    }
    const programmeUrl = page.url();
    await page.goto(sheetUrl);
    await page.getByLabel('Program', { exact: true }).selectOption({ label: 'Omstillingsprosess helse og velferd' });
    await page.getByLabel('Fokusområde', { exact: true }).selectOption({ index: 2 });
    const measure = page.locator('.measure-row').first();
    await measure.getByText('Kommentarer (0)').click();
    for (const [date, text] of [['2024-06-01', 'Planlagt reduksjon 2 årsverk.'], ['2025-12-31', 'Dette har ikke lyktes fullt ut da brukere i snitt har høyere pleiebehov.']]) {
      await measure.getByLabel('Dato', { exact: true }).fill(date);
      await measure.getByLabel('Ny kommentar').fill(text);
      await measure.getByRole('button', { name: 'Legg til kommentar' }).click();
    }
    await page.goto(programmeUrl);
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    const milestone = page.getByTestId('milestone').last();
    await milestone.getByLabel('År', { exact: true }).fill('2025');
    await milestone.getByLabel('Milepæl', { exact: true }).fill('Årsrapport des. 2024');
    await milestone.getByLabel('Frist', { exact: true }).fill('2025-01-15');
    await page.getByRole('button', { name: 'Legg til risiko' }).click();
    const risk = page.getByTestId('risk').last();
    await risk.getByLabel('Beskrivelse').fill('Motstand mot endring i ulike prosjektfaser');
    await risk.getByLabel('Sannsynlighet (1–5)').selectOption('4');
    await risk.getByLabel('Konsekvens (1–5)').selectOption('4');
    await risk.getByLabel('Eier').fill('Kommunalsjef');
    await page.locator('h1').click();
    await page.screenshot({ path: `${out}/programme-${size}${suffix}.png`, fullPage: true });
    await page.getByRole('link', { name: 'Lag statusrapport' }).click();
    await page.getByLabel('Rapportdato').fill('2025-12-31');
    await page.getByTestId('status-report').waitFor();
    await page.screenshot({ path: `${out}/status-report-${size}${suffix}.png`, fullPage: true });
    if (size === 'desktop' && scheme === 'light') {
      // The printed document follows the last edit after half a second (src/ui/a3/printed.rs).
      await page.waitForTimeout(700);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 680, height: 1010 }); // A4 portrait minus margins, 96 dpi
      await page.screenshot({ path: `${out}/status-report-print.png`, fullPage: true });
      await page.pdf({ path: 'target/status-report-print.pdf', preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(viewport);
    }
    await page.goto(`${base}#/verksted`);
    await page.getByLabel('Navn på nytt seminar').fill('Dialogseminar 20. mars');
    await page.getByRole('button', { name: 'Nytt seminar' }).click();
    // The participant's phone during reflection: timer running, two notes written.
    const seminarUrl = page.url();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    for (const [potential, benefit] of [['Felles turnus på tvers av avdelingene', 'Færre innleide vakter'], ['Digitalt tilsyn om natten', '700 000 kr i året']]) {
      await page.getByRole('button', { name: '+ Ny lapp' }).click();
      await page.waitForFunction(() => document.activeElement?.id.startsWith('field-note-potential-'));
      await page.keyboard.type(potential);
      await page.getByTestId('note-card').last().getByLabel('Gevinst som kan oppnås').fill(benefit);
    }
    await page.getByTestId('note-card').first().getByLabel('Type gevinst').selectOption({ label: 'Økonomisk' });
    await page.locator('h1').click();
    await page.screenshot({ path: `${out}/seminar-${size}${suffix}.png`, fullPage: true });
    await page.getByText('Oppsett av seminaret').click();
    await page.locator('details.setup').getByRole('button', { name: 'Del seminaret (lenke eller QR-kode)' }).click();
    await page.getByTestId('share-seminar').screenshot({ path: `${out}/share-${size}${suffix}.png` });
    const joinLink = await page.getByTestId('share-seminar').locator('input.share-link').inputValue();
    await page.getByText('Oppsett av seminaret').click();
    // The room: the projector's join code, Bli med on a fresh phone, and that phone's hand-over.
    await page.getByRole('link', { name: 'Vis QR for deltakerne' }).click();
    await page.getByTestId('join-qr').waitFor();
    await page.screenshot({ path: `${out}/join-qr-${size}${suffix}.png` });
    await page.goto(seminarUrl);
    const phone = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo', colorScheme: scheme });
    await phone.goto(joinLink);
    await phone.getByTestId('join').waitFor();
    await phone.screenshot({ path: `${out}/join-${size}${suffix}.png`, fullPage: true });
    await phone.getByLabel('Navnet ditt').fill('Kari');
    await phone.getByRole('button', { name: 'Bli med' }).click();
    await phone.getByRole('button', { name: '+ Ny lapp' }).click();
    await phone.keyboard.type('Felles turnus på tvers');
    await phone.getByRole('button', { name: /^Vis lappene mine som QR-kode/ }).click();
    const notesLink = await phone.getByTestId('share-notes').locator('input.share-link').inputValue();
    await phone.locator('.give-notes').screenshot({ path: `${out}/handover-${size}${suffix}.png` });
    await phone.close();
    // A group that has voted and agreed.
    await page.getByLabel('Navn på ny gruppe (kan stå tomt)').fill('Gruppe 3');
    await page.getByRole('button', { name: 'Lag gruppe' }).click();
    for (const [name, day, month] of [['Anne', '18', 'mars'], ['Bjørn'], ['Cecilie', '1', 'september']]) {
      await page.getByLabel('Navn', { exact: true }).fill(name);
      if (day) await page.locator('#field-member-birthday-day').selectOption(day);
      if (month) await page.locator('#field-member-birthday-month').selectOption({ label: month });
      await page.getByRole('button', { name: 'Legg til deltaker' }).click();
    }
    for (const [name, potential, benefit] of [['Anne', 'Tilsyn med sensor', 'Bedre søvn'], ['Bjørn', 'Digitalt tilsyn om natten', '700 000 kr i året'], ['Cecilie', 'Kortere morgenmøte', 'Mer tid hos brukerne']]) {
      await page.getByRole('button', { name: `+ Ny lapp for ${name}` }).click();
      await page.waitForFunction(() => document.activeElement?.id.startsWith('field-note-potential-'));
      await page.keyboard.type(potential);
      await page.getByTestId('note-card').last().getByLabel('Gevinst som kan oppnås').fill(benefit);
    }
    await page.getByLabel('Slå «Tilsyn med sensor» sammen med').selectOption({ label: 'Digitalt tilsyn om natten' });
    for (const [voter, titles] of [['Anne', ['Digitalt tilsyn om natten', 'Digitalt tilsyn om natten', 'Kortere morgenmøte']], ['Bjørn', ['Kortere morgenmøte']]]) {
      await page.getByLabel('Hvem stemmer?').selectOption({ label: voter });
      for (const title of titles) await page.getByRole('button', { name: `Gi prikk til «${title}»` }).click();
    }
    await page.getByRole('button', { name: 'Foreslå fra prikkene' }).click();
    await page.getByRole('button', { name: 'Vi er enige' }).click();
    await page.screenshot({ path: `${out}/group-${size}${suffix}.png`, fullPage: true });
    // Samle: this group's answer plus a second group's, pasted as report text.
    const groupUrl = page.url();
    // Kari's hand-over opened on the group's device: what it is, and one tap adds her.
    await page.goto(notesLink);
    await page.getByTestId('link-preview').waitFor();
    await page.screenshot({ path: `${out}/notes-preview-${size}${suffix}.png` });
    await page.getByTestId('link-preview').getByRole('button', { name: 'Legg til i Gruppe 3' }).click();
    await page.locator('.receive').waitFor();
    await page.getByRole('list', { name: 'Deltakere' }).screenshot({ path: `${out}/group-members-${size}${suffix}.png` });
    const collectUrl = seminarUrl.replace('#/verksted/', '#/samle/');
    await page.goto(collectUrl);
    await page.getByText('Lim inn gruppesvar i stedet').click();
    await page.getByLabel('Teksten gruppen sendte (rapporttekst eller JSON)').fill([
      'Gruppe 4 – Dialogseminar 20. mars', '', 'Gruppens felles prioritering (enige 24.11.2026):',
      '1. Kortere morgenmøte (Kvalitet) – 3 prikker', '   Gevinst: Mer tid hos brukerne',
      '2. Felles turnus på tvers (Økonomisk) – 2 prikker', '   Gevinst: Færre innleide vakter',
      '3. Digitalt tilsyn om natten (Økonomisk) – 1 prikker', '   Gevinst: 700 000 kr i året',
    ].join('\n'));
    await page.getByRole('button', { name: 'Importer teksten' }).click();
    await page.getByTestId('idea').first().waitFor();
    await page.screenshot({ path: `${out}/collect-seminar-${size}${suffix}.png`, fullPage: true });
    await page.getByRole('link', { name: 'Vis på storskjerm' }).click();
    await page.getByTestId('presentation').waitFor();
    await page.screenshot({ path: `${out}/presentation-${size}${suffix}.png` });
    await page.goto(groupUrl);
    await page.locator('.step', { has: page.getByTestId('speaker') }).screenshot({ path: `${out}/group-round-${size}${suffix}.png` });
    // A task review.
    await page.goto(seminarUrl);
    await page.getByLabel('Navn på ny gjennomgang (f.eks. «Dagvakt»)').fill('Dagvakt');
    await page.getByRole('button', { name: 'Start gjennomgang' }).click();
    for (const [category, task, triage] of [['Helsehjelp', 'Svare på e-meldinger', 'Må gjøres nå'], ['Måltider', 'Dekke bordet', 'Kan gjøres i løpet av uken'], ['Måltider', 'Kaste/veie søppel', 'Kan droppes']]) {
      await page.getByLabel('Kategori').fill(category);
      await page.locator('#field-task-text').fill(task);
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: `Vurdering av «${task}»` }).getByText(triage).click();
    }
    await page.screenshot({ path: `${out}/task-review-${size}${suffix}.png`, fullPage: true });
    for (const [name, hash] of [['home', '#/'], ['workshop', '#/verksted'], ['collect', '#/samle'], ['a3-list', '#/a3'], ['about', '#/om'], ['trash', '#/papirkurv']]) {
      await page.goto(`${base}${hash}`);
      await page.waitForSelector('h1');
      await page.screenshot({ path: `${out}/${name}-${size}${suffix}.png`, fullPage: true });
    }
    // The same home screen in nynorsk and English.
    for (const lang of ['nn', 'en']) {
      await page.evaluate((code) => localStorage.setItem('gevinstverksted.language', code), lang);
      await page.goto(`${base}#/verksted`);
      await page.reload();
      await page.waitForSelector(`html[lang=${lang}]`);
      await page.screenshot({ path: `${out}/workshop-${lang}-${size}${suffix}.png`, fullPage: true });
    }
    await page.evaluate(() => localStorage.removeItem('gevinstverksted.language'));
    await page.reload();
    await page.waitForSelector('html[lang=nb]');
    // A first-run phone: the example offered on an empty home screen.
    if (size === 'phone') {
      const fresh = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'nb-NO', colorScheme: scheme });
      await fresh.goto(base);
      await fresh.waitForSelector('.example-card');
      await fresh.screenshot({ path: `${out}/first-run-${size}${suffix}.png`, fullPage: true });
      await fresh.close();
    }
    // Let the pending save land first, or it (rightly) overwrites the corruption on pagehide.
    await page.goto(`${base}#/`);
    await page.getByText('Lagret på denne enheten').waitFor();
    await page.evaluate(() => localStorage.setItem('gevinstverksted.workspace', '{broken'));
    await page.reload();
    await page.waitForSelector('[data-testid=quarantine-banner]');
    await page.screenshot({ path: `${out}/quarantine-${size}${suffix}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${out}/`);
