import { test, expect, open, expectAccessible, WORKSPACE_KEY } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';

// Bokmål, nynorsk and English; every screen in each passes axe; light and dark; a phone of
// 360×640 with nothing overflowing and thumb-sized targets.

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8'));

const groupAnswer = fixture('v1-group-answer.json');
const sheets = fixture('v1-workspace.json');
const SEMINAR = groupAnswer.workspace.seminars[0].id;
const GROUP = groupAnswer.workspace.groups[0].id;
const REVIEW = groupAnswer.workspace.task_reviews[0].id;
const SHEET = sheets.workspace.a3_sheets[0].id;

const PROGRAMME = '00000000-0000-4000-8000-0000000000a1';
const AREA = '00000000-0000-4000-8000-0000000000a2';
/** A programme with one of everything; the first A3 sheet belongs to its focus area I. */
const programme = {
  id: PROGRAMME, updated: 1_700_000_000_000, created: 1_700_000_000_000,
  title: 'Omstillingsprosess helse og velferd',
  overall_goal: 'En organisasjonskultur preget av samhandling',
  result_goals: [{ id: '00000000-0000-4000-8000-0000000000a3', text: 'Avklare rolledeling', done: true }],
  effect_goals: [{ id: '00000000-0000-4000-8000-0000000000a4', text: 'Sektoren har god ressursutnytting' }],
  focus_areas: [{ id: AREA, name: 'Redusere bemanningsnorm' }],
  milestones: [{ id: '00000000-0000-4000-8000-0000000000a5', year: '2022', milestone: 'Årsrapport des. 2021', deadline: '2022-01-15' }],
  risks: [{ id: '00000000-0000-4000-8000-0000000000a6', description: 'Pandemi', likelihood: 3, consequence: 4 }],
};

/** A stored workspace with a seminar, its group and task review, two A3 sheets and a programme. */
async function seed(page: Page, language?: string) {
  const [first, ...rest] = sheets.workspace.a3_sheets;
  const doc = {
    ...groupAnswer,
    workspace: {
      ...groupAnswer.workspace,
      a3_sheets: [{ ...first, programme: { programme: PROGRAMME, focus_area: AREA } }, ...rest],
      programmes: [programme],
    },
  };
  await page.addInitScript(
    ([key, text, lang]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
      if (lang) localStorage.setItem('gevinstverksted.language', lang);
    },
    [WORKSPACE_KEY, JSON.stringify(doc), language ?? ''] as const,
  );
}

/** A share link's fragment for a workspace part, packed as the app packs it (raw deflate, base64url). */
const shareHash = (workspace: object) =>
  `#/del/${deflateRawSync(Buffer.from(JSON.stringify({ format: groupAnswer.format, version: 1, kind: 'workspace', workspace }))).toString('base64url')}`;
const seminarSetup = groupAnswer.workspace.seminars[0];
/** Bli med: the seminar's setup alone. */
const JOIN = shareHash({ seminars: [seminarSetup] });
/** A participant's hand-over: their notes, and who they are. */
const HANDOVER = shareHash({
  seminars: [seminarSetup],
  notes: [{ id: '00000000-0000-4000-8000-0000000000b1', updated: 1_700_000_000_000, seminar: SEMINAR, potential: 'Felles turnus på tvers' }],
  participant: { id: '00000000-0000-4000-8000-0000000000b2', name: 'Kari' },
});

const SCREENS = [
  '#/',
  '#/verksted',
  `#/verksted/${SEMINAR}`,
  `#/verksted/${SEMINAR}/qr`,
  JOIN,
  HANDOVER,
  `#/verksted/${SEMINAR}/gruppe/${GROUP}`,
  `#/verksted/${SEMINAR}/oppgaver/${REVIEW}`,
  '#/samle',
  `#/samle/${SEMINAR}`,
  `#/samle/${SEMINAR}/vis`,
  '#/a3',
  `#/a3/${SHEET}`,
  '#/program',
  `#/program/${PROGRAMME}`,
  `#/program/${PROGRAMME}/rapport`,
  '#/papirkurv',
  '#/om',
  '#/del/ikke-en-gyldig-lenke',
  '#/finnes-ikke',
];

/** Opens every screen in turn (the app mounted, its heading shown) and runs `check` on it. */
async function onEveryScreen(page: Page, check: (hash: string) => Promise<void>) {
  for (const hash of SCREENS) {
    await open(page, hash);
    await expect(page.locator('h1')).toBeVisible();
    await check(hash);
  }
}

/** How many CSS pixels the page is wider than the viewport (0 or less: no sideways scrolling). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each language's words for the menu, the Om page and the switch. */
const LANGUAGES = [
  { code: 'nb', name: 'Bokmål', menu: 'Hovedmeny', workshop: 'Verksted', about: 'Om Gevinstverksted', label: 'Språk' },
  { code: 'nn', name: 'Nynorsk', menu: 'Hovudmeny', workshop: 'Verkstad', about: 'Om Gevinstverksted', label: 'Språk' },
  { code: 'en', name: 'English', menu: 'Main menu', workshop: 'Workshop', about: 'About Gevinstverksted', label: 'Language' },
];

test('the language switch changes every text at once, sets <html lang>, and is remembered', async ({ page }) => {
  await open(page, '#/verksted');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  const [nb, nn, en] = LANGUAGES;
  for (const [current, lang] of [[nb, nn], [nn, en], [en, nb]]) {
    await page.getByLabel(current.label).selectOption({ label: lang.name });
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    const nav = page.getByRole('navigation', { name: lang.menu });
    await expect(nav.getByRole('link', { name: lang.workshop, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.workshop);
    // Still the same screen, and the switch keeps the keyboard focus.
    await expect(page).toHaveURL(/#\/verksted$/);
    await expect(page.getByLabel(lang.label)).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await expect(page.getByRole('link', { name: lang.about })).toBeVisible();
  }
});

test('switching language in the middle of typing loses nothing', async ({ page }) => {
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill('Språkseminar');
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await page.getByRole('button', { name: '+ Ny lapp' }).click();
  await page.keyboard.type('Halvskrevet lapp');
  await page.getByLabel('Språk').selectOption({ label: 'English' });
  await expect(page.getByLabel('Potential for change')).toHaveValue('Halvskrevet lapp');
  await page.reload();
  await expect(page.getByLabel('Potential for change')).toHaveValue('Halvskrevet lapp');
});

test('dates and numbers follow the language', async ({ page }) => {
  await seed(page, 'en');
  await open(page, `#/a3/${SHEET}`);
  const total = page.getByTestId('measures-total-amount');
  await expect(total).toHaveText(/^\d{1,3}(\u00a0\d{3})*\.\d{2}\u00a0kr$/);
  await page.getByLabel('Language').selectOption({ label: 'Bokmål' });
  await expect(total).toHaveText(/^\d{1,3}(\u00a0\d{3})*,\d{2}\u00a0kr$/);
  await open(page, '#/verksted');
  await expect(page.locator('.item-meta').first()).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  await page.getByLabel('Språk').selectOption({ label: 'English' });
  await expect(page.locator('.item-meta').first()).toContainText(/\d{2}\/\d{2}\/\d{4}/);
});

for (const lang of LANGUAGES) {
  test(`every screen passes axe in ${lang.name}`, async ({ page }) => {
    test.setTimeout(90_000);
    await seed(page, lang.code);
    await onEveryScreen(page, async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
      await expectAccessible(page);
    });
  });
}

test('every screen passes axe in dark mode, with dark colours in use', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await seed(page);
  await onEveryScreen(page, async () => {
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 22, 25)');
    await expectAccessible(page);
  });
});

test.describe('at 360×640', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('no screen overflows sideways, and every control is at least 44×44 px', async ({ page }) => {
    test.setTimeout(90_000);
    await seed(page);
    await onEveryScreen(page, async (hash) => {
      // Open every <details> so the controls inside are measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const overflow = await horizontalOverflow(page);
      expect(overflow, `${hash} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const controls = document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]',
        );
        for (const element of controls) {
          const style = getComputedStyle(element);
          if (style.visibility === 'hidden' || style.display === 'none') continue;
          // A checkbox or radio is tapped through its label.
          const target =
            element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)
              ? element.closest('label') ?? element
              : element;
          const box = target.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue; // not rendered
          if (box.right < 0 || box.bottom < 0) continue; // the skip link, off screen until focused
          // A link inside a sentence is exempt (WCAG 2.5.5's inline exception).
          if (element.tagName === 'A' && element.closest('p, li.inline') && style.display === 'inline') continue;
          if (box.width < 44 || box.height < 44) {
            out.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
          }
        }
        return out;
      });
      expect(small, `${hash}: small targets`).toEqual([]);
    });
  });
});

test.describe('the main menu at 360×640', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const lang of LANGUAGES) {
    test(`in ${lang.name} all five areas, Program included, are in view without sideways scrolling`, async ({ page }) => {
      await seed(page, lang.code);
      await open(page, `#/program/${PROGRAMME}/rapport`);
      const nav = page.getByRole('navigation', { name: lang.menu });
      await expect(nav.getByRole('link')).toHaveCount(5);
      // "Program" is the current area on the report, not "A3-ark".
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '#/program');
      const fit = await page.evaluate(() => {
        const list = document.querySelector('.nav-list')!;
        const links = [...list.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
        return {
          overflow: list.scrollWidth - list.clientWidth,
          outside: links.filter((r) => r.left < 0 || r.right > window.innerWidth).length,
          small: links.filter((r) => r.width < 44 || r.height < 44).length,
          page: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(fit).toEqual({ overflow: 0, outside: 0, small: 0, page: 0 });
    });
  }
});

test.describe('text zoomed to 200 %', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('nothing is cut off or overflows sideways on the main screens', async ({ page }) => {
    test.setTimeout(60_000);
    await seed(page);
    await onEveryScreen(page, async (hash) => {
      // WCAG 1.4.4: the user's text size doubled (what browser text zoom does to rem-based CSS).
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      const overflow = await horizontalOverflow(page);
      expect(overflow, `${hash} overflows by ${overflow}px at 200 %`).toBeLessThanOrEqual(0);
    });
  });
});

test('the field being typed in is scrolled clear of the screen edge when focused', async ({ page }) => {
  await seed(page);
  await open(page, `#/a3/${SHEET}`);
  const field = page.getByLabel('6. Måling');
  await field.focus();
  const box = await field.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
});

test('the first-run example can be loaded, is marked as example, and removed', async ({ page }) => {
  await open(page);
  const card = page.locator('.example-card');
  await card.getByRole('button', { name: 'Last inn eksempel' }).click();
  await expect(card.getByRole('status')).toHaveText('Eksemplet er lastet inn: ett seminar, ett A3-ark og ett program.');
  await expect(page.getByTestId('count-a3')).toContainText('1');
  await expect(page.getByTestId('count-seminars')).toContainText('1');
  await card.getByRole('link', { name: 'Færre overliggere og tilpasset bemanning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Eksempel');
  await expect(page.getByTestId('measures-total-amount')).toHaveText('2\u00a0500\u00a0000,00\u00a0kr');
  await expect(page.getByTestId('measures-total-fte')).toHaveText('3,00');
  await open(page, '#/verksted');
  await expect(page.locator('.item-title').first()).toContainText('Eksempel');
  // The programme it belongs to: the sheet under focus area II, with its totals.
  await open(page, '#/program');
  await page.getByRole('link', { name: /Omstillingsprosess helse og velferd/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Eksempel');
  const area = page.getByTestId('focus-area').nth(1);
  await expect(area.getByRole('heading', { level: 3 })).toHaveText('Fokusområde II');
  await expect(area.getByRole('link', { name: 'Færre overliggere og tilpasset bemanning' })).toBeVisible();
  await expect(page.getByTestId('programme-total')).toHaveText('Sum for programmet: 3,00 årsverk · 2\u00a0500\u00a0000,00\u00a0kr');
  await page.reload();
  await open(page, '#/om');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Gevinstverksted');
  await expect(page.locator('.prose')).toContainText('KS');
  await page.locator('.example-card').getByRole('button', { name: 'Fjern eksemplet' }).click();
  await expect(page.locator('.example-card').getByRole('status')).toHaveText('Eksemplet er lagt i papirkurven.');
  await open(page, '#/');
  await expect(page.getByTestId('count-a3')).toContainText('0');
  await page.reload();
  await expect(page.getByTestId('count-a3')).toContainText('0');
  await expectAccessible(page);
});
