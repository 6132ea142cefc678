/**
 * The page floor of scenario F: the product's own tracking page as the browser rendered it,
 * saved as static HTML without its scripts, with the same stylesheets, served by node:http.
 * The same content with no JavaScript to fetch, parse or run: what the largest contentful
 * paint of this page costs at the least in this browser on this machine.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { serveParent } from '../lib/rpc.mjs';

const assets = path.resolve(process.env.WEB_DIST_DIR, 'assets');
const TYPES = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };
let page = '<!doctype html><title>empty</title>';

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/t/')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(page);
  }
  const file = path.join(assets, path.basename(url.pathname));
  if (url.pathname.startsWith('/assets/') && fs.existsSync(file)) {
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    return fs.createReadStream(file).pipe(res);
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
      },
      close: () => new Promise((resolve) => server.close(resolve)),
    },
  };
});
