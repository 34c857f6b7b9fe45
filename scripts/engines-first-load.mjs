// First load of both entries in WebKit (Safari's engine) and Firefox (issue 19), for make bench:
// a fresh profile per load, dist/ served with gzip as a static host serves it, on localhost (no
// network or CPU throttling: the WebDriver sessions of tests/engines/page.mjs have none, so these
// figures compare the engines, not a phone on mobile data). Reports, per engine and entry, the
// median of `runs` of navigation start → the loading screen's first paint (where the engine
// reports paint timing) and → the app mounted (its `gevinstverksted-mounted` mark), and how many
// times the entry's wasm was fetched in the load. Run alone: `node scripts/engines-first-load.mjs`.
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { staticServer } from '../tests/e2e/serve.mjs';
import { launch, ownWasm, shutdown } from '../tests/engines/page.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the page: the mark's time and the first paint's, once the app has mounted. */
function timings() {
  const mounted = performance.getEntriesByName('gevinstverksted-mounted')[0];
  if (!mounted) return null;
  const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  return { mounted_ms: mounted.startTime, first_paint_ms: paint ? paint.startTime : null };
}

/** { [engine]: { [page]: { mounted_ms, first_paint_ms, wasm_fetches, runs: [...] } } } */
export async function enginesFirstLoad(engines = ['webkit', 'firefox'], runs = 3, port = 4186) {
  const requests = [];
  const server = staticServer('dist', (path) => requests.push(path), { gzip: true }).listen(port, '127.0.0.1');
  const results = {};
  try {
    for (const engine of engines) {
      results[engine] = {};
      for (const page of ['deltaker.html', '']) {
        const own = ownWasm(page);
        const each = [];
        for (let i = 0; i < runs; i++) {
          const browser = await launch(engine);
          try {
            requests.length = 0;
            await browser.goto(`http://127.0.0.1:${port}/${page}`);
            const t = await browser.waitFor(timings, [], { timeout: 60_000, message: 'the app mounted' });
            await sleep(500); // a late second fetch of the wasm would be counted too
            each.push({ ...t, wasm_fetches: requests.filter((p) => own.test(p)).length });
          } finally {
            await browser.close();
          }
        }
        const paints = each.map((r) => r.first_paint_ms).filter((x) => x !== null);
        results[engine][page || 'index.html'] = {
          mounted_ms: Math.round(median(each.map((r) => r.mounted_ms))),
          first_paint_ms: paints.length ? Math.round(median(paints)) : null,
          wasm_fetches: Math.max(...each.map((r) => r.wasm_fetches)),
          runs: each,
        };
      }
    }
  } finally {
    server.close();
    shutdown();
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await enginesFirstLoad(), null, 2));
}
