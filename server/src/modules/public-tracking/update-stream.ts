import { TrackingUpdateKind, type TrackingUpdate } from './public-tracking.types';
import type { DirectSource } from '../../core/direct-source';

/**
 * One subscriber's pending updates, bounded: a newer position replaces an unsent one, a fresh
 * page replaces an unsent page and position (it holds both), and UNAVAILABLE replaces all and
 * ends the stream. A client that does not read therefore holds at most two updates here; the
 * socket layer takes an update only while less than 64 KB waits to be written to that socket
 * and otherwise awaits the write, so nothing piles up behind it either.
 */
export class UpdateStream implements AsyncIterableIterator<TrackingUpdate>, DirectSource<TrackingUpdate> {
  private pending: TrackingUpdate[] = [];
  private waiting: ((result: IteratorResult<TrackingUpdate>) => void) | null = null;
  private sink: ((update: TrackingUpdate) => boolean) | null = null;
  private ending = false;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  get isClosed(): boolean {
    return this.closed || this.ending;
  }

  /** Takes updates straight from push() while the reader waits and nothing is pending. */
  listen(sink: (update: TrackingUpdate) => boolean): void {
    this.sink = sink;
  }

  push(update: TrackingUpdate): void {
    if (this.isClosed) return;
    // UNAVAILABLE always goes through next(), which ends the stream.
    if (this.sink && this.waiting && this.pending.length === 0 && update.kind !== TrackingUpdateKind.UNAVAILABLE && this.offer(update)) return;
    switch (update.kind) {
      case TrackingUpdateKind.POSITION: {
        // In place: this runs for every open page on every position.
        for (let i = 0; i < this.pending.length; i++) {
          if (this.pending[i].kind === TrackingUpdateKind.POSITION) this.pending.splice(i--, 1);
        }
        break;
      }
      case TrackingUpdateKind.CHANGED:
        this.pending.length = 0;
        break;
      case TrackingUpdateKind.UNAVAILABLE:
        this.pending.length = 0;
        this.ending = true;
        break;
    }
    this.pending.push(update);
    this.flush();
  }

  private offer(update: TrackingUpdate): boolean {
    try {
      return this.sink!(update);
    } catch {
      // The iterator path sends it again and reports what goes wrong there.
      return false;
    }
  }

  private flush(): void {
    if (!this.waiting) return;
    const resolve = this.waiting;
    const next = this.pending.shift();
    if (next) {
      this.waiting = null;
      resolve({ value: next, done: false });
    } else if (this.ending) {
      this.waiting = null;
      this.finish();
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<TrackingUpdate>> {
    const next = this.pending.shift();
    if (next) return Promise.resolve({ value: next, done: false });
    if (this.ending || this.closed) {
      this.finish();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<TrackingUpdate>> {
    this.pending = [];
    this.finish();
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<TrackingUpdate>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<TrackingUpdate> {
    return this;
  }

  /** Number of updates waiting to be sent. */
  get backlog(): number {
    return this.pending.length;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}
