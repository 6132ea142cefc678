import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import type { TokenVault } from '../../secrets';
import { queryPrepared, type PreparedStatement } from '../../adapters/typeorm/prepared';
import { numberArray } from '../../db/array-literals';
import { DeliveryRows, retryPlan } from '../delivery/delivery-rows';
import { addressFor, hostOf, literalAddress, RefusedAddressError, type ResolvedAddress, type Resolver } from './ssrf';

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
  ordering_key: string | null;
  message_id: string;
  body: string;
  attempts: number;
  /** Epoch milliseconds (a number, not a Date parsed from text for every row of a claim). */
  give_up_at: number;
  lease_ends_at: number;
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
}

/** An endpoint URL as requests to it need it. */
interface Target {
  /** The name or address to resolve and check (IPv6 without brackets). */
  host: string;
  transport: typeof http | typeof https;
  agent: http.Agent;
  /** The request's port and path (with its query), from the URL. */
  port: number;
  path: string;
  /** The Host header's value (the port only when not the scheme's default). */
  hostHeader: string;
  /** An IP literal's address, checked once (with the refusal it met, if any); null for a name. */
  literal: { address: ResolvedAddress; lookup: LookupFunction } | { refused: unknown } | null;
}

/** A lookup that answers `address` whatever the name would resolve to by now. */
function pinnedTo(address: ResolvedAddress): LookupFunction {
  return (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
}

interface Outcome {
  status: number | null;
  error: string | null;
  latencyMs: number;
}

/** The claimed, unsent deliveries of one endpoint and consignment (or one without), oldest first; sent one at a time. */
interface Queue {
  key: string;
  endpointId: string;
  rows: Claimed[];
  sending: boolean;
}

interface EndpointState {
  held: number;
  sending: number;
  /** Queues with a delivery to send and none in flight, first come first served. */
  ready: Queue[];
  /** Moving average of its answer times (ms); 0 until the first. */
  latencyMs: number;
  /** The last claim filled its room: more may be due. */
  mayHaveMore: boolean;
  /** When it was turned off (the seq then), or -1: what it holds goes back unsent, as does what a claim begun before then brings. */
  offAt: number;
}

/** The deliveries' rows, under the discipline every delivery row keeps (modules/delivery). */
const WEBHOOK_ROWS = new DeliveryRows({ table: 'webhook_deliveries', idType: 'bigint' });
/**
 * Statements recording 2xx answers that may run at once. A 2xx is recorded at once when one is
 * free, else with every other that came in meanwhile, in the next statement (group commit): no
 * timer to wait for, and the busier the worker the more each statement records. One at a time:
 * with the statement prepared and its commit not waiting for the flush, a record is short, and
 * two at once only halved the rows each recorded (bench H: 0.15 statements a delivery against
 * 0.06–0.09, with more worker and PostgreSQL CPU per delivery).
 */
const ACK_STATEMENTS = 1;
const MAX_RESPONSE_BYTES = 1024;
/** Claimed deliveries held per request slot of the pool, and per endpoint at most. */
const HELD_PER_SLOT = 256;
const MAX_HELD_PER_ENDPOINT = 2048;
/** What an endpoint whose answer times are not known yet may hold, per lane. */
const FIRST_HELD_PER_LANE = 16;
/**
 * Rows one claim takes at most: a claim runs while the held rows are sent, and a short one
 * lands before they run out; several follow one another while there is room.
 */
const PER_CLAIM = 512;
/**
 * Rows per request slot the first claim of a worker holding nothing takes: the first request
 * waits for the claim, and a small one lands in a few milliseconds; the full claims follow
 * while it is sent.
 */
const FIRST_CLAIM_PER_SLOT = 4;

/**
 * Records 2xx answers (ids, the attempts their claims counted, status codes, latencies): one
 * statement for all that came in together, prepared (each pooled connection plans it once, not
 * once per batch), and committed without waiting for the WAL flush; says which of their
 * endpoints have been turned off meanwhile.
 */
const ACK: PreparedStatement = {
  name: 'webhook_worker_ack',
  text: `WITH acked AS (
     SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[]) AS a(id, attempts, status_code, latency)
      WHERE set_config('synchronous_commit', 'off', true) = 'off'
   ), done AS (
     UPDATE webhook_deliveries d
        SET status = 'DELIVERED', delivered_at = now(), last_status_code = a.status_code, last_latency_ms = a.latency, last_error = NULL
       FROM acked a
      WHERE d.id = a.id AND d.status = 'PENDING' AND d.attempts = a.attempts
     RETURNING d.endpoint_id
   ), reset AS (
     UPDATE webhook_endpoints e SET consecutive_failures = 0
      WHERE e.id IN (SELECT endpoint_id FROM done) AND e.consecutive_failures <> 0
   )
   SELECT e.id FROM webhook_endpoints e WHERE e.id IN (SELECT endpoint_id FROM done) AND NOT e.enabled`,
};

/** Signs a delivery as the Standard Webhooks spec says: `v1,` and base64(HMAC-SHA256(key, "<id>.<seconds>.<body>")). */
interface Signer {
  sign(messageId: string, at: Date, body: string): string;
}

/**
 * The signature of the standardwebhooks package, computed by node:crypto (native HMAC rather
 * than the package's JavaScript SHA-256). The package's own signer is the reference: a probe
 * signed both ways must agree, else the package signs (a secret the two decode differently).
 */
export function signerFor(secret: string): Signer {
  const reference = new Webhook(secret);
  const bytes = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  // Imported once as a key object, not converted again for every signature.
  let key: KeyObject | Buffer = bytes;
  try {
    key = createSecretKey(bytes);
  } catch {
    // A key the import refuses (none at all) is used as it is.
  }
  const native: Signer = {
    sign: (messageId, at, body) => `v1,${createHmac('sha256', key).update(`${messageId}.${Math.floor(at.getTime() / 1000)}.${body}`).digest('base64')}`,
  };
  const probe = ['msg_probe', new Date(1_700_000_000_000), '{"probe":"é"}'] as const;
  return native.sign(...probe) === reference.sign(...probe) ? native : reference;
}

/** Whether bigint id `a` (decimal text, as pg returns int8) comes before `b`: the shorter first, else by text. */
const idBefore = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b);

const defaultResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/**
 * Sends webhook deliveries. The discipline of the email outbox (claims with FOR UPDATE SKIP
 * LOCKED, a lease per claim, every write fenced by the attempt count), with deliveries claimed
 * ahead in batches and sent from memory, so the database is asked once per batch, not once per
 * delivery:
 *
 * - A claim takes due deliveries of enabled endpoints, each only if no older delivery of its
 *   endpoint and consignment is PENDING outside what this worker holds (one index probe per
 *   consignment): another process's claim, a retry that is not yet due, or one left out of the
 *   batch all stop the younger ones. What it takes is kept in memory, one queue per endpoint
 *   and consignment, and each queue sends one delivery at a time, in id order.
 * - A pool of `concurrency` requests, an endpoint at most half of them; a lane whose delivery
 *   waits for its record moves on to another consignment. A 2xx is recorded with the others of
 *   the same few milliseconds in one statement before the next of its consignment is sent.
 * - How much one endpoint may hold follows its answer times, so what it holds can be sent
 *   within the lease (a receiver that hangs holds a few, a fast one hundreds); a delivery whose
 *   lease would end before its timeout is handed back rather than sent.
 * - A retry (or an endpoint turned off) hands the rest of its queue back, unsent: due now, its
 *   attempt not counted. So does stop().
 */
export class WebhookWorker {
  private readonly leaseMs: number;
  private readonly perEndpoint: number;
  private readonly maxHeld: number;
  private readonly resolve: Resolver;
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  private readonly signers = new Map<string, Signer>();
  private readonly targets = new Map<string, Target>();
  private readonly queues = new Map<string, Queue>();
  private readonly endpoints = new Map<string, EndpointState>();
  private readonly inFlight = new Set<Promise<void>>();
  private held = 0;
  private sending = 0;
  /** Bumped whenever a queue is handed back; a claim begun before it must not extend that queue. */
  private seq = 0;
  private readonly handedBackAt = new Map<string, number>();
  private claiming: Promise<void> | null = null;
  /** The last claim took nothing: the next one looks whether anything is due first. */
  private nothingDue = true;
  private claimAgain = false;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly drainWaiters: Array<() => void> = [];
  private readonly acks: Array<{ d: Claimed; o: Outcome; resolve: (endpointOff: boolean) => void; reject: (error: unknown) => void }> = [];
  private acksRunning = 0;
  private ackScheduled = false;

  constructor(
    private readonly ds: DataSource,
    private readonly vault: TokenVault,
    private readonly options: WebhookWorkerOptions,
    private readonly log: Logger,
  ) {
    this.leaseMs = options.leaseMs ?? Math.max(60_000, options.timeoutMs * 3);
    this.perEndpoint = Math.max(1, Math.ceil(options.concurrency / 2));
    this.maxHeld = options.concurrency * HELD_PER_SLOT;
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

  /** Ends the polling once the deliveries in flight are done (each within the timeout); hands back the rest. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await this.claiming;
    await this.settle();
    this.loop = null;
    this.stopping = false;
  }

  /** Looks for due deliveries now (something was queued or finished). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** One round by hand: claims what is due, sends it all, and returns how many it claimed. */
  async runOnce(): Promise<number> {
    const rows = await this.claim(this.options.concurrency);
    this.hold(rows, this.seq);
    this.pump();
    await this.drained();
    return rows.length;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      // Something was queued, or half of what is held has gone (a retry may have come due, or
      // an endpoint not seen yet may have work): else a claim would only top up a few.
      if (this.woken || this.held <= this.maxHeld / 2 || [...this.endpoints.values()].some((e) => e.held <= this.capOf(e) / 2)) this.requestClaim();
      this.woken = false;
      await this.claiming;
      if (this.stopping) break;
      if (!this.woken) await this.idle(this.options.pollMs);
    }
  }

  /** Waits for wake() or `ms`. */
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

  /** Resolves once nothing is held or in flight. */
  private drained(): Promise<void> {
    if (this.held === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Stop: the requests in flight end (each within the timeout), what is not sent goes back. */
  private async settle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
    const rest: Claimed[] = [];
    for (const q of [...this.queues.values()]) rest.push(...this.dropQueue(q));
    await this.handBack(rest);
  }

  private endpoint(id: string): EndpointState {
    let e = this.endpoints.get(id);
    if (!e) {
      e = { held: 0, sending: 0, ready: [], latencyMs: 0, mayHaveMore: false, offAt: -1 };
      this.endpoints.set(id, e);
    }
    return e;
  }

  /** What an endpoint may hold: as many as its lanes can send within half a lease at its answer time. */
  private capOf(e: EndpointState | undefined): number {
    if (!e || e.latencyMs === 0) return this.perEndpoint * FIRST_HELD_PER_LANE;
    const fits = Math.floor((this.perEndpoint * this.leaseMs) / (2 * Math.max(1, e.latencyMs)));
    return Math.max(this.perEndpoint, Math.min(MAX_HELD_PER_ENDPOINT, fits));
  }

  /** Claims more unless one is under way (then once more after it), stopping, or nothing has room. */
  private requestClaim(): void {
    if (this.stopping) return;
    if (this.claiming) {
      this.claimAgain = true;
      return;
    }
    const room = this.maxHeld - this.held;
    if (room <= 0) return;
    this.claiming = (async () => {
      try {
        do {
          this.claimAgain = false;
          const since = this.seq;
          const cold = this.held === 0 && this.sending === 0;
          const rows = await this.claim(Math.min(cold ? this.options.concurrency * FIRST_CLAIM_PER_SLOT : PER_CLAIM, this.maxHeld - this.held));
          // The small first claim filled: the full ones follow at once.
          if (cold && rows.length >= this.options.concurrency * FIRST_CLAIM_PER_SLOT) this.claimAgain = true;
          this.hold(rows, since);
          this.pump();
        } while (this.claimAgain && !this.stopping && this.held < this.maxHeld);
      } catch (error) {
        this.log.error('webhook worker:', error);
      } finally {
        this.claiming = null;
      }
    })();
  }

  /** After a delivery leaves memory: claim again when an endpoint that may have more is half empty. */
  private maybeClaim(e: EndpointState): void {
    if (e.mayHaveMore && e.held <= this.capOf(e) / 2) this.requestClaim();
  }

  /**
   * Claims up to `limit` due deliveries, within each endpoint's room, each only if no older
   * delivery of its endpoint and consignment is PENDING outside this batch and what is held.
   */
  private async claim(limit: number): Promise<Claimed[]> {
    if (limit <= 0) return [];
    const known = [...this.endpoints].map(([id, e]) => ({ id, room: this.capOf(e) - e.held }));
    const full = known.filter((k) => k.room <= 0).map((k) => k.id);
    const open = known.filter((k) => k.room > 0);
    // No more candidates than the endpoints seen have room for (and what one not seen yet may
    // take): a claim locks its candidates and looks for their blockers before the rooms are
    // applied, so a top-up of a few rows would lock and probe hundreds.
    limit = Math.min(limit, Math.max(this.perEndpoint * FIRST_HELD_PER_LANE, open.reduce((n, k) => n + k.room, 0)));
    const heldIds: string[] = [];
    for (const q of this.queues.values()) for (const r of q.rows) heldIds.push(r.id);
    if (this.nothingDue) {
      // Nothing was due the last time: one look at the due index before the claim's four
      // statements (its transaction, its planner setting), so an idle worker costs one
      // statement a poll.
      const [due] = (await this.ds.query(
        `SELECT EXISTS (SELECT 1 FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now()) AS due`,
      )) as Array<{ due: boolean }>;
      if (!due?.due) return [];
    }
    const [rows] = (await this.ds.transaction(async (m) => {
      // Right after a burst is queued the statistics still say few rows are due, and the planner
      // would read every due row through a bitmap (which also leaves the index entries of
      // delivered rows unmarked) and sort them all; walked in index order the claim reads only
      // what it takes.
      await m.query('SET LOCAL enable_bitmapscan = off');
      return m.query(
        `WITH candidates AS MATERIALIZED (
           SELECT d.id, d.endpoint_id, d.ordering_key, d.next_attempt_at FROM webhook_deliveries d
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
              AND d.endpoint_id <> ALL($4::uuid[])
              AND (SELECT e.enabled FROM webhook_endpoints e WHERE e.id = d.endpoint_id)
            ORDER BY d.next_attempt_at, d.id
            LIMIT $1
            FOR UPDATE OF d SKIP LOCKED
         ), kept AS MATERIALIZED (
           SELECT c.id, c.endpoint_id, c.ordering_key FROM (
             SELECT c.*, row_number() OVER (PARTITION BY c.endpoint_id ORDER BY c.next_attempt_at, c.id) AS rank,
                    COALESCE(r.room, $3::int) AS room
               FROM candidates c LEFT JOIN unnest($5::uuid[], $6::int[]) AS r(endpoint_id, room) ON r.endpoint_id = c.endpoint_id
           ) c WHERE c.rank <= c.room
         ), blockers AS (
           SELECT k.endpoint_id, k.ordering_key,
                  (SELECT p.id FROM webhook_deliveries p
                    WHERE p.status = 'PENDING' AND p.ordering_key IS NOT NULL
                      AND p.endpoint_id = k.endpoint_id AND p.ordering_key = k.ordering_key
                      AND p.id NOT IN (SELECT id FROM kept) AND p.id NOT IN (SELECT unnest($7::bigint[]))
                    ORDER BY p.id LIMIT 1) AS blocker
             FROM (SELECT DISTINCT endpoint_id, ordering_key FROM kept WHERE ordering_key IS NOT NULL) k
         )
         UPDATE webhook_deliveries d
            SET attempts = d.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
           FROM kept LEFT JOIN blockers b ON b.endpoint_id = kept.endpoint_id AND b.ordering_key = kept.ordering_key,
                webhook_endpoints e
          WHERE d.id = kept.id AND e.id = d.endpoint_id
            AND (kept.ordering_key IS NULL OR b.blocker IS NULL OR kept.id < b.blocker)
         RETURNING d.id, d.endpoint_id, d.ordering_key, d.message_id, d.body, d.attempts,
                   (extract(epoch FROM d.give_up_at) * 1000)::float8 AS give_up_at, (extract(epoch FROM d.next_attempt_at) * 1000)::float8 AS lease_ends_at,
                   e.url, e.secret_encrypted,
                   CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret_encrypted END AS previous_secret_encrypted`,
        [limit, this.leaseMs, this.perEndpoint * FIRST_HELD_PER_LANE, full, open.map((k) => k.id), open.map((k) => k.room), numberArray(heldIds)],
      );
    })) as [Claimed[], number];
    // An endpoint that got all the room it asked for (or the batch was full) may have more due.
    const got = new Map<string, number>();
    for (const r of rows) got.set(r.endpoint_id, (got.get(r.endpoint_id) ?? 0) + 1);
    for (const [id, e] of this.endpoints) {
      const room = this.capOf(e) - e.held;
      e.mayHaveMore = (got.get(id) ?? 0) >= room || rows.length >= limit;
    }
    for (const [id, n] of got) if (!this.endpoints.has(id)) this.endpoint(id).mayHaveMore = n >= this.perEndpoint * FIRST_HELD_PER_LANE || rows.length >= limit;
    this.nothingDue = rows.length === 0;
    return rows;
  }

  /** Puts claimed deliveries in their queues; any whose queue was handed back since the claim began goes back too. */
  private hold(rows: Claimed[], since: number): void {
    const late: Claimed[] = [];
    for (const r of rows) {
      const key = r.ordering_key === null ? `${r.endpoint_id}|#${r.id}` : `${r.endpoint_id}|${r.ordering_key}`;
      const e = this.endpoint(r.endpoint_id);
      if ((this.handedBackAt.get(key) ?? -1) > since || e.offAt > since) {
        late.push(r);
        continue;
      }
      // Claimed after it was turned off: it is on again.
      e.offAt = -1;
      let q = this.queues.get(key);
      if (!q) {
        q = { key, endpointId: r.endpoint_id, rows: [], sending: false };
        this.queues.set(key, q);
      }
      q.rows.push(r);
      if (q.rows.length > 1 && idBefore(r.id, q.rows[q.rows.length - 2].id)) {
        // In id order, all but the one in flight.
        const from = q.sending ? 1 : 0;
        const sorted = q.rows.slice(from).sort((a, b) => (idBefore(a.id, b.id) ? -1 : 1));
        q.rows.splice(from, sorted.length, ...sorted);
      }
      this.held++;
      e.held++;
      if (!q.sending && q.rows.length === 1) e.ready.push(q);
    }
    if (this.handedBackAt.size > 10_000) this.handedBackAt.clear();
    if (late.length) void this.handBack(late);
  }

  /** Starts a request for every ready queue that has a free slot, endpoints taking turns. */
  private pump(): void {
    let progress = !this.stopping;
    while (progress && this.sending < this.options.concurrency) {
      progress = false;
      for (const [id, e] of this.endpoints) {
        if (this.sending >= this.options.concurrency) break;
        if (e.sending >= this.perEndpoint || !e.ready.length) continue;
        const q = e.ready.shift()!;
        if (!q.rows.length || q.sending) continue;
        progress = true;
        this.dispatch(id, e, q);
      }
    }
  }

  private dispatch(endpointId: string, e: EndpointState, q: Queue): void {
    const d = q.rows[0];
    // Sent only to an endpoint still on, and only if its answer can come while the lease
    // still holds; else it goes back.
    if (e.offAt >= 0 || Date.now() + this.options.timeoutMs + 1_000 > d.lease_ends_at) {
      void this.handBack(this.dropQueue(q));
      return;
    }
    q.sending = true;
    e.sending++;
    this.sending++;
    // The request slot is free once the answer is in; the queue waits for the answer's record.
    let answered = false;
    const free = () => {
      if (answered) return;
      answered = true;
      e.sending--;
      this.sending--;
      this.pump();
    };
    // The delivery is done with (recorded, or not recordable): out of its queue, which may go on.
    const done = () => {
      q.rows.shift();
      q.sending = false;
      this.release(e, 1);
    };
    // Assigned before the first await inside ends, so before the finally below reads it.
    let work!: Promise<void>;
    work = (async () => {
      try {
        const next = await this.deliver(d, free);
        done();
        if (next !== 'continue') {
          // A retry, or the endpoint is off: the rest of the queue waits for it (and no claim
          // begun before now may add to it).
          this.handedBackAt.set(q.key, ++this.seq);
          void this.handBack(this.dropQueue(q));
          if (next === 'endpoint-off') e.offAt = ++this.seq;
          if (next === 'endpoint-off') for (const other of [...this.queues.values()]) if (other.endpointId === endpointId && !other.sending) void this.handBack(this.dropQueue(other));
        }
      } catch (error) {
        // Not recorded (the database is away): its lease lets it be sent again later, and the
        // rest of its queue waits for it.
        this.log.error(`webhook delivery ${d.id}:`, error);
        done();
        this.handedBackAt.set(q.key, ++this.seq);
        void this.handBack(this.dropQueue(q));
      } finally {
        free();
        this.inFlight.delete(work);
        if (q.rows.length) e.ready.push(q);
        else if (this.queues.get(q.key) === q) this.queues.delete(q.key);
        this.pump();
        this.maybeClaim(e);
        if (this.held === 0 && this.inFlight.size === 0) for (const w of this.drainWaiters.splice(0)) w();
      }
    })();
    this.inFlight.add(work);
  }

  private release(e: EndpointState, n: number): void {
    this.held -= n;
    e.held -= n;
  }

  /** Takes a queue's unsent deliveries out of memory (before they are handed back, so no claim counts them held). */
  private dropQueue(q: Queue): Claimed[] {
    const rest = q.sending ? q.rows.splice(1) : q.rows.splice(0);
    if (!q.sending && this.queues.get(q.key) === q) this.queues.delete(q.key);
    const e = this.endpoint(q.endpointId);
    this.release(e, rest.length);
    e.ready = e.ready.filter((r) => r !== q);
    if (rest.length) this.handedBackAt.set(q.key, ++this.seq);
    if (this.held === 0 && this.inFlight.size === 0) for (const w of this.drainWaiters.splice(0)) w();
    return rest;
  }

  /** Claimed but not sent: due now again, the attempt not counted. */
  private async handBack(rows: Claimed[]): Promise<void> {
    if (!rows.length) return;
    try {
      await WEBHOOK_ROWS.handBack(this.ds, rows);
    } catch (error) {
      // Their lease ends and they are claimed again then.
      this.log.error('webhook worker: handing back claimed deliveries failed:', error);
    }
    this.wake();
  }

  private signer(sealed: string): Signer {
    let signer = this.signers.get(sealed);
    if (!signer) {
      if (this.signers.size > 1000) this.signers.clear();
      signer = signerFor(this.vault.decrypt(sealed));
      this.signers.set(sealed, signer);
    }
    return signer;
  }

  /**
   * The request's headers as name/value pairs, the standard three among them; with a rotation in
   * its grace period, signed with both secrets. Given as pairs, node:http writes them as they are
   * (no per-header validation: every value here is ours — the URL's host, digits, base64 and the
   * message id the server made), so Host and Content-Length are given too.
   */
  private headers(d: Claimed, target: Target): string[] {
    const at = new Date();
    let signature = this.signer(d.secret_encrypted).sign(d.message_id, at, d.body);
    if (d.previous_secret_encrypted) signature += ` ${this.signer(d.previous_secret_encrypted).sign(d.message_id, at, d.body)}`;
    return [
      'host',
      target.hostHeader,
      'content-type',
      'application/json',
      'content-length',
      String(Buffer.byteLength(d.body)),
      'user-agent',
      'Tracklink-Webhooks/1.0',
      'webhook-id',
      d.message_id,
      'webhook-timestamp',
      String(Math.floor(at.getTime() / 1000)),
      'webhook-signature',
      signature,
    ];
  }

  /** Sends one delivery and records the outcome; says whether its queue goes on. */
  private async deliver(d: Claimed, answered: () => void): Promise<'continue' | 'retry' | 'endpoint-off'> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      const answer = await this.send(d);
      outcome = { status: answer.status, error: answer.error, latencyMs: 0 };
    } catch (error) {
      outcome = { status: null, error: error instanceof Error ? error.message : String(error), latencyMs: 0 };
    }
    outcome.latencyMs = Math.round(performance.now() - started);
    answered();
    const e = this.endpoint(d.endpoint_id);
    e.latencyMs = e.latencyMs === 0 ? Math.max(1, outcome.latencyMs) : 0.8 * e.latencyMs + 0.2 * Math.max(1, outcome.latencyMs);
    if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) return (await this.delivered(d, outcome)) ? 'endpoint-off' : 'continue';
    return this.failed(d, outcome);
  }

  /** What a request to `url` needs that does not change between deliveries: parsed once per endpoint URL. */
  private target(url: string): Target {
    let t = this.targets.get(url);
    if (!t) {
      if (this.targets.size > 1000) this.targets.clear();
      const parsed = new URL(url);
      const https_ = parsed.protocol === 'https:';
      t = {
        host: hostOf(parsed),
        transport: https_ ? https : http,
        agent: this.agents[https_ ? 'https:' : 'http:'],
        port: parsed.port ? Number(parsed.port) : https_ ? 443 : 80,
        path: `${parsed.pathname}${parsed.search}`,
        hostHeader: parsed.host,
        literal: null,
      };
      try {
        const address = literalAddress(t.host, this.options.blockPrivateAddresses);
        if (address) t.literal = { address, lookup: pinnedTo(address) };
      } catch (refused) {
        t.literal = { refused };
      }
      this.targets.set(url, t);
    }
    return t;
  }

  /**
   * One POST, to the address that was checked, within the timeout; never follows a redirect. An
   * IP literal is checked at once; a name is resolved and its addresses checked first.
   */
  private send(d: Claimed): Promise<{ status: number | null; error: string | null }> {
    try {
      const target = this.target(d.url);
      const literal = target.literal;
      if (literal && 'refused' in literal) return Promise.reject(literal.refused);
      if (literal) return this.post(d, target, literal.lookup);
      return addressFor(target.host, this.resolve, this.options.blockPrivateAddresses).then((address) => this.post(d, target, pinnedTo(address)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The POST, its connection (when a new one is made) going to the address `pinned` gives. */
  private post(d: Claimed, target: Target, pinned: LookupFunction): Promise<{ status: number | null; error: string | null }> {
    return new Promise((resolve, reject) => {
      // No socket idle timeout besides the deadline below: the deadline, set first, ends any
      // exchange an idle timeout of the same length would.
      const req = target.transport.request(
        // A literal of the few parts a request needs (node:http copies its options more than once).
        { hostname: target.host, port: target.port, path: target.path, method: 'POST', agent: target.agent, headers: this.headers(d, target), lookup: pinned },
        (res) => {
          const status = res.statusCode ?? null;
          res.on('error', reject);
          if (status !== null && status >= 200 && status < 300) {
            // Delivered: what the body says is not kept, so it is read to its end unbuffered.
            res.on('end', () => {
              clearTimeout(deadline);
              resolve({ status, error: null });
            });
            res.resume();
            return;
          }
          // Not delivered: the first kilobyte of the answer goes into the delivery's error.
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            clearTimeout(deadline);
            const text = Buffer.concat(chunks).toString('utf8').slice(0, MAX_RESPONSE_BYTES).trim();
            resolve({ status, error: short(`HTTP ${status}${text ? `: ${text}` : ''}`) });
          });
        },
      );
      // The whole exchange, not only each idle stretch of the socket, must end within the timeout.
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error instanceof RefusedAddressError ? error : new Error(short(error.message)));
      });
      req.end(d.body);
    });
  }

  /**
   * A 2xx is recorded with the others that came in while the statements before it ran, in one
   * statement; the delivery counts as done (its slot free, the next of its consignment
   * claimable) once that statement has run. A crash before it: the delivery is sent again (at
   * least once). Resolves true when the endpoint has been turned off meanwhile (what it holds
   * goes back).
   */
  private delivered(d: Claimed, o: Outcome): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.acks.push({ d, o, resolve, reject });
      this.scheduleAcks();
    });
  }

  /** Records what waits once the answers of this turn of the event loop are in, if a statement is free. */
  private scheduleAcks(): void {
    if (this.ackScheduled || this.acksRunning >= ACK_STATEMENTS || !this.acks.length) return;
    this.ackScheduled = true;
    setImmediate(() => {
      this.ackScheduled = false;
      if (this.acksRunning >= ACK_STATEMENTS || !this.acks.length) return;
      this.acksRunning++;
      void this.flushAcks().finally(() => {
        this.acksRunning--;
        this.scheduleAcks();
      });
    });
  }

  private async flushAcks(): Promise<void> {
    const batch = this.acks.splice(0);
    if (!batch.length) return;
    try {
      // Committed without waiting for the WAL flush (synchronous_commit off for this
      // transaction only): the record is visible at once and survives this process being
      // killed; only a crash of PostgreSQL itself within the WAL writer's delay can lose it, and
      // then it is lost with every later commit (WAL is flushed in order), so those deliveries
      // are sent again in their order, with the same webhook-id: at least once, as before.
      const rows = await queryPrepared<{ id: string }>(this.ds, ACK, [
        numberArray(batch.map((a) => a.d.id)),
        numberArray(batch.map((a) => a.d.attempts)),
        numberArray(batch.map((a) => a.o.status)),
        numberArray(batch.map((a) => a.o.latencyMs)),
      ]);
      const off = new Set(rows.map((r) => r.id));
      for (const a of batch) {
        this.options.onAttempt?.('delivered');
        a.resolve(off.has(a.d.endpoint_id));
      }
    } catch (error) {
      for (const a of batch) a.reject(error);
    }
  }

  /** Records a failed attempt: a retry later, or failed for good (then the next of its consignment may go). */
  private async failed(d: Claimed, o: Outcome): Promise<'continue' | 'retry' | 'endpoint-off'> {
    const gone = o.status === 410;
    const { giveUp, delayMs: delay } = retryPlan({ backoffMs: this.options.backoffMs, attempts: d.attempts, permanent: gone, giveUpAt: new Date(d.give_up_at) });
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
    if (turnedOff) return 'endpoint-off';
    return giveUp ? 'continue' : 'retry';
  }

  /** Closes idle keep-alive sockets (shutdown). */
  destroy(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
