// Trunk post-build hook: adds a Content-Security-Policy to index.html that allows exactly the
// inline loader script Trunk generates (by its sha256 hash), the app's own files, and
// WebAssembly compilation ('wasm-unsafe-eval'). No 'unsafe-inline', no 'unsafe-eval'.
// Runs on Trunk's staging dir (TRUNK_STAGING_DIR), or on the folder given as argument.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: no folder (TRUNK_STAGING_DIR or argument)');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) {
  console.error('csp.mjs: no inline script found; did Trunk change its loader?');
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
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!html.includes('Content-Security-Policy')) {
  console.error('csp.mjs: could not insert the policy');
  process.exit(1);
}
await writeFile(file, html);
console.log(`csp.mjs: policy with ${hashes.length} script hash(es) written to ${file}`);
