// Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4× CPU) on each entry of dist/, served
// with gzip. Part of make bench (scripts/bench.mjs imports lighthouseEntries); run alone with
// `node scripts/lighthouse.mjs` after `cd bench/lighthouse && npm ci`.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticServer } from '../tests/e2e/serve.mjs';

const CLI = 'bench/lighthouse/node_modules/lighthouse/cli/index.js';
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(url, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, url, '--only-categories=performance', '--output=json', `--output-path=${out}`, `--chrome-flags=${FLAGS}`, '--quiet'], {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))));
  });
}

/**
 * { [page]: { score, lcp_ms, fcp_ms, tbt_ms, tti_ms, transfer_bytes, runs: [...] } }, median of
 * `runs`. `tti_ms` is Lighthouse's Time to Interactive: not in the score since Lighthouse 10, but
 * the honest "the app answers" time, which the loading screen (index.html) does not move.
 */
export async function lighthouseEntries(pages = ['deltaker.html', ''], runs = 3, port = 4176) {
  const server = staticServer('dist', () => {}, { gzip: true }).listen(port, '127.0.0.1');
  const dir = await mkdtemp(join(tmpdir(), 'lh-'));
  const results = {};
  try {
    for (const page of pages) {
      const each = [];
      for (let i = 0; i < runs; i++) {
        const out = join(dir, `run-${i}.json`);
        await run(`http://127.0.0.1:${port}/${page}`, out);
        const report = JSON.parse(await readFile(out, 'utf8'));
        const audit = (id) => report.audits[id].numericValue;
        const requests = report.audits['network-requests'].details.items;
        each.push({
          score: Math.round(report.categories.performance.score * 100),
          lcp_ms: Math.round(audit('largest-contentful-paint')),
          fcp_ms: Math.round(audit('first-contentful-paint')),
          tbt_ms: Math.round(audit('total-blocking-time')),
          tti_ms: Math.round(audit('interactive')),
          // What the browser transferred for the page's own load (encoded sizes, headers included).
          transfer_bytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
        });
      }
      const pick = (key) => median(each.map((r) => r[key]));
      results[page || 'index.html'] = {
        score: pick('score'), lcp_ms: pick('lcp_ms'), fcp_ms: pick('fcp_ms'), tbt_ms: pick('tbt_ms'), tti_ms: pick('tti_ms'), transfer_bytes: pick('transfer_bytes'), runs: each,
      };
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await lighthouseEntries(), null, 2));
}
