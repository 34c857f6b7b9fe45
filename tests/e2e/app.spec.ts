import { test, expect, open, expectAccessible } from './fixtures';

test('the app loads in bokmål with header, navigation and no console errors', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('link', { name: 'Gevinstverksted', exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  for (const name of ['Hjem', 'Verksted', 'Samle', 'A3-ark']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dette ligger på denne enheten');
  await expect(page.getByTestId('count-a3')).toContainText('0');
  await expect(page.getByRole('button', { name: 'Eksporter alt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importer fil' })).toBeVisible();
});

const screens = [
  { hash: '#/', heading: 'Dette ligger på denne enheten', nav: 'Hjem' },
  { hash: '#/verksted', heading: 'Verksted', nav: 'Verksted' },
  { hash: '#/samle', heading: 'Samle', nav: 'Samle' },
  { hash: '#/a3', heading: 'A3-ark', nav: 'A3-ark' },
];

for (const screen of screens) {
  test(`${screen.hash} is reachable by URL, marked in the menu, and passes axe`, async ({ page }) => {
    await open(page, screen.hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link', { name: screen.nav, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
    // Nothing overflows sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('navigation works by tapping, and the back button follows the hash', async ({ page }) => {
  await open(page);
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'A3-ark', exact: true }).click();
  await expect(page).toHaveURL(/#\/a3$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A3-ark');
  await nav.getByRole('link', { name: 'Verksted', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A3-ark');
});

test('an unknown address says so and leads home', async ({ page }) => {
  await open(page, '#/finnes-ikke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await page.getByRole('link', { name: 'Til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dette ligger på denne enheten');
});

test('a link to a sheet that is not on this device explains what to do', async ({ page }) => {
  await open(page, '#/a3/3f2b8a4e-8c1d-4b7e-9f00-123456789abc');
  await expect(page.getByRole('alert')).toContainText('finnes ikke på denne enheten');
  await expectAccessible(page);
});
