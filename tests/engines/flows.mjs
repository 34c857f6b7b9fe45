// The flows every engine suite runs (webkit.test.mjs, firefox.test.mjs), over the driver-neutral
// page of page.mjs, against the release build in dist/ served by tests/e2e/serve.mjs (which
// counts here what it is asked for). Each test starts a browser with a fresh profile.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { staticServer } from '../e2e/serve.mjs';
import { SHEET_ID, stokkbakken } from '../e2e/stokkbakken.mjs';
import { launch, ownWasm, shutdown, webkitConsole } from './page.mjs';

// Every flow fails after 4 minutes instead of waiting for ever on a browser that stopped
// answering (node:test has no timeout by default; the slowest flow takes about 40 s).
const test = (name, fn) => nodeTest(name, { timeout: 240_000 }, fn);

const NB = '\u00a0';
const DIST = resolve(process.env.DIST ?? 'dist');

/** The test server: dist/ on ENGINES_PORT (or a free port), counting requests by path. */
function server() {
  const counts = new Map();
  const order = [];
  let http = null;
  let port = Number(process.env.ENGINES_PORT ?? 0);
  const self = {
    counts,
    order,
    get base() { return `http://127.0.0.1:${port}/`; },
    reset() { counts.clear(); order.length = 0; },
    /** How often a file whose name matches `re` was fetched. */
    count(re) { return [...counts].filter(([p]) => re.test(p)).reduce((n, [, c]) => n + c, 0); },
    async start() {
      http = staticServer(DIST, (path) => { order.push(path); counts.set(path, (counts.get(path) ?? 0) + 1); });
      await new Promise((ok) => http.listen(port, '127.0.0.1', ok));
      port = http.address().port;
    },
    /** Stops answering (the network is gone for this origin). */
    async stop() {
      await new Promise((ok) => { http.close(ok); http.closeAllConnections(); });
    },
  };
  return self;
}

/** Whether a PNG shows something drawn: not (nearly) one colour, as an unpainted card is. */
function painted(png) {
  const img = PNG.sync.read(png);
  const tally = new Map();
  for (let i = 0; i < img.data.length; i += 4) {
    const key = (img.data[i] >> 3) << 10 | (img.data[i + 1] >> 3) << 5 | (img.data[i + 2] >> 3);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const pixels = img.width * img.height;
  const top = Math.max(...tally.values());
  return { otherShare: 1 - top / pixels, colours: tally.size, width: img.width, height: img.height };
}

function decodeQr(png) {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}

async function noErrors(page, where) {
  // Give late messages (a failed fetch, a rejected promise) a moment to arrive.
  await sleep(300);
  assert.deepEqual(await page.errors(), [], `console errors ${where}`);
}

async function open(page, base, hash = '#/') {
  await page.goto(`${base}${hash}`);
  await page.ready();
}

/**
 * Imports a file on Hjem; `want` is what the preview must say. The preview is waited for
 * before *Importer* is clicked: the file is read asynchronously, and until then the
 * button is in a hidden preview (WebKit refuses the click as not interactable).
 */
async function importOnHome(page, base, file, want) {
  await open(page, base, '#/');
  await page.upload({ testid: 'import-file' }, file);
  await page.waitText({ testid: 'import-preview' }, want);
  await page.click({ button: 'Importer', within: '[data-testid="import-preview"]' });
  await page.waitFor(() => document.querySelector('[data-testid="import-preview"]').hidden);
  await page.waitText({ css: '.import-message' }, /Importert/);
}

async function newSeminar(page, base, title) {
  await open(page, base, '#/verksted');
  await page.fill({ label: 'Navn på nytt seminar' }, title);
  await page.click({ button: 'Nytt seminar' });
  await page.waitText('main h1', title);
}

async function newSheet(page, base, title) {
  await open(page, base, '#/a3');
  await page.fill({ label: 'Tittel på nytt A3-ark' }, title);
  await page.click({ button: 'Nytt A3-ark' });
  await page.waitText('main h1', title);
}

const LONG = Array.from({ length: 40 }, (_, i) => `Linje ${i + 1}: digitalt tilsyn om natten gir færre vekkinger og bedre søvn.`).join('\n');

/** Registers the suite for one engine ('webkit' or 'firefox'). */
export function engineSuite(engine) {
  const srv = server();
  const pages = [];
  const fresh = async () => {
    const page = await launch(engine);
    pages.push(page);
    return page;
  };
  before(async () => {
    await srv.start();
  });
  after(async () => {
    await Promise.all(pages.map((p) => p.close()));
    await srv.stop().catch(() => {});
    shutdown();
  });

  // Both entries (issue 19): the full app and the participant entry, each from a fresh profile.
  for (const [entry, page_] of [['the full app', ''], ['the participant entry', 'deltaker.html']]) {
    test(`${engine}: a cold load of ${entry} has no console error and fetches each wasm once`, async () => {
      const page = await fresh();
      srv.reset();
      await open(page, `${srv.base}${page_}`);
      await page.serviceWorkerControls();
      await sleep(1500); // anything fetched late (preloads, the service worker's install) is counted too
      await noErrors(page, 'on load');
      const own = ownWasm(page_);
      const isWasm = (p) => /_bg\.wasm$/.test(p);
      const seen = JSON.stringify([...srv.counts]);
      // What the page asked for before the service worker existed: its own wasm, once, and no
      // preload left unused beside the loader's own fetch.
      const beforeWorker = srv.order.slice(0, Math.max(0, srv.order.indexOf('/sw.js')));
      assert.deepEqual(beforeWorker.filter(isWasm).map((p) => own.test(p)), [true], `the page fetches its wasm once (${seen})`);
      // The service worker's install takes the page's wasm from the copy the page kept and
      // downloads the other entry's once: every wasm exactly once per cold load.
      const wasms = srv.order.filter(isWasm).filter((p) => !/qr_worker/.test(p));
      assert.equal(wasms.length, 2, `two entries' wasm in all (${seen})`);
      assert.equal(new Set(wasms).size, 2, `each wasm fetched once, service worker included (${seen})`);
      assert.equal(srv.count(/qr_worker/), 0, 'the scanner decoder is not fetched on a load');
      await page.close();
    });
  }

  if (engine === 'webkit') {
    test('webkit: the engine itself logs no console error or unused preload on a load', async () => {
      const lines = await webkitConsole(srv.base);
      assert.deepEqual(lines.filter((l) => /ERROR|preloaded using link preload but not used/.test(l)), [], lines.join('\n'));
    });
  }

  test(`${engine}: a seminar and two notes survive a reload and are painted after scrolling`, async () => {
    const page = await fresh();
    await newSeminar(page, srv.base, 'Dialogseminar helse');
    await page.click({ button: '+ Ny lapp' });
    await page.type({ label: 'Potensiale for endring', nth: 0 }, 'Felles turnus');
    await page.fill({ label: 'Gevinst som kan oppnås', nth: 0 }, 'Færre innleide vakter');
    await page.click({ button: '+ Ny lapp' });
    await page.waitFor(() => document.querySelectorAll('[data-testid="note-card"]').length === 2);
    await page.fill({ label: 'Potensiale for endring', nth: 1 }, LONG);
    await page.fill({ label: 'Gevinst som kan oppnås', nth: 1 }, LONG);
    await page.waitFor(() => (localStorage.getItem('gevinstverksted.workspace') ?? '').split('Linje 40').length === 3, [], { message: 'both long texts saved' });
    await page.reload();
    await page.ready();
    await page.waitFor(() => document.querySelectorAll('[data-testid="note-card"]').length === 2);
    assert.equal(await page.value({ label: 'Potensiale for endring', nth: 0 }), 'Felles turnus');
    assert.equal(await page.value({ label: 'Potensiale for endring', nth: 1 }), LONG);
    // Scroll down past the long note and back to Lapp 1, as a reader does.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await sleep(400);
    await page.evaluate(() => document.querySelector('[data-testid="note-card"]').scrollIntoView({ block: 'start' }));
    await sleep(400);
    const card = await page.must({ testid: 'note-card' });
    const cardPng = await page.screenshot(card);
    if (process.env.ENGINES_SHOTS) await writeFile(join(process.env.ENGINES_SHOTS, `${engine}-note-card.png`), cardPng);
    const shot = painted(cardPng);
    assert.ok(shot.otherShare > 0.02, `Lapp 1 is painted after scrolling back (${JSON.stringify(shot)})`);
    // Its heading is what is at its place on screen.
    const hit = await page.evaluate(() => {
      const h = document.querySelector('[data-testid="note-card"] h3');
      const r = h.getBoundingClientRect();
      return document.elementFromPoint(r.left + 5, r.top + r.height / 2) === h && h.textContent;
    });
    assert.equal(hit, 'Lapp 1');
    await noErrors(page, 'in the seminar');
    await page.close();
  });

  test(`${engine}: a long text area grows with its content (notes and A3 fields 1–6)`, async () => {
    const page = await fresh();
    await newSheet(page, srv.base, 'Lang tekst');
    for (const label of ['1. Begrunnelse', '6. Måling']) {
      await page.fill({ label }, LONG);
      const sel = await page.must({ label });
      const box = await page.evaluate((s) => {
        const el = document.querySelector(s);
        return { client: el.clientHeight, scroll: el.scrollHeight, height: el.getBoundingClientRect().height };
      }, sel);
      assert.ok(box.height > 400, `${label} grew to its text (${JSON.stringify(box)})`);
      assert.ok(box.scroll <= box.client + 2, `${label} does not scroll inside (${JSON.stringify(box)})`);
    }
    // After a reload too (the height is set on mount, not only on input).
    await page.reload();
    await page.ready();
    const sel = await page.must({ label: '1. Begrunnelse' });
    await page.waitFor((s) => document.querySelector(s)?.value.length > 100, [sel]);
    const box = await page.evaluate((s) => { const el = document.querySelector(s); return { client: el.clientHeight, scroll: el.scrollHeight }; }, sel);
    assert.ok(box.scroll <= box.client + 2, `after a reload it still fits (${JSON.stringify(box)})`);
    await noErrors(page, 'in the A3 sheet');
    await page.close();
  });

  test(`${engine}: an A3 measure with 2,60 årsverk and 1820000,00 kr shows the exact total, after a reload too`, async () => {
    const page = await fresh();
    await newSheet(page, srv.base, 'Færre overliggere');
    await page.click({ button: 'Legg til tiltak' });
    await page.fill({ label: 'Tiltak', within: '.measure-row' }, 'Reduksjon nattetjeneste');
    await page.fill({ label: 'Årsverk', within: '.measure-row' }, '2,60');
    await page.fill({ label: 'Kostnad / beløp (kr)', within: '.measure-row' }, '1820000,00');
    await page.waitText({ testid: 'measures-total-fte' }, '2,60');
    await page.waitText({ testid: 'measures-total-amount' }, `1${NB}820${NB}000,00${NB}kr`);
    await page.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
    await page.reload();
    await page.ready();
    await page.waitText({ testid: 'measures-total-fte' }, '2,60');
    await page.waitText({ testid: 'measures-total-amount' }, `1${NB}820${NB}000,00${NB}kr`);
    assert.equal(await page.value({ label: 'Årsverk', within: '.measure-row' }), '2,60');
    await noErrors(page, 'in the A3 sheet');
    await page.close();
  });

  test(`${engine}: after one load the app and its data load again with the network off`, async () => {
    const page = await fresh();
    await open(page, srv.base, '#/a3');
    await page.serviceWorkerControls();
    await newSheet(page, srv.base, 'Skrevet før nettet forsvant');
    await page.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
    await srv.stop();
    try {
      await page.reload();
      await page.ready();
      await page.waitText('main h1', 'Skrevet før nettet forsvant');
      await page.fill({ label: '1. Begrunnelse' }, 'Skrevet uten nett');
      await page.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
      await page.reload();
      await page.ready();
      await page.waitFor(() => [...document.querySelectorAll('textarea')].some((t) => t.value === 'Skrevet uten nett'));
      await noErrors(page, 'offline');
    } finally {
      await srv.start();
    }
    await page.close();
  });

  test(`${engine}: a share link opens in a fresh profile with a preview, the QR on screen decodes at 1×, and joining imports it`, async () => {
    const page = await fresh();
    await newSeminar(page, srv.base, 'Dialogseminar helse');
    await page.click({ css: 'details.setup > summary' });
    await page.click({ button: 'Del seminaret (lenke eller QR-kode)', within: 'details.setup' });
    await page.must({ testid: 'share-seminar' });
    const linkField = await page.must({ css: '[data-testid="share-seminar"] input, [data-testid="share-seminar"] textarea' });
    const link = await page.waitFor((s) => document.querySelector(s)?.value, [linkField]);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/deltaker\.html#\/del\/[A-Za-z0-9_-]+$/);
    const qr = await page.must({ css: '[data-testid="share-seminar"] .qr-code' });
    await sleep(300);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    assert.equal(dpr, 1, 'the screenshot is at 1×');
    const png = await page.screenshot(qr);
    if (process.env.ENGINES_SHOTS) await writeFile(join(process.env.ENGINES_SHOTS, `${engine}-qr.png`), png);
    assert.equal(decodeQr(png), link, 'the QR code on screen decodes to the link from a 1× screenshot');
    await noErrors(page, 'sharing');
    await page.close();

    const other = await fresh();
    await other.goto(link);
    await other.ready();
    await other.waitText('main h1', 'Bli med i seminaret');
    await other.waitText({ css: '[data-testid="join"] h2' }, 'Dialogseminar helse');
    assert.equal(await other.evaluate(() => localStorage.getItem('gevinstverksted.workspace')), null, 'nothing stored before joining');
    await other.fill({ label: 'Navnet ditt', within: '[data-testid="join"]' }, 'Kari');
    await other.click({ button: 'Bli med', within: '[data-testid="join"]' });
    await other.waitText('main h1', 'Dialogseminar helse');
    await other.reload();
    await other.ready();
    await other.waitText('main h1', 'Dialogseminar helse');
    assert.equal(await other.value({ label: 'Navnet ditt' }), 'Kari');
    await noErrors(other, 'after joining');
    await other.close();
  });

  test(`${engine}: two devices edit the same field offline; after exchanging files both show the conflict, and it resolves`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engines-merge-'));
    let n = 0;
    /** Exports everything from Hjem into a file; returns its path. */
    const exportAll = async (page) => {
      await open(page, srv.base, '#/');
      const before = (await page.downloads()).length;
      await page.click({ button: 'Eksporter alt' });
      const text = await page.waitFor((k) => Promise.all((window.__engBlobs ?? []).map((b) => b.text())).then((t) => t.length > k && t.at(-1)), [before]);
      const file = join(dir, `export-${n++}.json`);
      await writeFile(file, text);
      return file;
    };
    const importFile = (page, file, want) => importOnHome(page, srv.base, file, want);
    const sheetId = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('gevinstverksted.workspace')).workspace.a3_sheets[0].id);
    const writeBegrunnelse = async (page, text) => {
      await open(page, srv.base, `#/a3/${await sheetId(page)}`);
      await page.fill({ label: '1. Begrunnelse' }, text);
      await page.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
    };

    const a = await fresh();
    const b = await fresh();
    await newSheet(a, srv.base, 'Felles ark');
    await a.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
    await importFile(b, await exportAll(a), /1 ny/);
    await writeBegrunnelse(a, 'Begrunnelse fra A');
    await writeBegrunnelse(b, 'Begrunnelse fra B');
    const [fa, fb] = [await exportAll(a), await exportAll(b)];
    await importFile(a, fb, /1 felt er endret både her og i filen/);
    await importFile(b, fa, /1 felt er endret både her og i filen/);
    // Both show the same winner, and the other value on the field.
    const shown = [];
    for (const page of [a, b]) {
      await open(page, srv.base, `#/a3/${await sheetId(page)}`);
      await page.waitText({ testid: 'conflict' }, /Endret på en annen enhet: Begrunnelse fra [AB]/);
      shown.push(await page.value({ label: '1. Begrunnelse' }));
    }
    assert.equal(shown[0], shown[1], 'both devices show the same value');
    const other = shown[0] === 'Begrunnelse fra A' ? 'Begrunnelse fra B' : 'Begrunnelse fra A';
    await a.waitText({ testid: 'conflict' }, new RegExp(`Endret på en annen enhet: ${other}`));
    // A takes the other value: the conflict is gone, after a reload too.
    await a.click({ button: 'Bruk denne – 1. Begrunnelse' });
    await a.waitFor(() => !document.querySelector('[data-testid="conflict"]'));
    assert.equal(await a.value({ label: '1. Begrunnelse' }), other);
    await a.waitText({ testid: 'save-status' }, 'Lagret på denne enheten');
    await a.reload();
    await a.ready();
    await a.waitFor((v) => [...document.querySelectorAll('textarea')].some((t) => t.value === v), [other]);
    assert.equal(await a.evaluate(() => document.querySelectorAll('[data-testid="conflict"]').length), 0, 'resolved after a reload');
    // The resolution travels like any edit: B takes it, and its conflict is gone too.
    await importFile(b, await exportAll(a), /0 nye, 1 oppdateres/);
    await open(b, srv.base, `#/a3/${await sheetId(b)}`);
    await b.waitFor((v) => [...document.querySelectorAll('textarea')].some((t) => t.value === v), [other]);
    assert.equal(await b.evaluate(() => document.querySelectorAll('[data-testid="conflict"]').length), 0, 'resolved on B too');
    await noErrors(a, 'merging on A');
    await noErrors(b, 'merging on B');
    await a.close();
    await b.close();
    await rm(dir, { recursive: true, force: true });
  });

  test(`${engine}: an A3 sheet is printed as its document, every value in full`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engines-print-'));
    const file = join(dir, 'stokkbakken.json');
    await writeFile(file, JSON.stringify(stokkbakken()));
    const page = await fresh();
    await importOnHome(page, srv.base, file, /1 ny/);
    await page.waitText({ testid: 'count-a3' }, /1/);
    await open(page, srv.base, `#/a3/${SHEET_ID}`);
    // The document is rendered for print on the sheet's screen, hidden there.
    await page.waitFor(() => document.querySelector('[data-testid="printed-sheet"]')?.textContent.includes('Bemanningstilpasning Dag / Aftenskift'));
    const doc = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="printed-sheet"]');
      return { text: el.textContent, hidden: getComputedStyle(el).display === 'none', qr: !!el.querySelector('[data-testid="print-qr"] svg') };
    });
    assert.ok(doc.hidden, 'not shown on screen');
    assert.ok(doc.qr, 'the share code is in the document');
    for (const full of ['Nedskalering HMS-aktivitet / fagdager', '20.03.2026', '06.01.2025']) assert.ok(doc.text.includes(full), full);
    // Firefox prints to PDF over BiDi (WebKitWebDriver has no print command): one A3
    // landscape page whose text holds the full names.
    if (engine === 'firefox') {
      const pdf = join(dir, 'print.pdf');
      await writeFile(pdf, await page.page.pdf({ preferCSSPageSize: true, printBackground: true }));
      if (process.env.ENGINES_SHOTS) execFileSync('cp', [pdf, join(process.env.ENGINES_SHOTS, `${engine}-print.pdf`)]);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      assert.match(info, /^Pages:\s+1$/m, info);
      const [, w, h] = info.match(/^Page size:\s+([\d.]+) x ([\d.]+)/m);
      assert.ok(Math.abs(w - 1190.55) < 2 && Math.abs(h - 841.89) < 2, `A3 landscape (${w} × ${h})`);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const full of ['Bemanningstilpasning Dag / Aftenskift', 'Nedskalering HMS-aktivitet / fagdager', '20.03.2026', 'Sum tiltak: 3,00 årsverk']) {
        assert.ok(text.includes(full), `${full} in the PDF`);
      }
    }
    await noErrors(page, 'printing the sheet');
    await page.close();
    await rm(dir, { recursive: true, force: true });
  });

  test(`${engine}: the gevinstkart and where a gevinst stands against its plan are drawn`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engines-map-'));
    const file = join(dir, 'stokkbakken-map.json');
    // Seed 002's sheet with every tiltak giving the first gevinst, both gevinster serving
    // field 3, and the second measured by the indicator against a plan it is behind.
    const doc = stokkbakken();
    const [salary, overstays] = doc.a3.benefits;
    for (const m of doc.a3.measures) m.benefits = [{ id: salary.id }];
    doc.a3.measures[1].benefits.push({ id: overstays.id });
    salary.goal = 'desired_situation';
    Object.assign(overstays, {
      goal: 'desired_situation', measured_by: doc.a3.indicators[0].id, measuring_frequency: 'monthly',
      plan: [{ id: '3412aaaa-0000-4000-8000-000000000901', date: '2025-06-30', value: '10' }],
    });
    await writeFile(file, JSON.stringify(doc));
    const page = await fresh();
    await importOnHome(page, srv.base, file, /1 ny/);
    await open(page, srv.base, `#/a3/${SHEET_ID}`);
    await page.waitFor(() => !!document.querySelector('[data-testid="benefit-map"] svg'));
    const map = await page.evaluate(() => {
      const svg = document.querySelector('[data-testid="benefit-map"] svg');
      return { rects: svg.querySelectorAll('rect').length, paths: svg.querySelectorAll('path').length, label: svg.getAttribute('aria-label'), text: svg.textContent };
    });
    assert.equal(map.rects, 8, '4 tiltak, 3 gevinster, 1 mål');
    assert.equal(map.paths, 7, '5 tiltak → gevinst, 2 gevinst → mål');
    assert.match(map.label, /^Gevinstkart: 4 tiltak, 3 gevinster, 1 mål/);
    assert.ok(map.text.includes('Gevinstansvarlig: Ola Metodeveileder'), map.text);
    // Measured 15 on 30.06.2025 against a plan of 10: behind, on the sheet and in its print.
    await page.waitText({ testid: 'sheet-plan-status' }, 'Mot planen i dag: bak plan');
    await page.waitFor(() => document.querySelector('[data-testid="printed-sheet"]')?.textContent.includes('Gevinstrealiseringsplan'));
    assert.ok(await page.evaluate(() => !!document.querySelector('.indicator-row .chart polyline.plan')), 'the plan on the chart');
    await noErrors(page, 'drawing the map');
    await page.close();
    await rm(dir, { recursive: true, force: true });
  });

  test(`${engine}: export, then import into a fresh profile reproduces the data`, async () => {
    const page = await fresh();
    await newSheet(page, srv.base, 'Bemanningstilpasning');
    await page.fill({ label: '5. Endringstiltak' }, 'Reduksjon nattetjeneste: 2,00 årsverk');
    await newSeminar(page, srv.base, 'Seminar 20. mars');
    await open(page, srv.base, '#/');
    await page.click({ button: 'Eksporter alt' });
    const files = await page.waitFor(() => Promise.all((window.__engBlobs ?? []).map((b) => b.text())).then((t) => t.length && t));
    const exported = JSON.parse(files.at(-1));
    assert.equal(exported.format, 'gevinstverksted');
    await noErrors(page, 'exporting');
    await page.close();

    const dir = await mkdtemp(join(tmpdir(), 'engines-export-'));
    const file = join(dir, 'gevinstverksted-eksport.json');
    await writeFile(file, JSON.stringify(exported));
    const other = await fresh();
    await open(other, srv.base);
    await other.waitText({ testid: 'count-a3' }, /0/);
    await other.upload({ testid: 'import-file' }, file);
    await other.waitText({ testid: 'import-preview' }, /2 nye, 0 oppdateres/);
    await other.click({ button: 'Importer', within: '[data-testid="import-preview"]' });
    await other.waitText({ testid: 'count-a3' }, /1/);
    await other.waitText({ testid: 'count-seminars' }, /1/);
    const stored = await other.waitFor(() => localStorage.getItem('gevinstverksted.workspace'));
    assert.deepEqual(JSON.parse(stored).workspace, exported.workspace);
    await noErrors(other, 'importing');
    await other.close();
    await rm(dir, { recursive: true, force: true });
  });
}
