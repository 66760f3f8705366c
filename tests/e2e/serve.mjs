// Serves the release build in dist/ (or the bundle in $DIST) on 127.0.0.1,
// answering unknown paths with index.html so deep links such as /kids/<id>
// load the app.
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const port = Number(process.env.PORT ?? 8091);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function answer(path) {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return null;
  try {
    return { body: await readFile(file), type: types[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

// Compressed as a static host would, once per file and encoding.
const squeezed = new Map();
const COMPRESSIBLE = /\.(wasm|js|css|html|json|webmanifest|svg)$/;
// Kept on disk by content, so a server started again (the tests start
// several) answers at once instead of compressing the same wasm again.
const KEPT = join(tmpdir(), 'attune-serve-compressed');
mkdirSync(KEPT, { recursive: true });
function squeeze(encoding, body) {
  const kept = join(KEPT, `${createHash('sha256').update(body).digest('hex')}.${encoding}`);
  try {
    return readFileSync(kept);
  } catch {}
  const squeezed =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
  try {
    writeFileSync(`${kept}.${process.pid}`, squeezed);
    renameSync(`${kept}.${process.pid}`, kept);
  } catch {}
  return squeezed;
}
function encode(path, body, accepted) {
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding || !COMPRESSIBLE.test(path === '/' ? '/index.html' : path)) return { body, encoding: null };
  const key = `${encoding} ${path} ${body.length}`;
  if (!squeezed.has(key)) squeezed.set(key, squeeze(encoding, body));
  return { body: squeezed.get(key), encoding };
}

// Everything is compressed before the server answers at all: brotli at its
// highest quality takes seconds for the wasm, and the first pages asked
// for must not wait on it (nor block every other request meanwhile).
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const path = '/' + file.slice(root.length + 1).split('\\').join('/');
  if (!COMPRESSIBLE.test(path)) continue;
  const body = readFileSync(file);
  for (const encoding of ['br', 'gzip']) squeezed.set(`${encoding} ${path} ${body.length}`, squeeze(encoding, body));
}

createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const direct = path !== '/' && (await answer(path));
  const found = direct || (await answer('/index.html'));
  if (!found) {
    res.writeHead(500).end('dist/ is missing: run the release build first');
    return;
  }
  // Trunk puts a content hash in every built file's name, so those never
  // change and may be kept; index.html must be asked for again each time.
  const hashed = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(path);
  const cache = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
  const sent = encode(direct ? path : '/index.html', found.body, req.headers['accept-encoding'] ?? '');
  // A validator, as static hosts give, so a browser that asks "has this
  // changed?" is answered without the file.
  const etag = `"${createHash('sha256').update(found.body).digest('hex').slice(0, 32)}"`;
  const headers = { 'content-type': found.type, 'cache-control': cache, vary: 'accept-encoding', etag };
  if (sent.encoding) headers['content-encoding'] = sent.encoding;
  const unchanged = req.headers['if-none-match'] === etag;
  res.writeHead(unchanged ? 304 : 200, headers);
  res.end(unchanged ? undefined : sent.body);
  // SERVE_LOG=1: a line per answer, for tests that count what was sent.
  if (process.env.SERVE_LOG) console.log(`sent ${unchanged ? 304 : 200} ${unchanged ? 0 : sent.body.length} ${path}`);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
