// make bench: measures the release build against the budgets of docs/benchmarks.md and rewrites
// that file and docs/benchmarks.json. Playwright + Chrome DevTools Protocol in Debian's
// Chromium, on localhost. Each timed figure is the median of RUNS runs, with the CPU slowed
// 4× where the budget says so. Usage: make bench (builds dist/ and bench/empty-app/dist/ first).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { firstLoadSize, kb } from './bundle-size.mjs';
import { lighthouseEntries } from './lighthouse.mjs';
import { enginesFirstLoad } from './engines-first-load.mjs';
import { yearOfData, oneMegabyte, largeWorkspace } from './bench-data.mjs';

const RUNS = 5;
const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/`;
const KEY = 'gevinstverksted.workspace';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

// ---- Browser helpers ----------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
for (let i = 0; i < 50; i++) {
  if (await fetch(BASE).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}

/** Records when the first screen is usable: its heading and the navigation are in the DOM. */
const READY_SCRIPT = () => {
  const check = () => {
    if (!window.__gvReady && document.querySelector('main h1') && document.querySelector('header nav a')) {
      window.__gvReady = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

async function newPage({ stored, throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await context.addInitScript(READY_SCRIPT);
  if (stored) {
    await context.addInitScript(([key, text]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, text); }, [KEY, stored]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}
const readyAt = (page) => page.waitForFunction(() => window.__gvReady).then((h) => h.jsonValue());

const results = { date: new Date().toISOString(), runs: RUNS, chromium: browser.version(), figures: {} };
const record = (key, values, extra = {}) => { results.figures[key] = { values, median: median(values), ...extra }; return median(values); };

// ---- 1. Size --------------------------------------------------------------------------------
const app = await firstLoadSize('dist');
const empty = await firstLoadSize('bench/empty-app/dist');
results.figures.first_load_gzip = { app, empty, ratio: app.total.gzip / empty.total.gzip };
// The participant entry (issue 19): what a seminar's link opens on a phone.
results.figures.participant_first_load_gzip = await firstLoadSize('dist', 'deltaker.html');

// ---- 2. Cold load to the first usable screen, 4× slower CPU ------------------------------------
async function coldLoads(url) {
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage({ throttle: 4 });
    await page.goto(url);
    cold.push(await readyAt(page));
    await context.close();
  }
  return cold;
}
record('cold_load_ms', await coldLoads(BASE));
record('participant_cold_load_ms', await coldLoads(`${BASE}deltaker.html`));

// ---- 3. Reload with the network off (service worker), 4× ------------------------------------------
async function offlineReloads(url) {
  const offline = [];
  const { context, page, cdp } = await newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    offline.push(await readyAt(page));
  }
  await context.close();
  return offline;
}
record('offline_reload_ms', await offlineReloads(BASE));
record('participant_offline_reload_ms', await offlineReloads(`${BASE}deltaker.html`));

// ---- 3b. Lighthouse 12.2.3, mobile preset, both entries served with gzip (median of 3) ----------
results.figures.lighthouse = await lighthouseEntries(['deltaker.html', ''], 3);
// ---- 3c. First load in WebKit and Firefox (issue 19): both entries, fresh profiles, median of 3 ----
results.figures.engines_first_load = await enginesFirstLoad(['webkit', 'firefox'], 3);

// ---- 4. Typing with a year of data: 1 000 notes, 50 A3 sheets, 4× ---------------------------------
const year = yearOfData();
const yearText = JSON.stringify(year);
/** Fails the benchmark if the stored workspace was not accepted (quarantined or not shown). */
async function assertAccepted(page) {
  const bad = await page.evaluate(() => ({
    quarantined: Object.keys(localStorage).filter((k) => k.startsWith('gevinstverksted.quarantine')),
    banner: document.querySelector('[role=alert]')?.textContent ?? null,
  }));
  if (bad.quarantined.length) throw new Error(`the generated workspace was quarantined: ${JSON.stringify(bad)}`);
}
/** Latencies of typing into `field` on the screen at `hash` with `stored` in storage, or null if
 * the field is not there: key press → next frame, and the app's handling of each `input` event
 * (Event Timing: processingEnd − processingStart, the app's own work without the wait for the
 * frame). */
async function keystrokes(hash, field, stored = yearText) {
  const { context, page, cdp } = await newPage({ stored });
  await page.goto(`${BASE}${hash}`);
  await readyAt(page);
  await assertAccepted(page);
  const target = field(page);
  if (!(await target.isVisible({ timeout: 5_000 }).catch(() => false))) {
    await context.close();
    return null;
  }
  const { latencies, handling } = await typeInto(page, cdp, target);
  // Edits are stamped for the merge once, when they are saved (after the pause), not per key.
  if (stored === yearText) stamping.push(...(await page.evaluate(() => performance.getEntriesByName('gevinstverksted-stamp').map((e) => e.duration))));
  await context.close();
  return { latencies, handling };
}
/** Types a sentence into `target` at 4× (60 ms between keys) and returns, per key, the time
 * from the key press to the next frame and the `input` event's processing (Event Timing). */
async function typeInto(page, cdp, target) {
  await target.click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    // From the key press to the start of the next animation frame, i.e. the frame that shows
    // the typed character. It includes waiting for the display's next 16.7 ms tick, so even
    // an app doing nothing measures up to ~17 ms; above that, a frame was missed.
    window.__gvFrame = [];
    window.__gvInput = [];
    document.addEventListener('keydown', (e) => {
      requestAnimationFrame(() => window.__gvFrame.push(performance.now() - e.timeStamp));
    }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'input') window.__gvInput.push(e.processingEnd - e.processingStart);
    }).observe({ type: 'event', durationThreshold: 0 });
  });
  await page.keyboard.type(' hjemmetjenesten og institusjonene samarbeider om turnus', { delay: 60 });
  await page.waitForTimeout(500);
  const latencies = await page.evaluate(() => window.__gvFrame);
  const handling = await page.evaluate(() => window.__gvInput);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { latencies, handling };
}
/** The floor of the keystroke figure: the same typing into a bare `<textarea>` on a page with
 * no app and no script. Key press → next frame includes the wait for the display's next tick
 * (up to 16.7 ms), so this is what a page doing nothing measures. */
async function floorKeystrokes() {
  const { context, page, cdp } = await newPage();
  await page.setContent('<!doctype html><html lang="nb"><body><label>Felt <textarea rows="6" cols="40"></textarea></label></body></html>');
  const k = await typeInto(page, cdp, page.getByLabel('Felt'));
  await context.close();
  return k;
}
const stamping = [];
const seminar = year.workspace.seminars[0].id;
const sheet = year.workspace.a3_sheets[0].id;
const noteField = (page) => page.getByLabel('Potensiale for endring').first();
const a3Field = (page) => page.getByLabel('1. Begrunnelse');
const keyFigures = (k) => (k === null ? { values: null, not_measured: 'field not found' } : {
  values: k.latencies, p95: p95(k.latencies), median: median(k.latencies), over_one_frame: k.latencies.filter((x) => x > 16.7).length,
  handling: k.handling, handling_p95: p95(k.handling), handling_median: median(k.handling),
});
const a3Keys = await keystrokes(`#/a3/${sheet}`, a3Field);
if (a3Keys === null) throw new Error('the A3 field "1. Begrunnelse" was not found');
results.figures.keystroke_note_ms = keyFigures(await keystrokes(`#/verksted/${seminar}`, noteField));
results.figures.keystroke_a3_ms = keyFigures(a3Keys);
// The same with five times the data (issue 21): 5 000 notes in 100 seminars, 200 A3 sheets.
const large = largeWorkspace();
const largeText = JSON.stringify(large);
results.figures.large_workspace_bytes = Buffer.byteLength(largeText);
const largeNotes = await keystrokes(`#/verksted/${large.workspace.seminars[0].id}`, noteField, largeText);
const largeA3 = await keystrokes(`#/a3/${large.workspace.a3_sheets[0].id}`, a3Field, largeText);
if (largeNotes === null || largeA3 === null) throw new Error('a field of the large workspace was not found');
results.figures.keystroke_note_large_ms = keyFigures(largeNotes);
results.figures.keystroke_a3_large_ms = keyFigures(largeA3);
results.figures.keystroke_floor_ms = keyFigures(await floorKeystrokes());
if (!stamping.length) throw new Error('no edit was stamped: gevinstverksted-stamp not measured');
record('stamp_after_typing_ms', stamping);

// ---- 5. Import + merge of a 1 MB file at 4×, save, memory ----------------------------------------
// (a) a file of new entities into the year of data, as this build exports it, and (a') the same
// as a version-1 file; (b) the same 1 MB workspace after another device edited every sheet and
// note into a device that holds the unedited copy: every entity merged field by field. The
// version-2 files are written by tests/merge_cost.rs (see `make bench`).
const big = oneMegabyte();
const bigText = JSON.stringify(big);
await mkdir('target', { recursive: true });
await writeFile('target/bench-1mb.json', bigText);
const mergeCost = JSON.parse(readFileSync('target/merge-cost.json', 'utf8'));

async function importRuns(stored, file, key, memoryKeys) {
  const importMs = [];
  const decodeMs = [];
  const mergeMs = [];
  const saveMs = [];
  const memory = { before_heap: [], before_wasm: [], after_heap: [], after_wasm: [] };
  for (let i = 0; i < RUNS; i++) {
    const { context, page, cdp } = await newPage({ stored });
    await page.goto(BASE);
    await readyAt(page);
    await assertAccepted(page);
    await cdp.send('Performance.enable');
    // JS heap after a forced garbage collection (so runs compare), and the wasm linear memory.
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const metrics = await cdp.send('Performance.getMetrics');
      return [metrics.metrics.find((m) => m.name === 'JSHeapUsedSize').value, await page.evaluate(() => window.gevinstverkstedWasmMemory.buffer.byteLength)];
    };
    const [h0, w0] = await measure();
    memory.before_heap.push(h0);
    memory.before_wasm.push(w0);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Importert:').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('gevinstverksted-save').length > 0, null, { timeout: 60_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const entries = await page.evaluate(() => Object.fromEntries(
      ['gevinstverksted-import-decode', 'gevinstverksted-import-preview', 'gevinstverksted-import-merge', 'gevinstverksted-save']
        .map((n) => [n, performance.getEntriesByName(n).map((e) => e.duration)]),
    ));
    const decode = entries['gevinstverksted-import-decode'][0] + entries['gevinstverksted-import-preview'][0];
    const merge = entries['gevinstverksted-import-merge'][0];
    decodeMs.push(decode);
    mergeMs.push(merge);
    importMs.push(decode + merge);
    saveMs.push(Math.max(...entries['gevinstverksted-save']));
    const [h1, w1] = await measure();
    memory.after_heap.push(h1);
    memory.after_wasm.push(w1);
    await context.close();
  }
  record(key, importMs, { decode_and_preview: median(decodeMs), merge: median(mergeMs), file_bytes: statSync(file).size });
  record(`${key}_save_ms`, saveMs, { workspace_bytes: Buffer.byteLength(stored) + statSync(file).size });
  if (memoryKeys) {
    record('js_heap_bytes', memory.before_heap);
    record('wasm_memory_bytes', memory.before_wasm);
    record('js_heap_after_import_bytes', memory.after_heap);
    record('wasm_memory_after_import_bytes', memory.after_wasm);
  }
}
await importRuns(yearText, 'target/bench-1mb-v2.json', 'import_1mb_ms', true);
await importRuns(yearText, 'target/bench-1mb.json', 'import_1mb_v1_ms', false);
await importRuns(bigText, 'target/bench-1mb-edited.json', 'import_1mb_edited_ms', false);
results.figures.merge_cost = mergeCost;

await browser.close();
server.kill();

// ---- Report ------------------------------------------------------------------------------------
const f = results.figures;
const row = (figure, budget, measured, ok) => `| ${figure} | ${budget} | ${measured} | ${ok === undefined ? 'report' : ok === null ? '—' : ok ? 'met' : '**missed**'} |`;
const mb = (b) => `${(b / 1_000_000).toFixed(1)} MB`;
const lh = f.lighthouse;
const lines = [
  '# Benchmarks',
  '',
  `Written by \`make bench\` (scripts/bench.mjs) on ${results.date.slice(0, 10)} in Chromium ${results.chromium}, on this`,
  'project\'s 2-core build machine, against the release build served from localhost. Timed figures are',
  `medians of ${RUNS} runs; "4×" means Chrome DevTools CPU throttling at rate 4. 1 KB = 1000 bytes. Raw`,
  'figures, every run: `docs/benchmarks.json`.',
  '',
  '| figure | budget | measured | result |',
  '| --- | --- | --- | --- |',
  row('participant entry (deltaker.html) first load, gzipped (wasm + JS + CSS + HTML)', '≤ 250 KB', `${kb(f.participant_first_load_gzip.total.gzip)} KB`, f.participant_first_load_gzip.total.gzip <= 250_000),
  row('full app (index.html) first load, gzipped', '≤ 500 KB', `${kb(f.first_load_gzip.app.total.gzip)} KB`, f.first_load_gzip.app.total.gzip <= 500_000),
  row('participant entry: bytes transferred on a first load from a gzip-serving host (Lighthouse, encoded sizes)', '≤ 250 KB', `${kb(lh['deltaker.html'].transfer_bytes)} KB`, lh['deltaker.html'].transfer_bytes <= 250_000),
  row(`Lighthouse mobile, participant entry: performance (runs ${lh['deltaker.html'].runs.map((r) => r.score).join(', ')})`, '≥ 95', String(lh['deltaker.html'].score), lh['deltaker.html'].score >= 95),
  row('Lighthouse mobile, participant entry: Largest Contentful Paint (the loading screen, index.html, is the largest paint)', '≤ 2.5 s', ms(lh['deltaker.html'].lcp_ms), lh['deltaker.html'].lcp_ms <= 2500),
  row('Lighthouse mobile, participant entry: Time to Interactive, simulated slow 4G (the app answers: the wasm downloaded and started; not in the score)', 'report', ms(lh['deltaker.html'].tti_ms)),
  row(`Lighthouse mobile, full app: performance (runs ${lh['index.html'].runs.map((r) => r.score).join(', ')}); LCP ${ms(lh['index.html'].lcp_ms)}; Time to Interactive ${ms(lh['index.html'].tti_ms)}`, 'report', String(lh['index.html'].score)),
  row('participant entry: navigation → first usable screen, localhost, 4×', '≤ 1 000 ms', ms(f.participant_cold_load_ms.median), f.participant_cold_load_ms.median <= 1000),
  row('participant entry: reload with the network off, 4×', '≤ 500 ms', ms(f.participant_offline_reload_ms.median), f.participant_offline_reload_ms.median <= 500),
  ...Object.entries(f.engines_first_load).flatMap(([engine, pages]) => Object.entries(pages).map(([page, r]) => row(
    `${page === 'deltaker.html' ? 'participant entry' : 'full app'}: first load in ${engine === 'webkit' ? 'WebKit (Safari\'s engine, WebKitGTK)' : 'Firefox ESR'}, localhost, no throttling (runs ${r.runs.map((x) => Math.round(x.mounted_ms)).join(', ')} ms): navigation → first paint (the loading screen) ${r.first_paint_ms === null ? 'not reported by the engine' : ms(r.first_paint_ms)}; the wasm fetched ${r.wasm_fetches}×`,
    'report', `${ms(r.mounted_ms)} to the app mounted`))),
  row('same for an empty Leptos CSR app, same profile (the floor)', '—', `${kb(f.first_load_gzip.empty.total.gzip)} KB`),
  row('ratio app / empty app', '≤ 4', f.first_load_gzip.ratio.toFixed(2), f.first_load_gzip.ratio <= 4),
  row('navigation → first usable screen, localhost, 4×', '≤ 1 000 ms', ms(f.cold_load_ms.median), f.cold_load_ms.median <= 1000),
  row('reload with the network off (service worker), 4×', '≤ 500 ms', ms(f.offline_reload_ms.median), f.offline_reload_ms.median <= 500),
  f.keystroke_note_ms.values === null
    ? row('keystroke → next frame, p95, note field, 1 000 notes + 50 A3 sheets stored, 4×', '≤ 16 ms', 'not measured (notes UI not present)', null)
    : row(`keystroke → next frame, p95, note field (seminar with 50 notes), 1 000 notes + 50 A3 sheets stored, 4× (median ${ms(f.keystroke_note_ms.median)}; ${f.keystroke_note_ms.over_one_frame} of ${f.keystroke_note_ms.values.length} keys over one frame)`, '≤ 16 ms', ms(f.keystroke_note_ms.p95), f.keystroke_note_ms.p95 <= 16),
  row(`keystroke → next frame, p95, A3 field (Begrunnelse), same data, 4× (median ${ms(f.keystroke_a3_ms.median)}; ${f.keystroke_a3_ms.over_one_frame} of ${f.keystroke_a3_ms.values.length} keys over one frame)`, '≤ 16 ms', ms(f.keystroke_a3_ms.p95), f.keystroke_a3_ms.p95 <= 16),
  ...[['note field', f.keystroke_note_large_ms], ['A3 field', f.keystroke_a3_large_ms]].map(([what, k]) =>
    row(`keystroke → next frame, p95, ${what}, 5 000 notes + 200 A3 sheets stored (${mb(f.large_workspace_bytes)}), 4× (median ${ms(k.median)}; ${k.over_one_frame} of ${k.values.length} keys over one frame)`, '≤ 16 ms', ms(k.p95), k.p95 <= 16)),
  row(`keystroke → next frame, p95, a bare \`<textarea>\` on a page with no app and no script, 4× (the floor: the wait for the display's next tick; median ${ms(f.keystroke_floor_ms.median)}; ${f.keystroke_floor_ms.over_one_frame} of ${f.keystroke_floor_ms.values.length} keys over one frame)`, 'report', ms(f.keystroke_floor_ms.p95)),
  ...[['note field, 1 000 notes', f.keystroke_note_ms], ['A3 field, 1 000 notes', f.keystroke_a3_ms], ['note field, 5 000 notes', f.keystroke_note_large_ms], ['A3 field, 5 000 notes', f.keystroke_a3_large_ms]].filter(([, k]) => k.values !== null).map(([what, k]) =>
    row(`the app's handling of one typed character (the \`input\` event's processing, Event Timing), p95, ${what}, 4× (median ${ms(k.handling_median)})`, 'report', ms(k.handling_p95))),
  row(`the typed edits stamped for the merge, once, at the save after the pause (off the keystroke path), same data, 4×`, 'report', ms(f.stamp_after_typing_ms.median)),
  row(`import + merge of a ${mb(f.import_1mb_ms.file_bytes)} workspace file of new entities, as this build exports it, into the year of data, 4× (decode + preview ${ms(f.import_1mb_ms.decode_and_preview)}, merge ${ms(f.import_1mb_ms.merge)})`, '≤ 150 ms', ms(f.import_1mb_ms.median), f.import_1mb_ms.median <= 150),
  row(`the same as a version-1 file (${mb(f.import_1mb_v1_ms.file_bytes)}, from a build before the merge: migrated on reading), 4× (decode + preview ${ms(f.import_1mb_v1_ms.decode_and_preview)}, merge ${ms(f.import_1mb_v1_ms.merge)})`, '≤ 150 ms', ms(f.import_1mb_v1_ms.median), f.import_1mb_v1_ms.median <= 150),
  row(`import + merge of the same workspace after another device edited every sheet and note (${mb(f.import_1mb_edited_ms.file_bytes)}, every entity merged field by field), 4× (decode + preview ${ms(f.import_1mb_edited_ms.decode_and_preview)}, merge ${ms(f.import_1mb_edited_ms.merge)})`, '≤ 150 ms', ms(f.import_1mb_edited_ms.median), f.import_1mb_edited_ms.median <= 150),
  row(`save of the merged workspace (${mb(f.import_1mb_ms_save_ms.workspace_bytes)} of JSON) to localStorage, debounced off the keystroke path, 4×`, 'report', ms(f.import_1mb_ms_save_ms.median)),
  row(`merge metadata: the year of data as a v1 file, stored as v2, after one edit of every text field (${f.merge_cost.field_stamps} field stamps)`, 'report', `${kb(f.merge_cost.year_v1_bytes)} KB, ${kb(f.merge_cost.year_v2_bytes)} KB, ${kb(f.merge_cost.year_edited_bytes)} KB`),
  row('merge metadata: bytes per field stamp (with the entity\'s causal context)', 'bounded', `${f.merge_cost.bytes_per_stamp.toFixed(1)} B`),
  row(`the edited-workspace merge natively (no throttling): no conflicts / every field also edited here (${f.merge_cost.conflicts} conflicts)`, 'report', `${ms(f.merge_cost.native_merge_ms)} / ${ms(f.merge_cost.native_conflict_merge_ms)}`),
  row('memory after loading the year of data: JS heap (after GC) + wasm memory', 'report', `${mb(f.js_heap_bytes.median)} + ${mb(f.wasm_memory_bytes.median)}`),
  row(`memory after importing and saving the ${mb(f.import_1mb_ms.file_bytes)} file as well: JS heap (after GC) + wasm memory`, 'report', `${mb(f.js_heap_after_import_bytes.median)} + ${mb(f.wasm_memory_after_import_bytes.median)}`),
  '',
  '## First load, file by file (gzip -9)',
  '',
  '| file | bytes | gzipped |',
  '| --- | --- | --- |',
  ...f.first_load_gzip.app.files.map((x) => `| ${x.file.replace(/-[0-9a-f]{15,16}/, '-<hash>')} | ${x.bytes} | ${x.gzip} |`),
  `| **total** | ${f.first_load_gzip.app.total.bytes} | ${f.first_load_gzip.app.total.gzip} |`,
  '',
  '## Participant entry, file by file (gzip -9)',
  '',
  '| file | bytes | gzipped |',
  '| --- | --- | --- |',
  ...f.participant_first_load_gzip.files.map((x) => `| ${x.file.replace(/-[0-9a-f]{15,16}/, '-<hash>')} | ${x.bytes} | ${x.gzip} |`),
  `| **total** | ${f.participant_first_load_gzip.total.bytes} | ${f.participant_first_load_gzip.total.gzip} |`,
  '',
];
const notes = await import('node:fs').then((fs) => fs.readFileSync('docs/benchmarks-notes.md', 'utf8'));
await writeFile('docs/benchmarks.md', `${lines.join('\n')}\n${notes}`);
await writeFile('docs/benchmarks.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(lines.slice(7, 33).join('\n'));
