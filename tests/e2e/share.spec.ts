import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import type { Page, Locator } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

async function newSeminar(page: Page, title: string) {
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill(title);
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Decodes the QR code drawn in `qr` (a screenshot of the rendered SVG). */
async function readQr(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function seminarLink(page: Page): Promise<string> {
  await page.getByText('Oppsett av seminaret').click();
  const setup = page.locator('details.setup');
  await setup.getByRole('button', { name: 'Del seminaret (lenke eller QR-kode)' }).click();
  const panel = page.getByTestId('share-seminar');
  await expect(panel).toBeVisible();
  return panel.getByLabel(/^Lenke/).inputValue();
}

test('a seminar shared by link and QR code opens in another browser as Bli med', async ({ page, browser }) => {
  await newSeminar(page, 'Dialogseminar helse');
  const link = await seminarLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2331);
  // The QR code on screen holds exactly the link.
  expect(await readQr(page.getByTestId('share-seminar').locator('.qr-code'))).toBe(link);
  await expectAccessible(page);

  const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await other.goto(link);
  // The link names the seminar before anything changes.
  const join = other.getByTestId('join');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bli med i seminaret');
  await expect(join.getByRole('heading', { level: 2 })).toHaveText('Dialogseminar helse');
  await expect(join).toContainText('Spørsmålet: Skriv ned aktuelle områder');
  expect(await storedWorkspace(other)).toBeNull(); // nothing until confirmed
  await expectAccessible(other);
  await join.getByLabel('Navnet ditt').fill('Kari');
  await join.getByRole('button', { name: 'Bli med' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  expect(other.url()).not.toContain('#/del/');
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  await expect(other.getByLabel('Navnet ditt')).toHaveValue('Kari');
  await other.context().close();
});

test('a participant hands notes to the group by link: the member appears by name; the same link again adds nothing', async ({ page, browser }) => {
  // The group's device: a seminar and a group, no member typed in.
  await newSeminar(page, 'Dialogseminar helse');
  const link = await seminarLink(page);
  await page.getByLabel('Navn på ny gruppe (kan stå tomt)').fill('Gruppe 1');
  await page.getByRole('button', { name: 'Lag gruppe' }).click();
  const groupUrl = page.url();

  // Bjørn's phone joins by link and writes two notes.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link);
  await phone.getByLabel('Navnet ditt').fill('Bjørn');
  await phone.getByRole('button', { name: 'Bli med' }).click();
  for (const text of ['Digitalt tilsyn om natten', 'Felles turnus']) {
    await phone.getByRole('button', { name: '+ Ny lapp' }).click();
    await expect(phone.locator(':focus')).toHaveAttribute('id', /^field-note-potential-/);
    await phone.keyboard.type(text);
  }
  await phone.locator('.share-row').getByRole('button', { name: 'Vis lappene mine som QR-kode (eller lenke, fil)' }).click();
  const notesLink = await phone.getByTestId('share-notes').getByLabel(/^Lenke/).inputValue();
  // Without Web Share (desktop Chromium), "Del fil" downloads the file instead; its name says whose.
  const [file] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByTestId('share-notes').getByRole('button', { name: 'Del fil …' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^lapper-dialogseminar-helse-bjørn-\d{4}-\d\d-\d\d\.json$/);
  await expect(phone.getByTestId('share-notes')).toContainText('så filen er lastet ned');
  await phone.context().close();

  // The group device opens the link (as the camera app would): one tap adds Bjørn and his notes.
  await page.goto(notesLink);
  const preview = page.getByTestId('link-preview');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Lapper fra Bjørn (2)');
  await expectAccessible(page);
  await preview.getByRole('button', { name: 'Legg til i Gruppe 1' }).click();
  // The notes link opens the participant entry, which holds the group's screen too.
  await expect(page).toHaveURL(groupUrl.replace('/#/', '/deltaker.html#/'));
  await expect(page.getByRole('list', { name: 'Deltakere' })).toContainText('Bjørn');
  const bjorn = page.getByRole('group', { name: /^Bjørn/ });
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);
  // The same link pasted into Bjørn's import box adds nothing.
  await bjorn.getByText('Lim inn tekst for Bjørn').click();
  await bjorn.getByLabel('Innholdet i filen (JSON)').fill(notesLink);
  await bjorn.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(bjorn.getByTestId('import-message')).toHaveText('0 nye og 0 oppdaterte lapper fra Bjørn.');
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);
  // And opened again, it is still one member with two notes.
  await page.goto(notesLink);
  await page.getByTestId('link-preview').getByRole('button', { name: 'Legg til i Gruppe 1' }).click();
  await expect(page.getByRole('list', { name: 'Deltakere' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('group', { name: /^Bjørn/ }).getByTestId('note-card')).toHaveCount(2);
});

test('a broken or cut-off link is refused in Norwegian and changes nothing', async ({ page }) => {
  await newSeminar(page, 'Mitt seminar');
  const link = await seminarLink(page);
  await expect.poll(() => storedWorkspace(page)).not.toBeNull();
  const before = await storedWorkspace(page);
  for (const bad of ['#/del/ikke-en-lenke!', `#/del/${link.split('#/del/')[1].slice(0, 40)}`]) {
    await page.goto(`./${bad}`);
    await expect(page.getByRole('alert')).toContainText('Lenken kunne ikke åpnes.');
    await expect(page.getByRole('alert')).toContainText('Ingenting er endret.');
  }
  await open(page, '#/verksted');
  expect((await storedWorkspace(page)).workspace).toEqual(before.workspace);
});

test('scanning a QR code in the app opens the link where the browser can read codes', async ({ page, browser }) => {
  await newSeminar(page, 'Dialogseminar helse');
  const link = await seminarLink(page);
  // A browser with no camera at all says so, and points to the other ways.
  await open(page, '#/verksted');
  await page.evaluate(() => Object.defineProperty(navigator, 'mediaDevices', { value: undefined }));
  await page.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(page.getByText('Denne nettleseren gir ikke appen tilgang til kameraet her.')).toBeVisible();

  // A browser that has one (Chromium on Android): camera and detector stand in for the real ones.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript((scanned) => {
    // @ts-expect-error test double
    window.BarcodeDetector = class { async detect() { return [{ rawValue: scanned }]; } };
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: async () => document.createElement('canvas').captureStream() },
    });
  }, link);
  const phone = await context.newPage();
  await open(phone, '#/verksted');
  await phone.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(phone.getByTestId('join').getByRole('heading', { level: 2 })).toHaveText('Dialogseminar helse');
  await context.close();
});
