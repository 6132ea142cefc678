/**
 * The page floor of scenario F: the product's own /t/<token> HTML as the server sent it, with
 * its scripts (and their data) taken out, served by node:http with the same stylesheets. Like
 * the product it sends the build's brotli copies to a browser that accepts br, and the page
 * itself brotli-compressed. The same content with no JavaScript to fetch, parse or run: what
 * this page's paints cost at the least in this browser on this machine.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { serveParent } from '../lib/rpc.mjs';

const assets = path.resolve(process.env.WEB_DIST_DIR, 'assets');
const TYPES = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };
let page = '<!doctype html><title>empty</title>';
let pageBr = brotliCompressSync(page);

const acceptsBr = (req) => /\bbr\b/.test(req.headers['accept-encoding'] ?? '');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/t/')) {
    const br = acceptsBr(req);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', vary: 'Accept-Encoding', ...(br ? { 'content-encoding': 'br' } : {}) });
    return res.end(br ? pageBr : page);
  }
  const file = path.join(assets, path.basename(url.pathname));
  if (url.pathname.startsWith('/assets/') && fs.existsSync(file)) {
    const br = acceptsBr(req) && fs.existsSync(`${file}.br`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
      ...(br ? { 'content-encoding': 'br' } : {}),
    });
    return fs.createReadStream(br ? `${file}.br` : file).pipe(res);
  }
  res.writeHead(404).end();
});

serveParent(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${server.address().port}` },
    handlers: {
      setPage: ({ html }) => {
        page = html;
        pageBr = brotliCompressSync(html);
      },
      close: () => new Promise((resolve) => server.close(resolve)),
    },
  };
});
