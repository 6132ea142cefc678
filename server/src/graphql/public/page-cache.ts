import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER, rateLimitFields, type RateLimitSlot } from '../../limits/rate-limit-fields';
import type { PageState, PublicTrackingService } from '../../modules/public-tracking/public-tracking.service';
import type { PageCapture, PublicContext } from './context';
import type { PublicLimits } from './rate-limiter';

export interface PageCacheOptions {
  /** Bytes of answers this process keeps at most (PAGE_CACHE_MAX_BYTES). */
  maxBytes: number;
  /** How long an answer is kept (PAGE_CACHE_TTL_SECONDS, at most half a proof-of-delivery URL's life). */
  ttlMs: number;
  /** The Redis every replica shares (REDIS_URL), or null: this process's memory only. */
  redis: Redis | null;
  /** Keys in Redis start with it (the installation's prefix). */
  prefix: string;
  /** Told of every answer: from this process, from Redis, or built (a miss). */
  onLookup?: (result: 'hit_local' | 'hit_redis' | 'miss') => void;
  /** The public endpoint's limits: a hit counts its look-up as Apollo's resolver would. */
  limits: PublicLimits;
  /** The page's one statement per request (`pageState`). */
  tracking: Pick<PublicTrackingService, 'pageState'>;
}

/** An encoding of an answer's bytes the HTTP layer may send (http/public-graphql.ts negotiates it as the compression middleware does). */
export type PageEncoding = 'br' | 'gzip' | 'deflate';

/** The compression middleware's own settings (brotli at quality 4, zlib's defaults), so a hit's bytes are the ones a miss sends. */
const ENCODERS: Record<PageEncoding, (bytes: Buffer) => Buffer> = {
  br: (bytes) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (bytes) => zlib.gzipSync(bytes),
  deflate: (bytes) => zlib.deflateSync(bytes),
};

/** How the public endpoint answers a request: bytes from the cache, or through Apollo. */
export type PageAnswer =
  | {
      kind: 'hit';
      body: Buffer;
      headers: Array<[string, string]>;
      /** The bytes in an encoding, compressed once per kept answer and kept beside it. */
      encoded(encoding: PageEncoding): Buffer;
      after(): Promise<void>;
    }
  | {
      kind: 'execute';
      context: PublicContext;
      /** Keeps Apollo's answer where it may be kept (an available consignment page, no errors). */
      keep?(status: number, body: string): void;
      /** Run once the answer is sent. */
      after(): Promise<void>;
    };

const nothing = async (): Promise<void> => undefined;

/**
 * The public page's answers, as the bytes Apollo wrote for them, keyed by the document (its
 * text and operation name), the link and the page's version (public-tracking.sql.ts,
 * `PAGE_VERSION`: it moves with every change of what the page shows, its visibility profile and
 * language included, so the key names them all). Per request one statement tells whether the
 * link's page is available and its version, and counts the view; a revoked, expired, deleted or
 * locked link is never answered from here, since that statement runs for every request. Kept in
 * this process (least recently used, by bytes) and in Redis when the replicas share one, so a
 * page one replica built the others serve.
 */
export class PublicPageCache {
  private readonly local: LRUCache<string, Buffer>;
  /** Documents that read a page by anything other than their `token` variable: never kept. */
  private readonly uncacheable = new LRUCache<string, true>({ max: 256 });
  private readonly documentKeys = new LRUCache<string, string>({ max: 256 });
  /** Answers of available pages so far, by where they came from (the metric's counts, for tests). */
  readonly counts = { hit_local: 0, hit_redis: 0, miss: 0 };

  constructor(private readonly options: PageCacheOptions) {
    this.local = new LRUCache<string, Buffer>({
      maxSize: options.maxBytes,
      sizeCalculation: (value, key) => value.length + key.length,
      ttl: options.ttlMs,
    });
  }

  /** Bytes kept in this process now. */
  get bytes(): number {
    return this.local.calculatedSize;
  }

  /**
   * How to answer a request from `ip`: from the kept bytes (no GraphQL context is made for
   * it), or through Apollo with the context `context` makes. The look-up limits are counted
   * here, once, for either.
   */
  async answer(body: unknown, ip: string, context: () => PublicContext): Promise<PageAnswer> {
    const request = this.pageRequest(body);
    if (!request || this.uncacheable.has(request.document)) return { kind: 'execute', context: context(), after: nothing };
    // The request's look-up is counted here, once; a refusal is answered by Apollo as ever.
    const rateLimit: RateLimitSlot = { states: null };
    const checked = (extra?: Partial<PublicContext>): PublicContext => ({ ...context(), rateLimit, limitsChecked: true, ...extra });
    try {
      await this.options.limits.check(ip, rateLimit);
    } catch (refusal) {
      return { kind: 'execute', context: checked({ limitsRefusal: refusal }), after: nothing };
    }
    let state: PageState | null;
    try {
      state = await this.options.tracking.pageState(request.token, ip);
    } catch {
      // The database is away (or slow): Apollo answers, with the error it maps it to.
      return { kind: 'execute', context: checked(), after: nothing };
    }
    // Unknown tokens, order links, unavailable pages: answered as ever, never from here.
    if (!state || !state.available) return { kind: 'execute', context: checked(), after: nothing };
    const { linkId, version } = state;
    const key = `${request.document}|${linkId}|${version}`;
    const cached = await this.get(key);
    if (cached) {
      return { kind: 'hit', body: cached, headers: hitHeaders(rateLimit), encoded: (encoding) => this.encoded(key, cached, encoding), after: state.finishView };
    }
    this.told('miss');
    const capture: PageCapture = { pages: [] };
    return {
      kind: 'execute',
      context: checked({ pageCapture: capture }),
      after: state.finishView,
      keep: (status, text) => {
        const { pages } = capture;
        if (pages.some((page) => page.token !== request.token)) {
          this.uncacheable.set(request.document, true);
          return;
        }
        if (status !== 200 || text.includes('"errors":') || pages.length === 0) return;
        // Kept under the version read with the page itself (the same snapshot as its bytes).
        const read = pages[0];
        if (read.linkId !== linkId || read.version === null || pages.some((page) => page.version !== read.version)) return;
        this.set(`${request.document}|${linkId}|${read.version}`, Buffer.from(text, 'utf8'));
      },
    };
  }

  /**
   * The kept answer `bytes` (under `key`) in an encoding: compressed the first time, then kept
   * in this process beside it (in the same bytes' budget, never longer than the answer).
   */
  private encoded(key: string, bytes: Buffer, encoding: PageEncoding): Buffer {
    const variantKey = `${key}|${encoding}`;
    const kept = this.local.get(variantKey);
    if (kept) return kept;
    const made = ENCODERS[encoding](bytes);
    const ttl = this.local.getRemainingTTL(key);
    // Its answer is gone (or about to go) already: sent, not kept.
    if (ttl > 0 && Number.isFinite(ttl)) this.local.set(variantKey, made, { ttl });
    return made;
  }

  /** The document's key and the token of a request whose only variable is `token`, else null. */
  private pageRequest(body: unknown): { document: string; token: string } | null {
    if (typeof body !== 'object' || body === null) return null;
    const { query, variables, operationName, extensions, ...rest } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions !== undefined || Object.keys(rest).length > 0) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (typeof variables !== 'object' || variables === null) return null;
    const names = Object.keys(variables);
    const token = (variables as { token?: unknown }).token;
    if (names.length !== 1 || typeof token !== 'string') return null;
    const text = `${operationName ?? ''}\n${query}`;
    let document = this.documentKeys.get(text);
    if (document === undefined) {
      document = createHash('sha256').update(text).digest('base64url').slice(0, 22);
      this.documentKeys.set(text, document);
    }
    return { document, token };
  }

  private async get(key: string): Promise<Buffer | undefined> {
    const local = this.local.get(key);
    if (local) {
      this.told('hit_local');
      return local;
    }
    const { redis, prefix } = this.options;
    if (!redis) return undefined;
    // Redis away: a miss, the page is built (the limits' and the bus's own checks tell the outage).
    const shared = await redis.getBuffer(`${prefix}:page:${key}`).catch(() => null);
    if (!shared) return undefined;
    this.keepLocally(key, shared);
    this.told('hit_redis');
    return shared;
  }

  /** Keeps an answer in this process; its encodings, of any bytes kept before under the key, go. */
  private keepLocally(key: string, bytes: Buffer): void {
    this.local.set(key, bytes);
    for (const encoding of Object.keys(ENCODERS)) this.local.delete(`${key}|${encoding}`);
  }

  private told(result: keyof PublicPageCache['counts']): void {
    this.counts[result]++;
    this.options.onLookup?.(result);
  }

  private set(key: string, bytes: Buffer): void {
    this.keepLocally(key, bytes);
    this.options.redis?.set(`${this.options.prefix}:page:${key}`, bytes, 'PX', this.options.ttlMs).catch(() => undefined);
  }
}

/** A hit's own headers, as Apollo's answer of a miss has them: its type and where the address stands against the limits. */
function hitHeaders(slot: RateLimitSlot): Array<[string, string]> {
  const headers: Array<[string, string]> = [['content-type', 'application/json; charset=utf-8']];
  if (!slot.states?.length) return headers;
  const { policy, state } = rateLimitFields(slot.states);
  headers.push([RATE_LIMIT_POLICY_HEADER.toLowerCase(), policy], [RATE_LIMIT_HEADER.toLowerCase(), state]);
  return headers;
}
