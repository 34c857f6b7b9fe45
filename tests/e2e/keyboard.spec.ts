import { test, expect, open, storedWorkspace } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The participant flow and the A3 editor with the keyboard only: Tab, Shift+Tab, Enter, Space,
// arrow keys and typing. No clicks and no `fill` after the page has opened.

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element shows a visible focus ring (outline or box-shadow). */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'outline' : style.boxShadow;
  });
  expect(ring).not.toBe('none');
}

test('a participant joins, writes two notes with the timer running, all by keyboard', async ({ page }) => {
  await page.clock.install();
  await open(page);
  // The skip link is the first stop and jumps to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til innholdet' })).toBeFocused();
  await expectVisibleFocus(page);

  await tabTo(page, page.getByRole('link', { name: 'Verksted', exact: true }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted');

  await tabTo(page, page.getByLabel('Navn på nytt seminar'));
  await page.keyboard.type('Dialogseminar med tastatur');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogseminar med tastatur');

  await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.keyboard.press('Space');
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('timer-reflection')).toHaveText('4:30');

  for (const [potential, benefit] of [
    ['Felles turnus på tvers', 'Færre innleide vakter'],
    ['Digitalt tilsyn om natten', 'Mer tid hos brukerne'],
  ]) {
    await tabTo(page, page.getByRole('button', { name: '+ Ny lapp' }));
    await page.keyboard.press('Enter');
    // The new note's first field takes the focus.
    await expect(page.locator(':focus')).toHaveAttribute('id', /^field-note-potential-/);
    await page.keyboard.type(potential);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('id', /^field-note-benefit-/);
    await page.keyboard.type(benefit);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('id', /^field-note-kind-/);
    await page.keyboard.press('ArrowDown');
  }

  await page.clock.runFor(300_000);
  await expect(page.getByRole('status').filter({ hasText: 'Refleksjonstid: Tiden er ute!' })).toBeAttached();
  await page.reload();
  const cards = page.getByTestId('note-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1).getByLabel('Potensiale for endring')).toHaveValue('Digitalt tilsyn om natten');
  await expect(cards.nth(1).getByLabel('Gevinst som kan oppnås')).toHaveValue('Mer tid hos brukerne');
  const doc = await storedWorkspace(page);
  expect(doc.workspace.notes.map((n: { benefit_kind?: string }) => n.benefit_kind)).toEqual(['economic', 'economic']);
});

test('an A3 sheet is created and filled in by keyboard, totals included', async ({ page }) => {
  await open(page, '#/a3');
  await tabTo(page, page.getByLabel('Tittel på nytt A3-ark'));
  await page.keyboard.type('Tastaturark');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tastaturark');

  await tabTo(page, page.getByLabel('1. Begrunnelse'));
  await expectVisibleFocus(page);
  await page.keyboard.type('290 liggedøgn i januar og februar');

  await tabTo(page, page.getByRole('button', { name: 'Legg til tiltak' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Tiltak', { exact: true }).last());
  await page.keyboard.type('Reduksjon nattetjeneste');
  await tabTo(page, page.getByLabel('Årsverk', { exact: true }).last());
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('2,00');

  await page.reload();
  await expect(page.getByLabel('1. Begrunnelse')).toHaveValue('290 liggedøgn i januar og februar');
  await expect(page.getByLabel('Tiltak', { exact: true }).last()).toHaveValue('Reduksjon nattetjeneste');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('2,00');
});
