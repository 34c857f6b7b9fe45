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
  await setup.getByRole('button', { name: 'Del med lenke eller QR-kode' }).click();
  const panel = page.getByTestId('share-seminar');
  await expect(panel).toBeVisible();
  return panel.getByLabel(/^Lenke/).inputValue();
}

test('a seminar shared by link and QR code opens in another browser as an import preview', async ({ page, browser }) => {
  await newSeminar(page, 'Dialogseminar helse');
  const link = await seminarLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/del\/[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2331);
  // The QR code on screen holds exactly the link.
  expect(await readQr(page.getByTestId('share-seminar').locator('.qr-code'))).toBe(link);
  await expectAccessible(page);

  const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await other.goto(link);
  const preview = other.getByTestId('link-preview');
  await expect(preview).toContainText('Lenken inneholder 1 seminar.');
  await expect(preview).toContainText('1 nye, 0 oppdateres');
  expect(await storedWorkspace(other)).toBeNull(); // nothing until confirmed
  await expectAccessible(other);
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  expect(other.url()).not.toContain('#/del/');
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar helse');
  await other.context().close();
});

test('a participant hands notes to a group member by link; pasting the same link adds nothing', async ({ page, browser }) => {
  // The group's device: a seminar, a group, a member.
  await newSeminar(page, 'Dialogseminar helse');
  const link = await seminarLink(page);
  await page.getByLabel('Navn på ny gruppe (kan stå tomt)').fill('Gruppe 1');
  await page.getByRole('button', { name: 'Lag gruppe' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Bjørn');
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  const groupUrl = page.url();

  // Bjørn's phone joins by link and writes two notes.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link);
  await phone.getByTestId('link-preview').getByRole('button', { name: 'Importer' }).click();
  for (const text of ['Digitalt tilsyn om natten', 'Felles turnus']) {
    await phone.getByRole('button', { name: '+ Ny lapp' }).click();
    await expect(phone.locator(':focus')).toHaveAttribute('id', /^field-note-potential-/);
    await phone.keyboard.type(text);
  }
  await phone.locator('.share-row').getByRole('button', { name: 'Del med lenke eller QR-kode' }).click();
  const notesLink = await phone.getByTestId('share-notes').getByLabel(/^Lenke/).inputValue();
  // Without Web Share (desktop Chromium), "Del fil" downloads the file instead.
  const [file] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByTestId('share-notes').getByRole('button', { name: 'Del fil …' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^lapper-dialogseminar-helse-\d{4}-\d\d-\d\d\.json$/);
  await expect(phone.getByTestId('share-notes')).toContainText('så filen er lastet ned');
  await phone.context().close();

  // The group device opens the link (as the camera app would) and gives the notes to Bjørn.
  await page.goto(notesLink);
  const preview = page.getByTestId('link-preview');
  await expect(preview).toContainText('Lenken inneholder 1 seminar, 2 lapper.');
  await preview.getByLabel('Hvem sine lapper er dette?').selectOption({ label: 'Gruppe 1 – Bjørn' });
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(page).toHaveURL(groupUrl);
  const bjorn = page.getByRole('group', { name: /^Bjørn/ });
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);
  // The same link pasted into Bjørn's import box adds nothing.
  await bjorn.getByText('Lim inn tekst i stedet').click();
  await bjorn.getByLabel('Innholdet i filen (JSON)').fill(notesLink);
  await bjorn.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(bjorn.getByTestId('import-message')).toHaveText('0 nye og 0 oppdaterte lapper fra Bjørn.');
  await expect(bjorn.getByTestId('note-card')).toHaveCount(2);
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
  // This Chromium has no BarcodeDetector: the app says to use the phone's camera.
  await open(page, '#/verksted');
  await page.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(page.getByText('Denne nettleseren kan ikke lese QR-koder selv.')).toBeVisible();

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
  await expect(phone.getByTestId('link-preview')).toContainText('Lenken inneholder 1 seminar.');
  await context.close();
});
