import type http from 'node:http';
import { AsyncResource } from 'node:async_hooks';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import compression from 'compression';
import cors from 'cors';
import type { PublicContext } from '../graphql/public/context';
import type { PageAnswer, PageEncoding, PublicPageCache } from '../graphql/public/page-cache';
import { setApiSecurityHeaders } from './security-headers';

/** Public tracking responses: never cached, never indexed, never leaking the URL onwards. */
export function setPrivateHeaders(res: http.ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** A request URL's path and its query string (from the `?`, or empty). */
function splitUrl(url: string): [path: string, search: string] {
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

/** Whether a request is for the public GraphQL endpoint (the path, whatever the query string). */
export function isPublicGraphqlPath(url: string | undefined): boolean {
  const [path] = splitUrl(url ?? '');
  return path === '/public/graphql' || path === '/public/graphql/';
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The largest body the endpoint reads (a page's query is under 2 KB). */
export const PUBLIC_BODY_LIMIT = 16 * 1024;

/**
 * The public GraphQL endpoint over plain `node:http`, as Apollo's own standalone server serves
 * (CORS, a JSON body, Apollo's HTTP handling) but with the public endpoint's rules: private
 * headers, POST only (a token must never travel in a URL, where proxies and logs keep it), a
 * 16 KB body read in one piece (readJsonBody), browser origins from a list. It skips Express's
 * router, content negotiation and response helpers, which took a tenth of the server's time per
 * page. A page the cache holds is answered from its bytes with no GraphQL context at all
 * (serveCached). Answers of 1 KB or more are compressed for clients that accept it
 * (API_COMPRESSION; a hit's compressed bytes are kept beside it).
 */
export function publicGraphqlHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  /** The client's address (through the proxies we trust). */
  clientIp: (req: http.IncomingMessage) => string,
  /** A request's GraphQL context, from its client's address. */
  context: (ip: string) => TContext,
  origins: string[],
  trustProxy: (addr: string, i: number) => boolean,
  log: (...args: unknown[]) => void,
  /** The page cache: an available page's answer from its built bytes (graphql/public/page-cache.ts). */
  pages?: PublicPageCache,
): Handler {
  const corsHandler = cors({ origin: origins, methods: ['GET', 'POST'], maxAge: 600 });
  // A connect middleware: it needs nothing of Express's request or response.
  const compress = compression(API_COMPRESSION) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  /** Runs `then` with the answer compressed where the client accepts it (a client that accepts no encoding, a TMS or a load test, skips the middleware). */
  const compressed = (req: http.IncomingMessage, res: http.ServerResponse, then: () => void) => {
    if (req.headers['accept-encoding']) compress(req, res, then);
    else then();
  };
  return (req, res) => {
    setPrivateHeaders(res);
    setApiSecurityHeaders(req, res, trustProxy);
    if (req.method !== 'POST' && req.method !== 'OPTIONS') {
      res.setHeader('Allow', 'POST');
      sendErrors(res, 405, 'Use POST', 'METHOD_NOT_ALLOWED');
      return;
    }
    const afterCors = (corsError?: unknown) => {
      if (corsError) return compressed(req, res, () => failed(res, corsError, log));
      readJsonBody(req, (refusal, body) => {
        if (refusal) return compressed(req, res, () => sendErrors(res, refusal.status, refusal.message, refusal.code));
        (req as { body?: unknown }).body = body;
        const ip = clientIp(req);
        const run = pages && req.method === 'POST'
          ? serveCached(apollo, ip, context, pages, req, res, log, compressed)
          : new Promise<void>((resolve, reject) => compressed(req, res, () => execute(apollo, async () => context(ip), req, res).then(() => resolve(), reject)));
        run.catch((error: unknown) => failed(res, error, log));
      });
    };
    // A POST with no Origin (no browser's cross-origin call): all the middleware would do is
    // add Origin to Vary (an origin list, no credentials, no exposed headers).
    if (req.method === 'POST' && req.headers.origin === undefined) {
      addVary(res, 'Origin');
      afterCors();
    } else {
      corsHandler(req, res, afterCors);
    }
  };
}

const API_COMPRESSION_THRESHOLD = 1024;

/**
 * Compression of API answers: from 1 KB, brotli at quality 4 (or gzip) for clients that
 * accept it. A tracking page's answer (5 stops, 20 cargo lines, 50 scans) is 10.6 KB, 1.5 KB
 * so, for about 0.15 ms of the server's CPU: some 45 ms less on a slow 4G link.
 */
export const API_COMPRESSION: compression.CompressionOptions = { threshold: API_COMPRESSION_THRESHOLD };

/** Why a body is refused: its status, message and the GraphQL-style error's code. */
interface BodyRefusal {
  status: number;
  message: string;
  code: string;
}

const refusal = (status: number, message: string, code = 'BAD_REQUEST'): BodyRefusal => ({ status, message, code });

/** Decoders of the request encodings a JSON body may come in (as the JSON body parser took them). */
const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The request's JSON body, read in one piece: `undefined` for a request of another type or with
 * no body (Apollo refuses it, as ever), `{}` for an empty one; at most PUBLIC_BODY_LIMIT bytes
 * (413), UTF-8 (415 for another charset), an object or an array (400 for anything else or bad
 * JSON). A refused body is read to its end before the answer, so the client sees the answer
 * rather than a reset.
 */
export function readJsonBody(req: http.IncomingMessage, then: (refused: BodyRefusal | null, body?: unknown) => void): void {
  // Called back from the request's stream events, which run in the connection's async context:
  // run in the caller's, so the request's context (its id in the log, its cancellation when
  // the client goes away) holds for what runs after the body is read. A resource of its own,
  // not AsyncResource.bind: bind also defines a deprecated accessor pair on every function it
  // returns, two util.deprecate wrappers made per call (bench A: a cached page's server CPU
  // 0.19–0.20 ms with bind, 0.15 ms without).
  const scope = new AsyncResource('PublicGraphqlBody');
  const done = (refused: BodyRefusal | null, body?: unknown) => scope.runInAsyncScope(then, undefined, refused, body);
  const type = req.headers['content-type'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
  const [mime, ...params] = (type ?? '').split(';');
  if (mime.trim().toLowerCase() !== 'application/json') {
    // Not ours to read: drained, and Apollo answers as it does for any other type.
    if (hasBody) req.resume();
    return done(null, undefined);
  }
  if (!hasBody) return done(null, req.headers['content-length'] === '0' ? {} : undefined);
  const finish = (result: BodyRefusal | null, body?: unknown) => {
    if (req.readableEnded) return done(result, body);
    req.resume();
    req.once('end', () => done(result, body));
  };
  for (const param of params) {
    const [name, value = ''] = param.split('=');
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return finish(refusal(415, `Unsupported charset "${charset.toUpperCase()}"`));
    }
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && declared > PUBLIC_BODY_LIMIT) return finish(refusal(413, 'Request body is larger than 16 KB', 'PAYLOAD_TOO_LARGE'));
  let source: Readable = req;
  if (encoding !== 'identity') {
    const decoder = DECODERS[encoding]?.();
    if (!decoder) return finish(refusal(415, `Unsupported content encoding "${encoding}"`));
    source = req.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  let settled = false;
  const settle = (result: BodyRefusal | null, body?: unknown) => {
    if (settled) return;
    settled = true;
    source.removeAllListeners('data');
    if (source !== req) {
      req.unpipe(source as unknown as NodeJS.WritableStream);
      (source as zlib.Gunzip).destroy();
    }
    finish(result, body);
  };
  source.on('data', (chunk: Buffer) => {
    length += chunk.length;
    if (length > PUBLIC_BODY_LIMIT) return settle(refusal(413, 'Request body is larger than 16 KB', 'PAYLOAD_TOO_LARGE'));
    chunks.push(chunk);
  });
  source.once('error', () => settle(refusal(400, 'The request body could not be decoded')));
  // The client went away: there is no one to answer.
  req.once('aborted', () => {
    settled = true;
  });
  source.once('end', () => {
    if (settled) return;
    let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const first = /\S/.exec(text)?.[0];
    if (first === undefined) return settle(null, {});
    if (first !== '{' && first !== '[') return settle(refusal(400, 'The request body is not a JSON object'));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return settle(refusal(400, 'The request body is not valid JSON'));
    }
    settle(null, body);
  });
}

type Compressed = (req: http.IncomingMessage, res: http.ServerResponse, then: () => void) => void;

/** Answers from the page cache where it may, else through Apollo (keeping the answer where it may). */
async function serveCached<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  ip: string,
  context: (ip: string) => TContext,
  pages: PublicPageCache,
  req: http.IncomingMessage & { body?: unknown },
  res: http.ServerResponse,
  log: (...args: unknown[]) => void,
  compressed: Compressed,
): Promise<void> {
  // The cache serves the public endpoint only, whose context is a PublicContext.
  const answer: PageAnswer = await pages.answer(req.body, ip, () => context(ip) as unknown as PublicContext);
  if (answer.kind === 'hit') {
    sendHit(req, res, answer);
  } else {
    const text = await new Promise<string | null>((resolve, reject) =>
      compressed(req, res, () => execute(apollo, async () => answer.context as unknown as TContext, req, res).then(resolve, reject)),
    );
    if (answer.keep && text !== null) answer.keep(res.statusCode, text);
  }
  // The view, where the page's statement could not count it: after the answer, never failing it.
  await answer.after().catch((error: unknown) => log('public page view not counted:', error));
}

/**
 * A hit's answer: its headers, then its bytes in the encoding the compression middleware would
 * have chosen for this request (its own negotiation, threshold and Vary), compressed once.
 */
function sendHit(req: http.IncomingMessage, res: http.ServerResponse, hit: Extract<PageAnswer, { kind: 'hit' }>): void {
  for (const [key, value] of hit.headers) res.setHeader(key, value);
  res.statusCode = 200;
  const accepted = req.headers['accept-encoding'];
  let bytes = hit.body;
  if (accepted) {
    addVary(res, 'Accept-Encoding');
    const encoding = bytes.length >= API_COMPRESSION_THRESHOLD ? encodingFor(req, accepted) : null;
    if (encoding) {
      bytes = hit.encoded(encoding);
      res.setHeader('Content-Encoding', encoding);
    }
  }
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}

/** Adds a field to the answer's Vary header (after CORS's Origin), as the `vary` module does. */
function addVary(res: http.ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const text = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (!text) return void res.setHeader('Vary', field);
  const fields = text.split(',').map((f) => f.trim().toLowerCase());
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
  res.setHeader('Vary', `${text}, ${field}`);
}

/** The negotiator the compression middleware uses, so a hit's encoding is the one a miss gets. */
const Negotiator = createRequire(require.resolve('compression'))('negotiator') as new (req: { headers: http.IncomingHttpHeaders }) => {
  encoding(available: string[], preferred?: string[]): string | undefined;
};
const negotiated = new Map<string, PageEncoding | null>();

/** The encoding the middleware picks for an Accept-Encoding value (the same few values come again and again). */
function encodingFor(req: http.IncomingMessage, accepted: string): PageEncoding | null {
  let encoding = negotiated.get(accepted);
  if (encoding === undefined) {
    const method = new Negotiator(req).encoding(['br', 'gzip', 'deflate', 'identity'], ['br', 'gzip']);
    encoding = method === 'br' || method === 'gzip' || method === 'deflate' ? method : null;
    if (negotiated.size >= 64) negotiated.clear();
    negotiated.set(accepted, encoding);
  }
  return encoding;
}

/** Runs the request through Apollo and writes its answer; returns the body when it was one string. */
async function execute<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: () => Promise<TContext>,
  req: http.IncomingMessage & { body?: unknown },
  res: http.ServerResponse,
): Promise<string | null> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const [, search] = splitUrl(req.url ?? '');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body: req.body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return response.body.string;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return null;
}

function sendErrors(res: http.ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** A body the parser refused (too large, not JSON, bad charset) says so; anything else is ours. */
function failed(res: http.ServerResponse, error: unknown, log: (...args: unknown[]) => void): void {
  const { status, expose, message } = (error ?? {}) as { status?: number; expose?: boolean; message?: string };
  if (res.headersSent) {
    log('public graphql response failed:', error);
    res.destroy();
    return;
  }
  if (status && status >= 400 && status < 500 && expose && message) {
    sendErrors(res, status, message, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST');
    return;
  }
  log('public graphql request failed:', error);
  sendErrors(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
}
