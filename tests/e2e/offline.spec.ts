import { test, expect, open, storedWorkspace } from './fixtures';

test('after one load the app and its data load again with the network off', async ({ page, context }) => {
  await open(page, '#/a3');
  // The service worker is installed and controls the page once its cache is filled.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.getByLabel('Tittel på nytt A3-ark').fill('Skrevet før nettet forsvant');
  await page.getByRole('button', { name: 'Nytt A3-ark' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skrevet før nettet forsvant');
  await page.getByLabel('1. Begrunnelse').fill('Skrevet uten nett');
  await expect(page.getByTestId('save-status')).toHaveText('Lagret på denne enheten');
  await page.goto('./#/');
  await expect(page.getByTestId('count-a3')).toContainText('1');
  expect((await storedWorkspace(page)).workspace.a3_sheets[0].rationale).toBe('Skrevet uten nett');
  await context.setOffline(false);
});

test('the web manifest and icons are served, so the app can be installed', async ({ page, request }) => {
  await open(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Gevinstverksted', lang: 'nb', display: 'standalone', start_url: './' });
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ' ' + i.purpose : ''}`);
  expect(sizes).toEqual(['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect((await request.get('icons/apple-touch-icon.png')).ok()).toBe(true);
  // The service worker's file list was generated at build time and names the hashed files.
  const sw = await (await request.get('sw.js')).text();
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  expect(sw).toContain(`./${wasm!.split('/').pop()}`);
});
