import { test, expect, open, expectAccessible, storedWorkspace, WORKSPACE_KEY } from './fixtures';
import type { Browser, BrowserContext, Locator, Page, Request } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

// Scanning in the app in every browser: this Chromium has no BarcodeDetector, so every code
// here is read by the Rust decoder in its worker. The camera is a test double: a canvas stream
// (getUserMedia) that shows what the test holds up as a hand-held phone over another screen
// sees it: on a grey table, turned 2–6° and swaying in size, at about 4 px per module for a
// version-20 code.

const SEMINAR = 'Dialogseminar nattpatrulje';
const DECODER = /qr_worker/;
/** Screenshots of what this suite shows, for docs/screenshots (copied by hand when they change). */
const SHOTS = join(__dirname, '..', '..', 'test-results', 'scan');
mkdirSync(SHOTS, { recursive: true });

/** A camera on `context` that films whatever `hold(page, png)` puts in front of it. */
async function withFakeCamera(context: BrowserContext) {
  await context.addInitScript(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const ctx = canvas.getContext('2d')!;
    let image: HTMLImageElement | null = null;
    const draw = () => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = '#6b6b6b'; // a table, not a white page
      ctx.fillRect(0, 0, 640, 480);
      if (!image) return;
      const t = performance.now();
      const side = 420 + 15 * Math.sin(t / 470);
      ctx.translate(320, 240);
      ctx.rotate(((4 + 2 * Math.sin(t / 300)) * Math.PI) / 180);
      ctx.drawImage(image, -side / 2, -side / 2, side, side);
    };
    setInterval(draw, 40);
    // @ts-expect-error test hook
    window.__camera = {
      hold: (url: string) =>
        new Promise<void>((resolve) => {
          const next = new Image();
          next.onload = () => { image = next; draw(); resolve(); };
          next.src = url;
        }),
      away: () => { image = null; },
    };
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: async () => canvas.captureStream(25),
        enumerateDevices: async () => [{ kind: 'videoinput', deviceId: 'fake', label: 'Testkamera' }],
      },
    });
  });
}

async function hold(page: Page, png: Buffer) {
  await page.evaluate((url) => (window as any).__camera.hold(url), `data:image/png;base64,${png.toString('base64')}`);
}

/** Every request a context makes, to show what was (and was not) fetched. */
function requests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r: Request) => urls.push(r.url()));
  return urls;
}

async function phone(browser: Browser, camera = false): Promise<{ context: BrowserContext; page: Page; urls: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', baseURL: test.info().project.use.baseURL });
  if (camera) await withFakeCamera(context);
  const urls = requests(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => { throw err; });
  return { context, page, urls };
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('the group device scans three participants in a row with the Rust decoder, then takes all in with one tap', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The facilitator makes the seminar and puts its code on the projector.
  await open(page, '#/verksted');
  await page.getByLabel('Navn på nytt seminar').fill(SEMINAR);
  await page.getByRole('button', { name: 'Nytt seminar' }).click();
  await expect(h1(page)).toHaveText(SEMINAR);
  await page.getByRole('link', { name: 'Vis QR for deltakerne' }).click();
  const projected = PNG.sync.read(await page.locator('.join-qr-code').screenshot());
  const link = jsQR(new Uint8ClampedArray(projected.data), projected.width, projected.height)!.data;
  expect(link).toContain('#/del/');

  // Three participants join, write and show their notes as a code.
  const codes: Buffer[] = [];
  const names = ['Kari', 'Ola', 'Nora'];
  const participants = [];
  for (const name of names) {
    const p = await phone(browser);
    participants.push(p);
    await p.page.goto(link);
    await p.page.getByLabel('Navnet ditt').fill(name);
    await p.page.getByRole('button', { name: 'Bli med', exact: true }).click();
    await expect(h1(p.page)).toHaveText(SEMINAR);
    await p.page.getByRole('button', { name: '+ Ny lapp' }).click();
    await p.page.keyboard.type(`Idé fra ${name}: færre dobbeltregistreringer`);
    await p.page.getByRole('button', { name: 'Vis lappene mine som QR-kode (eller lenke, fil)' }).click();
    const qr = p.page.getByTestId('share-notes').locator('.qr-code');
    await expect(qr).toBeVisible();
    codes.push(await qr.screenshot({ path: test.info().outputPath(`notes-${name}.png`) }));
  }
  // A participant's phone never fetches the decoder: it shows codes, it does not scan them.
  for (const p of participants) expect(p.urls.filter((u) => DECODER.test(u))).toEqual([]);

  // The group device (an iPhone in the room: no BarcodeDetector) joins and makes its group.
  const group = await phone(browser, true);
  await group.page.goto(link);
  await group.page.getByLabel('Navnet ditt').fill('Gruppebrett');
  await group.page.getByRole('button', { name: 'Bli med', exact: true }).click();
  await group.page.getByRole('button', { name: 'Lag gruppe' }).click();
  await expect(h1(group.page)).toHaveText('Gruppe 1');
  expect(await group.page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);

  const receive = group.page.locator('section.receive');
  await receive.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(receive.locator('.qr-scanner')).toHaveAttribute('data-decoder', 'rust');
  const waiting = receive.getByTestId('waiting');
  const started = Date.now();
  for (const [i, code] of codes.entries()) {
    await hold(group.page, code);
    await expect(waiting.locator('li')).toHaveCount(i + 1, { timeout: 15_000 });
    await expect(receive.getByTestId('scan-status')).toHaveText(`${i + 1} ${i === 0 ? 'kode' : 'koder'} lest. Skann neste når du er klar.`);
  }
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'scan', description: `3 hand-overs read in ${seconds.toFixed(1)} s` });
  console.log(`scan: three hand-overs read by the Rust decoder in ${seconds.toFixed(1)} s`);
  // Held in front of the camera a while longer, the same code is not taken twice.
  await group.page.waitForTimeout(800);
  await expect(waiting.locator('li')).toHaveCount(3);
  await expect(waiting.locator('li span:first-child')).toHaveText(names.map((n) => `Lapper fra ${n} (1)`));
  // Nothing has changed yet: no member is in the group until the hand-overs are taken in.
  await expect(group.page.getByRole('list', { name: 'Deltakere' }).locator('.member-name')).toHaveCount(0);
  await expectAccessible(group.page);
  await receive.screenshot({ path: join(SHOTS, 'scan-waiting-phone.png') });

  // One tap takes all three in.
  await waiting.getByRole('button', { name: 'Ta imot alle (3)' }).click();
  await expect(waiting).toBeHidden();
  await expect(receive.getByTestId('receive-results')).toContainText('3 deltakere mottatt');
  const members = group.page.getByRole('list', { name: 'Deltakere' }).locator('.member-name');
  await expect(members).toHaveText(names);
  // The scanner is still open for a late participant.
  await expect(receive.getByRole('button', { name: 'Stopp skanning' })).toBeVisible();
  await group.page.reload();
  await expect(members).toHaveText(names);
  for (const p of [...participants, group]) await p.context.close();
});

/** A group answer of 40 notes from six members, prioritised and agreed: too long for one code. */
function bigAnswer() {
  const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'v1-group-answer.json'), 'utf8'));
  const seminar = fixture.workspace.seminars[0];
  seminar.title = SEMINAR;
  const group = fixture.workspace.groups[0];
  const hex = (n: number, len: number) => n.toString(16).padStart(len, '0').slice(-len);
  const uuid = (n: number) => `${hex(n * 2654435761, 8)}-${hex(n * 40503, 4)}-4${hex(n * 977, 3)}-8${hex(n * 613, 3)}-${hex(n * 2246822519, 12)}`;
  const people = ['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva', 'Frode'];
  group.members = people.map((name, i) => ({ id: uuid(1000 + i), name }));
  const areas = ['Nattevakt', 'Medisinrunde', 'Dokumentasjon', 'Vaktbytte', 'Innkjøp', 'Turnus', 'Opplæring', 'Tilsyn'];
  const notes = Array.from({ length: 40 }, (_, i) => ({
    id: uuid(i + 1),
    updated: 1764000100000 + i * 1000,
    seminar: seminar.id,
    potential: `${areas[i % areas.length]}: ${['digital sjekkliste', 'færre telefoner', 'felles tavle', 'kortere møter', 'sensor i rommet'][i % 5]} (${i + 1})`,
    benefit: `${(i + 3) * 7} timer spart i måneden, mindre uro for beboer ${i + 1}`,
    benefit_kind: i % 3 === 0 ? 'economic' : 'quality',
    group: group.id,
    member: group.members[i % people.length].id,
  }));
  group.clusters = [];
  group.votes = [];
  group.priority = notes.slice(0, 5).map((n) => n.id);
  fixture.workspace.notes = notes;
  fixture.workspace.task_reviews = [];
  return { doc: fixture, seminar, group };
}

test('a 40-note group answer travels to the facilitator as a multi-part code, read in any order', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { doc, seminar, group } = bigAnswer();
  // The group device holds the answer and shows it.
  await page.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [WORKSPACE_KEY, JSON.stringify(doc)] as const);
  await open(page, `#/verksted/${seminar.id}/gruppe/${group.id}`);
  await expect(h1(page)).toHaveText(group.name);
  await page.getByRole('button', { name: 'Vis gruppens svar som QR-kode (eller lenke, fil)' }).click();
  const panel = page.getByTestId('share-group');
  const answerLink = await panel.locator('input.share-link').inputValue();
  const sequence = panel.getByTestId('qr-sequence');
  await expect(sequence).toBeVisible();
  const total = Number(await sequence.getAttribute('data-parts'));
  expect(total).toBeGreaterThanOrEqual(4);
  await expectAccessible(page);
  // The parts change by themselves; paused, Neste del steps through them.
  await expect.poll(() => sequence.getAttribute('data-part'), { timeout: 5_000 }).not.toBe('1');
  await panel.getByRole('button', { name: 'Pause' }).click();
  const parts: Buffer[] = [];
  for (let i = 0; i < total; i++) {
    const at = Number(await sequence.getAttribute('data-part'));
    await expect(sequence.locator('figcaption')).toContainText(`Del ${at} av ${total}.`);
    parts[at - 1] = await sequence.locator('.qr-code').screenshot({ path: test.info().outputPath(`part-${at}.png`) });
    await panel.getByRole('button', { name: 'Neste del' }).click();
  }
  expect(parts.filter(Boolean)).toHaveLength(total);
  await panel.screenshot({ path: join(SHOTS, 'qr-parts-phone.png') });

  // The facilitator's laptop has the seminar and scans in Samle.
  const laptop = await phone(browser, true);
  const setup = { ...doc, workspace: { ...doc.workspace, notes: [], groups: [] } };
  await laptop.page.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [WORKSPACE_KEY, JSON.stringify(setup)] as const);
  await open(laptop.page, `#/samle/${seminar.id}`);
  const box = laptop.page.locator('section.step', { has: laptop.page.getByRole('heading', { name: 'Importer gruppesvar' }) });
  await box.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(box.locator('.qr-scanner')).toHaveAttribute('data-decoder', 'rust');
  // Out of order, one part twice, as a camera catches a cycling code.
  const order = [...Array(total).keys()].reverse();
  order.splice(2, 0, order[0]);
  const status = box.getByTestId('scan-status');
  const started = Date.now();
  let seen = new Set<number>();
  for (const i of order.slice(0, -1)) {
    await hold(laptop.page, parts[i]);
    seen.add(i);
    await expect(status).toContainText(`Del ${seen.size} av ${total} lest.`, { timeout: 15_000 });
  }
  // One part still missing: nothing is offered yet, and the screen says which.
  const last = order[order.length - 1];
  await expect(status).toContainText(`Mangler: ${last + 1}.`);
  await expect(box.getByTestId('waiting')).toBeHidden();
  await hold(laptop.page, parts[last]);
  const waiting = box.getByTestId('waiting');
  await expect(waiting.locator('li')).toHaveCount(1, { timeout: 15_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`scan: a ${answerLink.length}-character answer in ${total} parts read in ${seconds.toFixed(1)} s`);
  test.info().annotations.push({ type: 'scan', description: `${answerLink.length} characters, ${total} parts, ${seconds.toFixed(1)} s` });
  await expect(waiting.locator('li span:first-child')).toHaveText(`Svar fra ${group.name} (5 forslag)`);
  // Nothing collected until taken in; then one tap.
  expect((await storedWorkspace(laptop.page)).workspace.groups).toEqual([]);
  await waiting.getByRole('button', { name: 'Ta imot', exact: true }).click();
  await expect(box.getByTestId('collect-results')).toContainText(group.name);
  await expect.poll(async () => (await storedWorkspace(laptop.page)).workspace.groups.length).toBe(1);
  const stored = (await storedWorkspace(laptop.page)).workspace;
  expect(stored.groups[0].priority).toEqual(group.priority);
  // The facilitator's round-up for a second laptop is a multi-part code too.
  await laptop.page.getByRole('button', { name: /^Del alle svarene/ }).click();
  const roundUp = laptop.page.getByTestId('share-collection').getByTestId('qr-sequence');
  await expect(roundUp).toBeVisible();
  expect(Number(await roundUp.getAttribute('data-parts'))).toBeGreaterThanOrEqual(total);
  await expectAccessible(laptop.page);
  await laptop.context.close();

  // A second laptop whose camera app caught one part opens it as a link: the app says what it
  // is, scans the rest in the app from there, and shows the whole as a link's preview.
  const second = await phone(browser, true);
  await second.page.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [WORKSPACE_KEY, JSON.stringify(setup)] as const);
  const decoded = PNG.sync.read(parts[2]);
  const partLink = jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height)!.data;
  expect(partLink).toMatch(new RegExp(`#/deler/3/${total}/[0-9a-f]{8}/[A-Za-z0-9_-]+$`));
  await second.page.goto(partLink);
  await expect(h1(second.page)).toHaveText(`Del 3 av ${total}`);
  await second.page.getByRole('button', { name: 'Skann resten av kodene' }).click();
  await expectAccessible(second.page);
  await second.page.screenshot({ path: join(SHOTS, 'part-screen-phone.png') });
  await expect(second.page.getByTestId('scan-status')).toContainText(`Del 1 av ${total} lest. Mangler: ${[...Array(total).keys()].filter((i) => i !== 2).map((i) => i + 1).join(', ')}.`);
  for (const [i, part] of parts.entries()) {
    if (i === 2) continue;
    await hold(second.page, part);
    if (i < total - 1) await expect(second.page.getByTestId('scan-status')).toContainText(`Del ${i < 2 ? i + 2 : i + 1} av ${total} lest.`, { timeout: 15_000 });
  }
  const preview = second.page.getByTestId('link-preview');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(`Svar fra ${group.name} (5 forslag)`, { timeout: 15_000 });
  await second.context.close();
});

test('a refused camera says so in Norwegian and leaves the file and paste ways open', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: async () => { throw new DOMException('Permission denied', 'NotAllowedError'); },
        enumerateDevices: async () => [],
      },
    });
  });
  const { doc, seminar, group } = bigAnswer();
  await page.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [WORKSPACE_KEY, JSON.stringify(doc)] as const);
  await open(page, `#/verksted/${seminar.id}/gruppe/${group.id}`);
  const receive = page.locator('section.receive');
  await receive.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(receive.getByTestId('scan-status')).toContainText('Appen fikk ikke bruke kameraet.');
  await expect(receive.getByRole('button', { name: 'Velg filer med lapper' })).toBeVisible();
  await expect(receive.getByText('Lim inn tekst i stedet')).toBeVisible();
  await expect(receive.locator('video')).toBeHidden();
  await context.close();
});

test('offline, the group device still scans: the decoder was cached when its screen first opened', async ({ browser }) => {
  test.setTimeout(60_000);
  const { doc, seminar, group } = bigAnswer();
  const device = await phone(browser, true);
  const { page, context } = device;
  await page.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [WORKSPACE_KEY, JSON.stringify(doc)] as const);
  await open(page, `#/verksted/${seminar.id}/gruppe/${group.id}`);
  // The screen that scans fetches the decoder ahead, into the service worker's cache.
  await expect.poll(() => page.evaluate(async () => {
    for (const key of await caches.keys()) {
      if (await (await caches.open(key)).match(new URL('qr_worker_bg.wasm', location.href).href)) return true;
    }
    return false;
  }), { timeout: 15_000 }).toBe(true);
  // A code to scan: the first part of this group's own answer, off its own screen.
  await page.getByRole('button', { name: 'Vis gruppens svar som QR-kode (eller lenke, fil)' }).click();
  const sequence = page.getByTestId('share-group').getByTestId('qr-sequence');
  await page.getByTestId('share-group').getByRole('button', { name: 'Pause' }).click();
  const part = await sequence.locator('.qr-code').screenshot();
  const total = Number(await sequence.getAttribute('data-parts'));

  await context.setOffline(true);
  await page.reload();
  await expect(h1(page)).toHaveText(group.name);
  const receive = page.locator('section.receive');
  await receive.getByRole('button', { name: 'Skann QR-kode' }).click();
  await expect(receive.locator('.qr-scanner')).toHaveAttribute('data-decoder', 'rust');
  await hold(page, part);
  await expect(receive.getByTestId('scan-status')).toContainText(`lest. Mangler:`, { timeout: 15_000 });
  await expect(receive.getByTestId('scan-status')).toContainText(`av ${total}`);
  await context.setOffline(false);
  await context.close();
});
