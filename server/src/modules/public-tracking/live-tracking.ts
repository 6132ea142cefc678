import type { Logger } from '../../logger';
import { TrackingUpdateKind, UnavailableReason, type DriverPosition, type TrackingUpdate } from './public-tracking.types';
import type { LinkContext } from './link-context';
import { showsDriver, unavailable, type PublicTrackingService } from './public-tracking.service';
import { UpdateStream } from './update-stream';
import { profileKey } from './visibility';
import { Topic, type EventBus, type TopicPayloads } from '../../bus/event-bus';
import { DomainError } from '../../core/errors';

/** The live state of one watched link: its context and the streams of its open pages. */
interface LinkWatch {
  ctx: LinkContext;
  streams: Set<UpdateStream>;
  lastPositionAt: number;
  expiryTimer: NodeJS.Timeout | null;
  refreshing: Promise<void> | null;
  dirty: boolean;
}

const MAX_TIMER_MS = 2_147_000_000;

/**
 * Open tracking pages and the events that change them. Work is done once per event and link
 * (a page is built once per consignment and visibility profile in a round) and the same
 * update object goes to every stream of the link.
 */
export class LiveTracking {
  private readonly watches = new Map<string, LinkWatch>();
  private readonly byConsignment = new Map<string, Set<string>>();
  private readonly byTenant = new Map<string, Set<string>>();
  private readonly byDriver = new Map<string, Set<string>>();
  private unsubscribers: Array<() => void> = [];

  constructor(
    private readonly tracking: PublicTrackingService,
    private readonly bus: EventBus,
    private readonly log: Logger,
    /** Told how long each position took from reaching this hub to every open page of it. */
    private readonly observeFanout: (seconds: number) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    this.unsubscribers = await Promise.all([
      this.bus.subscribe(Topic.DRIVER_POSITION, (p) => this.onPosition(p)),
      this.bus.subscribe(Topic.CONSIGNMENT_CHANGED, (p) => this.refreshAll(this.byConsignment.get(p.consignmentId))),
      this.bus.subscribe(Topic.LINK_INVALIDATED, (p) => this.refreshAll(new Set([p.linkId]))),
      this.bus.subscribe(Topic.TENANT_CHANGED, (p) => this.refreshAll(this.byTenant.get(p.tenantId))),
    ]);
  }

  /** Open streams, for metrics and tests. */
  get streamCount(): number {
    let n = 0;
    for (const w of this.watches.values()) n += w.streams.size;
    return n;
  }

  /** Updates waiting in all streams for their sockets; bounded by two per stream. */
  get pendingUpdates(): number {
    let n = 0;
    for (const w of this.watches.values()) for (const stream of w.streams) n += stream.backlog;
    return n;
  }

  /**
   * A stream of updates for a page opened by a token; an unavailable link yields one update and
   * ends. `onMiss`: the token is unknown or revoked; `onOpen`: the stream of an available link
   * opens (its failure is logged, the stream opens all the same).
   */
  async subscribe(
    token: string,
    hooks: { onMiss?: () => void; onOpen?: (linkId: string) => Promise<void>; onOrderOpen?: (linkId: string) => Promise<void> } = {},
  ): Promise<UpdateStream> {
    const ctx = await this.tracking.contextForToken(token);
    if (!ctx) {
      // An order link's page has no live updates: it polls the query. Opening them counts its
      // view (as a consignment page's does) and is refused with an error saying so.
      const order = await this.tracking.orderLinkState(token);
      if (order && !order.unavailable) {
        await hooks.onOrderOpen?.(order.linkId).catch((error: unknown) => this.log.error('live tracking: opening an order page failed:', error));
        throw new DomainError('INVALID_INPUT', 'token: an order page has no live updates; poll trackingPage instead', 'token');
      }
      if (order?.unavailable === UnavailableReason.EXPIRED) {
        const stream = new UpdateStream(() => undefined);
        stream.push(this.unavailableUpdate(UnavailableReason.EXPIRED));
        return stream;
      }
    }
    if (!ctx || ctx.unavailable === UnavailableReason.NOT_AVAILABLE) hooks.onMiss?.();
    if (!ctx || ctx.unavailable) {
      const stream = new UpdateStream(() => undefined);
      stream.push(this.unavailableUpdate(ctx?.unavailable ?? UnavailableReason.NOT_AVAILABLE));
      return stream;
    }
    await hooks.onOpen?.(ctx.linkId).catch((error: unknown) => this.log.error('live tracking: opening a page failed:', error));
    let watch = this.watches.get(ctx.linkId);
    if (!watch) {
      watch = { ctx, streams: new Set(), lastPositionAt: 0, expiryTimer: null, refreshing: null, dirty: false };
      this.watches.set(ctx.linkId, watch);
      this.index(watch);
      this.scheduleExpiry(watch);
    }
    const w = watch;
    const stream = new UpdateStream(() => {
      w.streams.delete(stream);
      if (w.streams.size === 0) this.unwatch(w);
    });
    w.streams.add(stream);
    return stream;
  }

  async close(): Promise<void> {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    for (const watch of [...this.watches.values()]) for (const stream of [...watch.streams]) await stream.return();
  }

  private unavailableUpdate(reason: UnavailableReason): TrackingUpdate {
    return { kind: TrackingUpdateKind.UNAVAILABLE, driverPosition: null, page: unavailable(reason) };
  }

  private onPosition(p: TopicPayloads[Topic.DRIVER_POSITION]): void {
    const linkIds = this.byDriver.get(p.driverId);
    if (!linkIds) return;
    const started = process.hrtime.bigint();
    const at = Date.parse(p.recordedAt);
    const position: DriverPosition = { latitude: p.latitude, longitude: p.longitude, heading: p.heading, recordedAt: new Date(at) };
    const update: TrackingUpdate = { kind: TrackingUpdateKind.POSITION, driverPosition: position, page: null };
    for (const linkId of linkIds) {
      const watch = this.watches.get(linkId);
      // The marker follows the greatest recordedAt: a late, older position changes nothing.
      if (!watch || !showsDriver(watch.ctx) || at <= watch.lastPositionAt) continue;
      watch.lastPositionAt = at;
      for (const stream of watch.streams) stream.push(update);
    }
    this.observeFanout(Number(process.hrtime.bigint() - started) / 1e9);
  }

  /** Sends every open page a fresh page (after events may have been missed, e.g. the bus was away). */
  refreshEverything(): void {
    this.refreshAll(new Set(this.watches.keys()));
  }

  private refreshAll(linkIds: Set<string> | undefined): void {
    if (!linkIds?.size) return;
    const pages = new Map<string, Promise<TrackingUpdate>>();
    for (const linkId of [...linkIds]) {
      const watch = this.watches.get(linkId);
      if (watch) this.refresh(watch, pages);
    }
  }

  /** Re-reads a link and sends its pages the fresh page, or UNAVAILABLE and the end. */
  private refresh(watch: LinkWatch, pages: Map<string, Promise<TrackingUpdate>>): void {
    if (watch.refreshing) {
      watch.dirty = true;
      return;
    }
    watch.refreshing = (async () => {
      try {
        do {
          watch.dirty = false;
          const ctx = await this.tracking.contextForLink(watch.ctx.linkId);
          if (!ctx || ctx.unavailable) {
            const update = this.unavailableUpdate(ctx?.unavailable ?? UnavailableReason.NOT_AVAILABLE);
            for (const stream of [...watch.streams]) stream.push(update);
            this.unwatch(watch);
            return;
          }
          this.unindex(watch);
          watch.ctx = ctx;
          this.index(watch);
          this.scheduleExpiry(watch);
          const key = `${ctx.consignmentId}|${profileKey(ctx.profile)}|${ctx.expiresAt.getTime()}`;
          let page = pages.get(key);
          if (!page) {
            page = this.tracking.page(ctx).then((result) => ({ kind: TrackingUpdateKind.CHANGED, driverPosition: null, page: result }));
            pages.set(key, page);
          }
          const update = await page;
          const position = 'driverPosition' in (update.page ?? {}) ? (update.page as { driverPosition: DriverPosition | null }).driverPosition : null;
          if (position) watch.lastPositionAt = Math.max(watch.lastPositionAt, new Date(position.recordedAt).getTime());
          for (const stream of watch.streams) stream.push(update);
        } while (watch.dirty && watch.streams.size > 0);
      } catch (error) {
        this.log.error('live tracking refresh failed:', error);
      } finally {
        watch.refreshing = null;
      }
    })();
  }

  private scheduleExpiry(watch: LinkWatch): void {
    if (watch.expiryTimer) clearTimeout(watch.expiryTimer);
    const delay = Math.min(Math.max(watch.ctx.expiresAt.getTime() - Date.now() + 50, 0), MAX_TIMER_MS);
    watch.expiryTimer = setTimeout(() => this.refresh(watch, new Map()), delay);
    watch.expiryTimer.unref();
  }

  private index(watch: LinkWatch): void {
    const { linkId, consignmentId, tenantId, driverId } = watch.ctx;
    add(this.byConsignment, consignmentId, linkId);
    add(this.byTenant, tenantId, linkId);
    if (driverId) add(this.byDriver, driverId, linkId);
  }

  private unindex(watch: LinkWatch): void {
    const { linkId, consignmentId, tenantId, driverId } = watch.ctx;
    remove(this.byConsignment, consignmentId, linkId);
    remove(this.byTenant, tenantId, linkId);
    if (driverId) remove(this.byDriver, driverId, linkId);
  }

  private unwatch(watch: LinkWatch): void {
    if (this.watches.get(watch.ctx.linkId) !== watch) return;
    if (watch.expiryTimer) clearTimeout(watch.expiryTimer);
    this.unindex(watch);
    this.watches.delete(watch.ctx.linkId);
  }
}

function add(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function remove(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}
