import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import compression from 'compression';
import cors from 'cors';
import type { PublicContext } from '../graphql/public/context';
import type { PageAnswer, PublicPageCache } from '../graphql/public/page-cache';
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

/**
 * The public GraphQL endpoint over plain `node:http`, as Apollo's own standalone server serves
 * (CORS, a JSON body parser, Apollo's HTTP handling) but with the public endpoint's rules:
 * private headers, POST only (a token must never travel in a URL, where proxies and logs keep
 * it), a 16 KB body, browser origins from a list. It skips Express's router, content
 * negotiation and response helpers, which took a tenth of the server's time per page.
 * Answers of 1 KB or more are compressed for clients that accept it (API_COMPRESSION).
 */
export function publicGraphqlHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: http.IncomingMessage) => Promise<TContext>,
  origins: string[],
  trustProxy: (addr: string, i: number) => boolean,
  log: (...args: unknown[]) => void,
  /** The page cache: an available page's answer from its built bytes (graphql/public/page-cache.ts). */
  pages?: PublicPageCache,
): Handler {
  const corsHandler = cors({ origin: origins, methods: ['GET', 'POST'], maxAge: 600 });
  const json = bodyParser.json({ limit: '16kb' });
  // A connect middleware: it needs nothing of Express's request or response.
  const compress = compression(API_COMPRESSION) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  return (req, res) => {
    setPrivateHeaders(res);
    setApiSecurityHeaders(req, res, trustProxy);
    if (req.method !== 'POST' && req.method !== 'OPTIONS') {
      res.setHeader('Allow', 'POST');
      sendErrors(res, 405, 'Use POST', 'METHOD_NOT_ALLOWED');
      return;
    }
    const handle = () =>
      corsHandler(req, res, (corsError?: unknown) => {
        if (corsError) return failed(res, corsError, log);
        json(req, res, (bodyError?: unknown) => {
          if (bodyError) return failed(res, bodyError, log);
          const run = pages && req.method === 'POST' ? serveCached(apollo, context, pages, req, res, log) : execute(apollo, () => context(req), req, res);
          run.catch((error: unknown) => failed(res, error, log));
        });
      });
    // A client that accepts no encoding (a TMS, a load test) skips the middleware altogether.
    if (req.headers['accept-encoding']) compress(req, res, handle);
    else handle();
  };
}

/**
 * Compression of API answers: from 1 KB, brotli at quality 4 (or gzip) for clients that
 * accept it. A tracking page's answer (5 stops, 20 cargo lines, 50 scans) is 10.6 KB, 1.5 KB
 * so, for about 0.15 ms of the server's CPU: some 45 ms less on a slow 4G link.
 */
export const API_COMPRESSION: compression.CompressionOptions = { threshold: 1024 };

/** Answers from the page cache where it may, else through Apollo (keeping the answer where it may). */
async function serveCached<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: http.IncomingMessage) => Promise<TContext>,
  pages: PublicPageCache,
  req: http.IncomingMessage & { body?: unknown },
  res: http.ServerResponse,
  log: (...args: unknown[]) => void,
): Promise<void> {
  // The cache serves the public endpoint only, whose context is a PublicContext.
  const answer: PageAnswer = await pages.answer(req.body, (await context(req)) as unknown as PublicContext);
  if (answer.kind === 'hit') {
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = 200;
    res.end(answer.body);
  } else {
    const text = await execute(apollo, async () => answer.context as unknown as TContext, req, res);
    if (answer.keep && text !== null) answer.keep(res.statusCode, text);
  }
  // The view, where the page's statement could not count it: after the answer, never failing it.
  await answer.after().catch((error: unknown) => log('public page view not counted:', error));
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
