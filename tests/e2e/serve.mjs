// A minimal static file server for dist/ (the e2e tests' "static host"). No dependencies.
// Run as a script (`node tests/e2e/serve.mjs dist 4173`), or import `staticServer` to count the
// requests it answers (the engine suites in tests/engines/ do: the wasm is fetched once per load).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * An HTTP server for the files under `root`; `onRequest(path)` is told of every request. With
 * `gzip`, responses are gzip-encoded when the client accepts it, as static hosts do (make bench's
 * Lighthouse runs and transfer figures).
 */
export function staticServer(root, onRequest = () => {}, { gzip = false } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    onRequest(path, req);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2);
  const server = staticServer(root);
  // Port 0 asks the system for a free port; the line below says which one it got.
  server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${resolve(root)} on http://127.0.0.1:${server.address().port}/`));
}
