// Gzipped size of what a browser downloads on first load of one entry of a Trunk build: the
// page (index.html, or deltaker.html for the participant entry) and the wasm, JS and CSS it
// names (not sw.js, icons or the manifest, which load later or only on install; not the
// scanner's decoder, qr_worker*, fetched only by a screen that scans).
// Shared by scripts/size-check.mjs (make test) and scripts/bench.mjs (make bench).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** { files: [{ file, bytes, gzip }], total: { bytes, gzip } } for `page` of the build in `dir`. */
export async function firstLoadSize(dir, page = 'index.html') {
  const html = await readFile(join(dir, page), 'utf8');
  const named = [...html.matchAll(/['"]\.?\/([^'"\/]+\.(?:wasm|js|css))['"]/g)].map((m) => m[1]);
  const names = [page, ...new Set(named)].filter((f) => !isDecoder(f));
  return sizes(dir, names);
}

/** The scanner's decoder worker (its loader, glue and wasm): not part of the first load. */
export const isDecoder = (f) => f.startsWith('qr_worker');

/** Gzipped size of the decoder worker's files in `dir`, same shape as firstLoadSize. */
export async function decoderSize(dir) {
  return sizes(dir, (await readdir(dir)).filter(isDecoder));
}

async function sizes(dir, names) {
  const files = [];
  for (const file of names.sort()) {
    const body = await readFile(join(dir, file));
    files.push({ file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  return { files, total };
}

/** 1 KB = 1000 bytes here and in docs/benchmarks.md. */
export const kb = (bytes) => (bytes / 1000).toFixed(1);
