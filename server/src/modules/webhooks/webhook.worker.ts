import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { DataSource } from 'typeorm';
import { retryDelayMs } from '../../core/backoff';
import type { Logger } from '../../logger';
import type { TokenVault } from '../../secrets';
import { addressFor, hostOf, RefusedAddressError, type ResolvedAddress, type Resolver } from './ssrf';

export interface WebhookWorkerOptions {
  pollMs: number;
  /** A 2xx must come within this; the request is cut off after it. */
  timeoutMs: number;
  /** First retry delay; doubled per attempt (at most 6 h), with jitter, until the delivery's retry window ends. */
  backoffMs: number;
  /** Deliveries in flight at once in this process; one endpoint gets at most half of them. */
  concurrency: number;
  /** An endpoint whose deliveries failed for good this many times in a row is turned off. */
  disableAfterFailures: number;
  /** Production: refuse private, loopback and link-local addresses, after resolution. */
  blockPrivateAddresses: boolean;
  /** How long a claimed delivery is this worker's; after a crash another sends it once this is over. */
  leaseMs?: number;
  /** Host names to addresses; dns.lookup unless told (tests). */
  resolve?: Resolver;
  /** Told the result of every attempt (metrics). */
  onAttempt?: (result: 'delivered' | 'retried' | 'failed') => void;
  /** Told when the server turns an endpoint off (metrics, logs). */
  onDisabled?: (endpointId: string, reason: string) => void;
}

interface Claimed {
  id: string;
  endpoint_id: string;
  message_id: string;
  body: string;
  attempts: number;
  give_up_at: Date;
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
}

interface Outcome {
  status: number | null;
  error: string | null;
  latencyMs: number;
}

const MAX_BACKOFF_MS = 6 * 3600_000;
/** How long a 2xx waits for others to be recorded with it. */
const ACK_BATCH_MS = 2;
const MAX_RESPONSE_BYTES = 1024;

const defaultResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/**
 * Sends webhook deliveries. The same discipline as the email outbox (claims with FOR UPDATE
 * SKIP LOCKED, a lease per claim, every write fenced by the attempt count), but deliveries are
 * sent concurrently: a pool of `concurrency` requests, refilled as each one ends, so a receiver
 * that hangs holds one slot until its timeout and never more than half of them.
 *
 * Order: of the undelivered deliveries of one endpoint and consignment only the oldest (by id)
 * is ever claimed; the next is claimed once it is delivered or has failed for good.
 */
export class WebhookWorker {
  private readonly leaseMs: number;
  private readonly perEndpoint: number;
  private readonly resolve: Resolver;
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  private readonly signers = new Map<string, Webhook>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly busy = new Map<string, number>();
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly acks: Array<{ d: Claimed; o: Outcome; resolve: () => void; reject: (error: unknown) => void }> = [];
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly vault: TokenVault,
    private readonly options: WebhookWorkerOptions,
    private readonly log: Logger,
  ) {
    this.leaseMs = options.leaseMs ?? Math.max(60_000, options.timeoutMs * 3);
    this.perEndpoint = Math.max(1, Math.ceil(options.concurrency / 2));
    this.resolve = options.resolve ?? defaultResolver;
  }

  get running(): boolean {
    return this.loop !== null;
  }

  /** Polls until stop(). Calling it twice is harmless. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Ends the polling once the deliveries in flight are done (each within the timeout). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.all([...this.inFlight]);
    this.loop = null;
    this.stopping = false;
  }

  /** Looks for due deliveries now (something was queued or finished). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** One round by hand: claims what is due (up to the pool's size), sends it all, and returns how many. */
  async runOnce(): Promise<number> {
    const batch = await this.claim(this.options.concurrency - this.inFlight.size);
    await Promise.all(batch.map((d) => this.track(d)));
    return batch.length;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      const free = this.options.concurrency - this.inFlight.size;
      if (free > 0) {
        try {
          for (const d of await this.claim(free)) void this.track(d);
        } catch (error) {
          this.log.error('webhook worker:', error);
        }
      }
      if (this.stopping) break;
      if (!this.woken) await this.idle(this.options.pollMs);
    }
  }

  /** Waits for wake(), the end of a delivery in flight, or `ms`. */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private track(d: Claimed): Promise<void> {
    this.busy.set(d.endpoint_id, (this.busy.get(d.endpoint_id) ?? 0) + 1);
    const work = this.deliver(d)
      .catch((error) => this.log.error(`webhook delivery ${d.id}:`, error))
      .finally(() => {
        this.inFlight.delete(work);
        const n = (this.busy.get(d.endpoint_id) ?? 1) - 1;
        if (n > 0) this.busy.set(d.endpoint_id, n);
        else this.busy.delete(d.endpoint_id);
        // A slot is free, and the next delivery of the same consignment may be due.
        this.wake();
      });
    this.inFlight.add(work);
    return work;
  }

  /**
   * Claims up to `limit` due deliveries, each the oldest undelivered one of its endpoint and
   * consignment (or one without a consignment), at most `perEndpoint` in flight per endpoint.
   * The due ones are read in next_attempt_at order from a partial index, each kept only when
   * no older one of its endpoint and consignment is still PENDING (one index probe).
   */
  private async claim(limit: number): Promise<Claimed[]> {
    if (limit <= 0) return [];
    const busy = [...this.busy];
    const [rows] = (await this.ds.query(
      `WITH heads AS (
         SELECT d.id, d.endpoint_id, d.next_attempt_at FROM webhook_deliveries d
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
            AND (d.ordering_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM webhook_deliveries p
                   WHERE p.status = 'PENDING' AND p.ordering_key IS NOT NULL
                     AND p.endpoint_id = d.endpoint_id AND p.ordering_key = d.ordering_key AND p.id < d.id))
          ORDER BY d.next_attempt_at, d.id
          LIMIT $1 * 4
       ), ranked AS (
         SELECT h.id, h.next_attempt_at,
                row_number() OVER (PARTITION BY h.endpoint_id ORDER BY h.next_attempt_at, h.id) AS rank,
                $3::int - COALESCE(b.n, 0) AS room
           FROM heads h
           JOIN webhook_endpoints e ON e.id = h.endpoint_id AND e.enabled
           LEFT JOIN unnest($4::uuid[], $5::int[]) AS b(endpoint_id, n) ON b.endpoint_id = h.endpoint_id
       ), picked AS (
         SELECT d.id FROM webhook_deliveries d
          WHERE d.id IN (SELECT id FROM ranked WHERE rank <= room ORDER BY next_attempt_at, id LIMIT $1)
            AND d.status = 'PENDING' AND d.next_attempt_at <= now()
          FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_deliveries d
          SET attempts = d.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM picked, webhook_endpoints e
        WHERE d.id = picked.id AND e.id = d.endpoint_id
       RETURNING d.id, d.endpoint_id, d.message_id, d.body, d.attempts, d.give_up_at, e.url, e.secret_encrypted,
                 CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret_encrypted END AS previous_secret_encrypted`,
      [limit, this.leaseMs, this.perEndpoint, busy.map(([id]) => id), busy.map(([, n]) => n)],
    )) as [Claimed[], number];
    return rows;
  }

  private signer(sealed: string): Webhook {
    let signer = this.signers.get(sealed);
    if (!signer) {
      if (this.signers.size > 1000) this.signers.clear();
      signer = new Webhook(this.vault.decrypt(sealed));
      this.signers.set(sealed, signer);
    }
    return signer;
  }

  /** The standard headers; with a rotation in its grace period, signed with both secrets. */
  private headers(d: Claimed): Record<string, string> {
    const at = new Date();
    const signatures = [d.secret_encrypted, d.previous_secret_encrypted]
      .filter((s): s is string => !!s)
      .map((s) => this.signer(s).sign(d.message_id, at, d.body));
    return {
      'content-type': 'application/json',
      'user-agent': 'Tracklink-Webhooks/1.0',
      'webhook-id': d.message_id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signatures.join(' '),
    };
  }

  private async deliver(d: Claimed): Promise<void> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = { ...(await this.send(d)), latencyMs: 0 };
    } catch (error) {
      outcome = { status: null, error: error instanceof Error ? error.message : String(error), latencyMs: 0 };
    }
    outcome.latencyMs = Math.round(performance.now() - started);
    if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) await this.delivered(d, outcome);
    else await this.failed(d, outcome);
  }

  /** One POST, to the address that was checked, within the timeout; never follows a redirect. */
  private async send(d: Claimed): Promise<{ status: number | null; error: string | null }> {
    const url = new URL(d.url);
    const address = await addressFor(hostOf(url), this.resolve, this.options.blockPrivateAddresses);
    // The connection goes to `address` whatever the name would resolve to by now.
    const pinned: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [address]);
      else callback(null, address.address, address.family);
    };
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        {
          method: 'POST',
          agent: this.agents[url.protocol as 'http:' | 'https:'],
          headers: this.headers(d),
          lookup: pinned,
          timeout: this.options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            clearTimeout(deadline);
            const status = res.statusCode ?? null;
            const ok = status !== null && status >= 200 && status < 300;
            const text = Buffer.concat(chunks).toString('utf8').slice(0, MAX_RESPONSE_BYTES).trim();
            resolve({ status, error: ok ? null : short(`HTTP ${status}${text ? `: ${text}` : ''}`) });
          });
          res.on('error', reject);
        },
      );
      // The whole exchange, not only each idle stretch of the socket, must end within the timeout.
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)));
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error instanceof RefusedAddressError ? error : new Error(short(error.message)));
      });
      req.end(d.body);
    });
  }

  /**
   * A 2xx is recorded with the others that came within a few milliseconds, in one statement;
   * the delivery counts as done (its slot free, the next of its consignment claimable) once
   * that statement has run. A crash before it: the delivery is sent again (at least once).
   */
  private delivered(d: Claimed, o: Outcome): Promise<void> {
    return new Promise((resolve, reject) => {
      this.acks.push({ d, o, resolve, reject });
      this.flushTimer ??= setTimeout(() => void this.flushAcks(), ACK_BATCH_MS);
    });
  }

  private async flushAcks(): Promise<void> {
    this.flushTimer = null;
    const batch = this.acks.splice(0);
    if (!batch.length) return;
    try {
      await this.ds.query(
        `WITH acked AS (
           SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[]) AS a(id, attempts, status_code, latency)
         ), done AS (
           UPDATE webhook_deliveries d
              SET status = 'DELIVERED', delivered_at = now(), last_status_code = a.status_code, last_latency_ms = a.latency, last_error = NULL
             FROM acked a
            WHERE d.id = a.id AND d.status = 'PENDING' AND d.attempts = a.attempts
           RETURNING d.endpoint_id
         )
         UPDATE webhook_endpoints e SET consecutive_failures = 0
          WHERE e.id IN (SELECT endpoint_id FROM done) AND e.consecutive_failures <> 0`,
        [batch.map((a) => a.d.id), batch.map((a) => a.d.attempts), batch.map((a) => a.o.status), batch.map((a) => a.o.latencyMs)],
      );
      for (const a of batch) {
        this.options.onAttempt?.('delivered');
        a.resolve();
      }
    } catch (error) {
      for (const a of batch) a.reject(error);
    }
  }

  private async failed(d: Claimed, o: Outcome): Promise<void> {
    const gone = o.status === 410;
    const delay = retryDelayMs(this.options.backoffMs, d.attempts, MAX_BACKOFF_MS);
    const giveUp = gone || Date.now() + delay > new Date(d.give_up_at).getTime();
    const error = gone ? `${o.error ?? 'HTTP 410'} (the endpoint is gone: turned off)` : (o.error ?? 'failed');
    const [rows] = (await this.ds.query(
      `WITH attempt AS (
         UPDATE webhook_deliveries
            SET status = CASE WHEN $3 THEN 'FAILED' ELSE 'PENDING' END,
                next_attempt_at = now() + $4 * interval '1 millisecond',
                last_status_code = $5, last_error = $6, last_latency_ms = $7
          WHERE id = $1 AND status = 'PENDING' AND attempts = $2 RETURNING endpoint_id
       ), endpoint AS (
         SELECT e.id, e.enabled AND ($8 OR e.consecutive_failures + 1 >= $9) AS turn_off
           FROM webhook_endpoints e JOIN attempt ON e.id = attempt.endpoint_id WHERE $3
       )
       UPDATE webhook_endpoints e
          SET consecutive_failures = e.consecutive_failures + 1,
              enabled = e.enabled AND NOT endpoint.turn_off,
              disabled_at = CASE WHEN endpoint.turn_off THEN now() ELSE e.disabled_at END,
              disabled_reason = CASE WHEN NOT endpoint.turn_off THEN e.disabled_reason
                                     WHEN $8 THEN 'The endpoint answered 410 Gone'
                                     ELSE format('%s deliveries in a row failed for good', e.consecutive_failures + 1) END
         FROM endpoint
        WHERE e.id = endpoint.id
       RETURNING e.disabled_reason, endpoint.turn_off`,
      [d.id, d.attempts, giveUp, delay, o.status, error, o.latencyMs, gone, this.options.disableAfterFailures],
    )) as [Array<{ disabled_reason: string; turn_off: boolean }>, number];
    const turnedOff = rows.find((r) => r.turn_off);
    this.options.onAttempt?.(giveUp ? 'failed' : 'retried');
    if (turnedOff) {
      this.log.error(`webhooks: endpoint ${d.endpoint_id} turned off: ${turnedOff.disabled_reason}`);
      this.options.onDisabled?.(d.endpoint_id, turnedOff.disabled_reason);
    } else if (giveUp) {
      this.log.error(`webhooks: delivery ${d.id} failed after ${d.attempts} attempt(s): ${error}`);
    } else {
      this.log.info(`webhooks: delivery ${d.id} will be retried in ${delay} ms: ${error}`);
    }
  }

  /** Closes idle keep-alive sockets (shutdown). */
  destroy(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
