import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import type { EndedCredentials, LinkRef, NewestPosition } from '../events/domain-events';

/** Live events, by topic. Every server process hears every event, whichever process made it. */
export enum Topic {
  DRIVER_POSITION = 'DRIVER_POSITION',
  CONSIGNMENT_CHANGED = 'CONSIGNMENT_CHANGED',
  LINK_INVALIDATED = 'LINK_INVALIDATED',
  TENANT_CHANGED = 'TENANT_CHANGED',
  /** Every process closes the connections made with these credentials. */
  CREDENTIALS_ENDED = 'CREDENTIALS_ENDED',
}

export interface TopicPayloads {
  /** A driver's new latest position; `recordedAt` in ISO 8601. */
  [Topic.DRIVER_POSITION]: Omit<NewestPosition, 'recordedAt' | 'inTransit'> & { recordedAt: string };
  [Topic.CONSIGNMENT_CHANGED]: { tenantId: string; consignmentId: string; deleted?: boolean };
  [Topic.LINK_INVALIDATED]: LinkRef;
  [Topic.TENANT_CHANGED]: { tenantId: string };
  [Topic.CREDENTIALS_ENDED]: EndedCredentials;
}

export type BusState = 'up' | 'down';

export interface EventBus {
  /**
   * Sends an event to every process. While the bus is down an event is dropped, not queued:
   * what it told is in the database, and pages catch up when the bus is back (no stale burst).
   */
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void>;
  /** Returns the function that unsubscribes. Resolves at once, also while the bus is down. */
  subscribe<T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void): Promise<() => void>;
  /** Hears when the bus goes down and comes back (the in-process bus never does). */
  onStateChange(listener: (state: BusState) => void): void;
  /** Resolves when the bus answers (readiness); rejects when it does not. */
  check(): Promise<void>;
  close(): Promise<void>;
}

/** One process: an EventEmitter. Payloads go through JSON so both buses behave alike. */
export class InProcessBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    const copy = JSON.parse(JSON.stringify(payload));
    queueMicrotask(() => this.emitter.emit(topic, copy));
  }

  async subscribe<T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void): Promise<() => void> {
    this.emitter.on(topic, handler);
    return () => this.emitter.off(topic, handler);
  }

  onStateChange(): void {}

  async check(): Promise<void> {}

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Several processes: Redis pub/sub, one channel per topic, over two connections (a subscribed
 * connection can do nothing else). Both reconnect on their own; the subscriber subscribes every
 * channel again each time it is ready. The publisher keeps no offline queue and retries
 * nothing: a position that could not go out while Redis was away must not arrive minutes later.
 *
 * SUBSCRIBE is sent only on a ready connection: ioredis writes it at once while its ready check
 * is still running (the command may run while Redis loads), and a subscriber that does so hears
 * nothing afterwards, on any channel, while it reports itself ready.
 */
export class RedisBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<(payload: never) => void>>();
  private readonly stateListeners: Array<(state: BusState) => void> = [];
  private state: BusState | undefined;

  constructor(url: string) {
    const retryStrategy = (attempt: number) => Math.min(attempt * 200, 2_000);
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, enableAutoPipelining: true, retryStrategy });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, autoResubscribe: false, retryStrategy });
    this.subscriber.on('ready', () => {
      const channels = [...this.handlers.keys()];
      if (channels.length) this.subscriber.subscribe(...channels).catch(() => undefined);
    });
    for (const connection of [this.publisher, this.subscriber]) {
      // Every failed reconnect emits an error; the state change says it once (see Readiness).
      connection.on('error', () => undefined);
      for (const event of ['ready', 'close', 'end']) connection.on(event, () => this.update());
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      const handlers = this.handlers.get(channel);
      if (!handlers) return;
      const payload = JSON.parse(message) as never;
      for (const handler of handlers) handler(payload);
    });
  }

  private update(): void {
    const state: BusState = this.publisher.status === 'ready' && this.subscriber.status === 'ready' ? 'up' : 'down';
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    if (this.publisher.status !== 'ready') return;
    try {
      await this.publisher.publish(`tracklink:${topic}`, JSON.stringify(payload));
    } catch (error) {
      // Redis went away under the command (its connection closed before the answer): dropped,
      // as while it is away; the state change says so once.
      if (this.publisher.status !== 'ready') return;
      throw error;
    }
  }

  async subscribe<T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void): Promise<() => void> {
    const channel = `tracklink:${topic}`;
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      this.handlers.set(channel, (handlers = new Set()));
      // Not ready yet: the 'ready' handler subscribes it (and again on every reconnect).
      if (this.subscriber.status === 'ready') this.subscriber.subscribe(channel).catch(() => undefined);
    }
    const h = handler as (payload: never) => void;
    handlers.add(h);
    return () => {
      handlers.delete(h);
    };
  }

  onStateChange(listener: (state: BusState) => void): void {
    this.stateListeners.push(listener);
  }

  async check(): Promise<void> {
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') throw new Error('event bus is not connected');
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.stateListeners.length = 0;
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

export function createEventBus(redisUrl: string | undefined): EventBus {
  return redisUrl ? new RedisBus(redisUrl) : new InProcessBus();
}
