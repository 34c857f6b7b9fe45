// The loading screen (issue 19): on conference Wi-Fi or mobile data the wasm takes seconds to
// arrive; until then each entry shows its header and says that it is starting, instead of a
// blank page. The app removes it as it mounts.
import { test, expect, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

const STARTING = 'Gevinstverksted starter …';

/** Holds every wasm download until the returned function is called. */
async function holdWasm(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const [entry, path, heading] of [
  ['the participant entry', './deltaker.html', 'Dette ligger på denne enheten'],
  ['the full app', './', 'Dette ligger på denne enheten'],
] as const) {
  test(`${entry} shows the loading screen until the app has started, then only the app`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(path);
    // While the wasm is on its way: the app's name, that it is starting, and where data lives.
    await expect(page.getByRole('heading', { level: 1, name: STARTING })).toBeVisible();
    await expect(page.getByText('Gevinstverksted', { exact: true })).toBeVisible();
    await expect(page.getByText(/lagres bare i denne nettleseren/)).toBeVisible();
    await expect(page.locator('#loading main')).toHaveAttribute('aria-busy', 'true');
    await expectAccessible(page);
    // The hint for a load that never finishes waits 10 s before it shows.
    const slow = page.getByText(/Kommer ikke appen opp\?/);
    await expect(slow).toBeHidden();
    await page.evaluate(() => document.getAnimations().forEach((a) => { a.currentTime = 10_000; }));
    await expect(slow).toBeVisible();

    release();
    await expect(page.locator('header.app-header')).toBeVisible();
    await expect(page.locator('#loading')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('main')).toHaveCount(1);
    await expectAccessible(page);
  });
}

test('with reduced motion the hint for a stuck load shows at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await holdWasm(page);
  await page.goto('./deltaker.html');
  await expect(page.getByRole('heading', { level: 1, name: STARTING })).toBeVisible();
  await expect(page.getByText(/Kommer ikke appen opp\?/)).toBeVisible();
});

test('the loading screen is in the page itself: it shows with no script run at all', async ({ browser, baseURL }) => {
  // (Chromium still parses <noscript> as if scripts ran, so its text is not checked here.)
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const path of ['./', './deltaker.html']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: STARTING })).toBeVisible();
    await expect(page.getByText(/lagres bare i denne nettleseren/)).toBeVisible();
  }
  await context.close();
});
