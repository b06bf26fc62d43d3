// A plain static file server for the built site, mounted under a sub-path to prove
// the app needs no rewrite rules: /tools/dsv/ serves dist/, anything else is 404.
// Text and wasm files go gzip'd (level 9, compressed once per file version) to clients
// that accept it, as any production static host serves them; the phone bench counts
// the bytes that travel.
// Usage: node serve.mjs [port] [dist-dir] [sub-path]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = resolve(process.argv[3] ?? new URL('../../dist', import.meta.url).pathname);
const base = process.argv[4] ?? '/tools/dsv/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Types worth compressing (images are compressed already).
const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest']);
// file -> { mtimeMs, gz }: each built file is compressed once, not on every request.
const gzipped = new Map();
const gzipOf = (file, mtimeMs, body) => {
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.gz;
  const gz = gzipSync(body, { level: 9 });
  gzipped.set(file, { mtimeMs, gz });
  return gz;
};
const acceptsGzip = (req) => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404).end('not found');
    return;
  }
  let file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const { mtimeMs } = await stat(file);
    const body = await readFile(file);
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (!compressible.has(extname(file))) {
      res.writeHead(200, headers).end(body);
      return;
    }
    headers.Vary = 'Accept-Encoding';
    if (!acceptsGzip(req)) {
      res.writeHead(200, headers).end(body);
      return;
    }
    headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers).end(gzipOf(file, mtimeMs, body));
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
