// Trunk post-build hook, run on Trunk's staging dir (TRUNK_STAGING_DIR) or the folder given:
// 1. makes the loader keep the wasm it downloads for the service worker (fetched once), and
//    writes the participant entry's page, deltaker.html, from index.html (issue 19);
// 2. adds a Content-Security-Policy to both pages that allows exactly their inline loader
//    scripts (by sha256 hash), the app's own files, and WebAssembly compilation
//    ('wasm-unsafe-eval'). No 'unsafe-inline', no 'unsafe-eval'.
// 3. writes sw.js, the service worker, with the list of every built file (hashed names) and a
//    version derived from their contents, so the offline cache is never hand-maintained. The
//    scanner's decoder (qr_worker*) is not fetched at install: a participant's phone never
//    needs it. It is cached the first time it is fetched (a screen that scans fetches it ahead).
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no folder (TRUNK_STAGING_DIR or argument)');
  process.exit(2);
}
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
// `trunk serve` injects its live-reload script after this hook, so a policy would block it:
// only release builds (what is deployed and what the e2e tests run) get the CSP.
if (!release) console.log('post-build: debug build, no CSP (trunk serve adds its own inline script)');

// The wasm download, kept for the service worker (wasm fetched once per cold load, issue 18/19):
// on a first visit (no service worker controls the page yet) the page puts a copy of the
// response it is compiling into a cache; the worker's install takes it from there instead of
// downloading the wasm again (WebKit does not share its HTTP cache with the worker's fetch).
// `window.gvWasmStored` settles when the copy is stored; platform::register_service_worker
// waits for it before registering.
const BOOT_CACHE = 'gevinstverksted-boot';
const PARTICIPANT_PAGE = 'deltaker.html';
const fetchWasm = (url) =>
  `const wasmUrl = '${url}';
const wasmResponse = fetch(wasmUrl);
const firstVisit = 'serviceWorker' in navigator && !navigator.serviceWorker.controller && 'caches' in self;
window.gvWasmStored = firstVisit
  ? wasmResponse.then((r) => {
      if (!r.ok) return undefined;
      const copy = r.clone();
      return caches.open('${BOOT_CACHE}').then((c) => c.put(wasmUrl, copy));
    }).catch(() => undefined)
  : Promise.resolve();`;

const indexFile = join(dir, 'index.html');
let index = await readFile(indexFile, 'utf8');
// No <link rel="preload"> for the wasm: WebKit does not reuse it for the loader's fetch() and
// downloaded the wasm a second time (issue 18). The JS module preload stays; the loader starts
// the wasm download as soon as that module has run.
index = index.replace(/\s*<link rel="preload" href="[^"]*\.wasm"[^>]*>/g, '');
const loader = index.match(/await init\(\{ module_or_path: '([^']+\.wasm)' \}\)/);
if (!loader) {
  console.error('post-build: Trunk\'s loader does not call init({ module_or_path }); did Trunk change it?');
  process.exit(1);
}
index = index.replace(loader[0], 'await init({ module_or_path: wasmResponse })').replace(
  /(<script type="module">\s*import init[^\n]*\n)/,
  `$1${fetchWasm(loader[1])}\n`,
);

// The participant entry (deltaker.html, issue 19): Trunk builds its wasm as a "worker" asset
// (deltaker.js + deltaker_bg.wasm, wasm-bindgen's no-modules output, no hash in the name). The
// files get a content hash here, like Trunk's own, and the page is index.html with its loader
// swapped: the same head (CSP, manifest, icons, CSS), the participant's wasm.
const entryHash = createHash('sha256')
  .update(await readFile(join(dir, 'deltaker.js')))
  .update(await readFile(join(dir, 'deltaker_bg.wasm')))
  .digest('hex')
  .slice(0, 16);
const entryJs = `deltaker-${entryHash}.js`;
const entryWasm = `deltaker-${entryHash}_bg.wasm`;
await rename(join(dir, 'deltaker.js'), join(dir, entryJs));
await rename(join(dir, 'deltaker_bg.wasm'), join(dir, entryWasm));
let participant = index
  .replace(/<script type="module">[\s\S]*?<\/script>/, `<script defer src="./${entryJs}"></script>
<script type="module">
${fetchWasm(`./${entryWasm}`)}
await wasm_bindgen({ module_or_path: wasmResponse });
</script>`)
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace(/\s*<!-- The participant entry[^\n]*-->/, '');
if (participant === index || !participant.includes(entryWasm)) {
  console.error('post-build: could not write deltaker.html');
  process.exit(1);
}

/** The page with a Content-Security-Policy that allows exactly its inline scripts. */
function secure(html, name) {
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  if (!release) return html;
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  if (hashes.length === 0) {
    console.error(`post-build: no inline script found in ${name}; did Trunk change its loader?`);
    process.exit(1);
  }
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  if (!html.includes('Content-Security-Policy')) {
    console.error(`post-build: could not insert the policy in ${name}`);
    process.exit(1);
  }
  console.log(`post-build: CSP with ${hashes.length} script hash(es) in ${name}`);
  return html;
}
await writeFile(indexFile, secure(index, 'index.html'));
await writeFile(join(dir, PARTICIPANT_PAGE), secure(participant, 'deltaker.html'));

async function walk(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)])));
  return files.flat();
}
const built = (await walk(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('.'))
  .sort();
const version = createHash('sha256');
for (const f of built) version.update(f).update(await readFile(join(dir, f)));
const lazy = (f) => f.startsWith('qr_worker');
const files = ['./', ...built.filter((f) => !lazy(f)).map((f) => `./${f}`)];
const lazyFiles = built.filter(lazy);
if (lazyFiles.length === 0) {
  console.error('post-build: no qr_worker files; did the decoder worker fail to build?');
  process.exit(1);
}
const sw = `// Generated by scripts/post-build.mjs at build time. Do not edit.
// Offline: every built file is cached at install; requests are answered from this version's
// cache first. A new version installs in the background and waits until the app asks it to
// take over (the user chose "Oppdater"), so nothing changes under someone typing.
const VERSION = 'gevinstverksted-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(files, null, 2)};
// Cached when first fetched (the scanner's decoder), not at install.
const LAZY = ${JSON.stringify(lazyFiles)};

self.addEventListener('install', (event) => {
  // Files with a content hash in their name never change: take them from the HTTP cache the
  // page just filled (force-cache) instead of downloading them a second time. The page and the
  // files without a hash are asked for again as usual.
  // Trunk writes the hash in hex, without leading zeros (15 digits seen as well as 16).
  const hashed = /-[0-9a-f]{8,}(_bg)?\\.[a-z]+$/;
  const request = (f) => new Request(f, hashed.test(f) ? { cache: 'force-cache' } : {});
  // A file with a hash already in a cache (the wasm the page just downloaded, kept in
  // '${BOOT_CACHE}', or an unchanged file of the previous version) is copied, not downloaded.
  const take = (cache, f) =>
    (hashed.test(f) ? caches.match(f) : Promise.resolve(undefined)).then((hit) =>
      hit ? cache.put(f, hit) : cache.add(request(f)),
    );
  event.waitUntil(caches.open(VERSION).then((cache) => Promise.all(FILES.map((f) => take(cache, f)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gevinstverksted-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A navigation is answered with its entry's page: the participant entry or the full app.
  const participant = new URL(request.url).pathname.endsWith('/${PARTICIPANT_PAGE}');
  const key = request.mode === 'navigate' ? (participant ? './${PARTICIPANT_PAGE}' : './') : request;
  const keep = LAZY.some((f) => new URL(request.url).pathname.endsWith('/' + f));
  event.respondWith(
    caches.open(VERSION).then((cache) =>
      cache.match(key, { ignoreSearch: request.mode === 'navigate' }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (keep && response.ok) cache.put(request, response.clone());
            return response;
          }),
      ),
    ),
  );
});
`;
await writeFile(join(dir, 'sw.js'), sw);
console.log(`post-build: sw.js caches ${files.length} files`);
