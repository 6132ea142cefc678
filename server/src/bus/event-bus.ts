import { EventEmitter } from 'node:events';
import { RedisPubSub } from 'graphql-redis-subscriptions';
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

export interface EventBus {
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe<T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void): Promise<() => void>;
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

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Several processes: Redis pub/sub, one channel per topic. */
export class RedisBus implements EventBus {
  private readonly pubsub: RedisPubSub;

  constructor(url: string, onError: (error: Error) => void) {
    const options = { maxRetriesPerRequest: null, enableAutoPipelining: true };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    publisher.on('error', onError);
    subscriber.on('error', onError);
    this.pubsub = new RedisPubSub({ publisher, subscriber });
  }

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    await this.pubsub.publish(`tracklink:${topic}`, payload);
  }

  async subscribe<T extends Topic>(topic: T, handler: (payload: TopicPayloads[T]) => void): Promise<() => void> {
    const id = await this.pubsub.subscribe(`tracklink:${topic}`, handler);
    return () => this.pubsub.unsubscribe(id);
  }

  async close(): Promise<void> {
    await this.pubsub.close();
  }
}

export function createEventBus(redisUrl: string | undefined, onError: (error: Error) => void): EventBus {
  return redisUrl ? new RedisBus(redisUrl, onError) : new InProcessBus();
}
