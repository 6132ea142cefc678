/**
 * The HTTP floor of scenarios A, B and C: node:http and a pg pool of the app's size, no
 * framework, one hand-written prepared statement per request (floors/*.sql). It does the same work the
 * product must do for the same answer: parse the JSON request, hash the token the same way,
 * check what the product checks, count the page view, send the same JSON and headers.
 * PostgreSQL builds each answer; pg parses it and JSON.stringify sends it compact, so the bytes
 * on the wire are the product's own.
 */
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';
import { serveParent } from '../lib/rpc.mjs';

const require = createRequire(import.meta.url);
const { DEFAULT_TEMPLATE, LIMITS } = require('@tracklink/shared');
const sql = (name) => fs.readFileSync(new URL(`./${name}.sql`, import.meta.url), 'utf8');
const PAGE_SQL = sql('tracking-page');
const LIST_SQL = sql('consignment-list');
const INSERT_SQL = sql('position-insert');
const DEFAULT_TEMPLATE_JSON = JSON.stringify(DEFAULT_TEMPLATE);
const NOT_AVAILABLE = `${JSON.stringify({
  data: { trackingPage: { __typename: 'TrackingUnavailable', reason: 'NOT_AVAILABLE', message: 'This tracking link is not available' } },
})}\n`;
const PRIVATE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE) });
const lookupKey = Buffer.from(hkdfSync('sha256', process.env.APP_SECRET, 'tracklink', 'link-token-lookup', 32));
let statements = 0;
/** Named, so each pooled connection prepares a statement once and plans it from its cache. */
const query = (name, text, values) => {
  statements++;
  return pool.query({ name, text, values });
};

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
};
const error = (res, status, message) => send(res, status, JSON.stringify({ errors: [{ message }] }));
const bearer = (req) => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
const sha256 = (token) => createHash('sha256').update(token).digest('hex');

/** The product's rule: a visitor's views of a link count once per half hour. */
const VIEW_WINDOW_MS = 30 * 60_000;
const recentViews = new Map();
function countsAsView(hash, visitor) {
  const key = `${hash}|${visitor}`;
  const now = Date.now();
  const seen = recentViews.get(key);
  if (seen !== undefined && now - seen < VIEW_WINDOW_MS) return false;
  recentViews.set(key, now);
  return true;
}

async function trackingPage(req, res, body) {
  const token = body?.variables?.token;
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return send(res, 200, NOT_AVAILABLE, PRIVATE_HEADERS);
  const hash = createHmac('sha256', lookupKey).update(token).digest('base64url');
  const count = countsAsView(hash, req.socket.remoteAddress);
  const { rows } = await query('page', PAGE_SQL, [hash, DEFAULT_TEMPLATE_JSON, count]);
  send(res, 200, rows.length ? `${JSON.stringify(rows[0].body)}\n` : NOT_AVAILABLE, PRIVATE_HEADERS);
}

/**
 * The limit of any cached design (scenario A's second floor): one indexed look-up of the token
 * per request (the view counted in it by the same rule), then the page's bytes as built the
 * first time (by the statement above) sent again. Nothing checks whether the page changed.
 */
const LOOKUP_SQL = `WITH l AS (SELECT id FROM tracking_links WHERE token_hash = $1),
  viewed AS (UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now()
              WHERE id = (SELECT id FROM l) AND $2::boolean AND view_count > 0 RETURNING id)
  SELECT id FROM l`;
const builtPages = new Map();

async function cachedPage(req, res, body) {
  const token = body?.variables?.token;
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return send(res, 200, NOT_AVAILABLE, PRIVATE_HEADERS);
  const hash = createHmac('sha256', lookupKey).update(token).digest('base64url');
  const count = countsAsView(hash, req.socket.remoteAddress);
  const { rows } = await query('lookup', LOOKUP_SQL, [hash, count]);
  if (!rows.length) return send(res, 200, NOT_AVAILABLE, PRIVATE_HEADERS);
  let bytes = builtPages.get(hash);
  if (!bytes) {
    const built = await query('page', PAGE_SQL, [hash, DEFAULT_TEMPLATE_JSON, false]);
    bytes = Buffer.from(`${JSON.stringify(built.rows[0].body)}\n`);
    builtPages.set(hash, bytes);
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length, ...PRIVATE_HEADERS });
  res.end(bytes);
}

async function consignmentList(req, res, body) {
  const token = bearer(req);
  const first = body?.variables?.first;
  if (!token) return error(res, 401, 'Not signed in');
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSize) return error(res, 400, 'first: out of range');
  const { rows } = await query('list', LIST_SQL, [sha256(token), first]);
  if (Number(rows[0].authorized) === 0) return error(res, 401, 'Not signed in');
  send(res, 200, `${JSON.stringify(rows[0].body)}\n`);
}

/** The product's checks on a position, in the same order; returns an error message or null. */
function invalidPosition(p, i, now) {
  const at = `positions[${i}]`;
  const clientId = typeof p.clientId === 'string' ? p.clientId.trim() : '';
  if (!clientId || clientId.length > 100) return `${at}.clientId: must be 1 to 100 characters`;
  if (!(p.latitude >= -90 && p.latitude <= 90)) return `${at}.latitude: must be between -90 and 90`;
  if (!(p.longitude >= -180 && p.longitude <= 180)) return `${at}.longitude: must be between -180 and 180`;
  if (p.heading != null && !(p.heading >= 0 && p.heading <= 360)) return `${at}.heading: must be between 0 and 360`;
  if (p.speedKmh != null && !(p.speedKmh >= 0 && p.speedKmh <= 400)) return `${at}.speedKmh: must be between 0 and 400`;
  if (p.accuracyM != null && !(p.accuracyM >= 0)) return `${at}.accuracyM: must be zero or more`;
  const recordedAt = Date.parse(p.recordedAt);
  if (!Number.isFinite(recordedAt)) return `${at}.recordedAt: is not a date`;
  if (recordedAt > now + 5 * 60_000) return `${at}.recordedAt: is in the future`;
  return null;
}

async function reportPositions(req, res, body) {
  const token = bearer(req);
  const positions = body?.variables?.p;
  if (!token) return error(res, 401, 'Not signed in');
  if (!Array.isArray(positions) || positions.length > LIMITS.batchSize) return error(res, 400, 'positions: bad batch');
  const now = Date.now();
  const columns = [[], [], [], [], [], [], []];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    const problem = invalidPosition(p, i, now);
    if (problem) return error(res, 400, problem);
    const values = [p.clientId.trim(), p.latitude, p.longitude, p.heading ?? null, p.speedKmh ?? null, p.accuracyM ?? null, p.recordedAt];
    for (let c = 0; c < 7; c++) columns[c].push(values[c]);
  }
  const { rows } = await query('insert', INSERT_SQL, [sha256(token), ...columns]);
  if (rows[0].drivers === 0) return error(res, 401, 'Not signed in');
  const accepted = rows[0].accepted;
  send(res, 200, JSON.stringify({ data: { reportPositions: { accepted, duplicates: positions.length - accepted } } }));
}

const ROUTES = { '/floor/page': trackingPage, '/floor/cached-page': cachedPage, '/floor/consignments': consignmentList, '/floor/positions': reportPositions };

const server = http.createServer((req, res) => {
  const route = ROUTES[req.url];
  if (!route || req.method !== 'POST') return error(res, 404, 'Not found');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return error(res, 400, 'Bad JSON');
    }
    route(req, res, body).catch((e) => error(res, 500, e.message));
  });
});
server.keepAliveTimeout = 60_000;

serveParent(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${server.address().port}`, pid: process.pid },
    handlers: {
      queries: () => statements,
      close: async () => {
        const closed = new Promise((resolve) => server.close(resolve));
        server.closeAllConnections();
        await closed;
        await pool.end();
      },
    },
  };
});
