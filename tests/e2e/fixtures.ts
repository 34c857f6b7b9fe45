import { test as base, expect, Page } from '@playwright/test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const AXE_PATH = join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export const WORKSPACE_KEY = 'gevinstverksted.workspace';
export const QUARANTINE_PREFIX = 'gevinstverksted.quarantine.';

/** `page` that fails the test on any console error or uncaught exception. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    // Any Content-Security-Policy violation is an error too.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
});
export { expect };

/** Opens a route and waits until the app has mounted. */
export async function open(page: Page, hash = '#/') {
  await page.goto(`./${hash}`);
  await expect(page.locator('header.app-header')).toBeVisible();
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the current page and expects no violations. */
export async function expectAccessible(page: Page) {
  // Evaluated through DevTools, so the app's Content-Security-Policy does not block it.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) =>
      `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

/** The stored workspace document as parsed JSON (null if absent). */
/** The stored document, or null before the first save (a poll must allow for that: `?.`). */
export async function storedWorkspace(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  return raw === null ? null : JSON.parse(raw);
}
