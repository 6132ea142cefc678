import type { ExecutionResult, GraphQLError } from 'graphql';
import { MessageType } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { isDirectSource } from '../../core/direct-source';

/** Frames kept per result, one per subscription id; the public page always uses the same few. */
const MAX_IDS_PER_RESULT = 16;

/**
 * graphql-transport-ws `next` frames built once per result. The shared subscription execution
 * hands the same result object to every subscriber of an event, so its payload is serialised
 * once, and the whole frame (id, type, payload) encoded once per subscription id: pages that
 * use the same id — the public page numbers its subscriptions from 1 — get the very same bytes.
 */
export class NextFrames {
  private readonly byResult = new WeakMap<ExecutionResult, { payload: string; frames: Map<string, Buffer> }>();
  /** Payloads serialised so far (for tests and metrics). */
  serialised = 0;
  /** Frames handed to a socket straight from the event, not through the stream's iterator. */
  sentDirectly = 0;

  constructor(
    /** How a result's errors are written (the endpoint's error formatting); graphql-js's own by default. */
    private readonly formatErrors: (errors: readonly GraphQLError[]) => readonly unknown[] = (errors) => errors.map((e) => e.toJSON()),
  ) {}

  frame(id: string, result: ExecutionResult): Buffer {
    let entry = this.byResult.get(result);
    if (!entry) {
      // As graphql-ws writes it: the result without `errors` unless there are some.
      const { errors, ...rest } = result;
      const payload = JSON.stringify(errors ? { ...rest, errors: this.formatErrors(errors) } : rest);
      this.serialised++;
      entry = { payload, frames: new Map() };
      this.byResult.set(result, entry);
    }
    let frame = entry.frames.get(id);
    if (!frame) {
      frame = Buffer.from(`{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":${entry.payload}}`);
      if (entry.frames.size < MAX_IDS_PER_RESULT) entry.frames.set(id, frame);
    }
    return frame;
  }
}

/**
 * Bytes a socket may have waiting to be written before its stream waits for them to go out; a
 * few page frames. Below it a frame is handed to the socket and the stream takes the next
 * update; above it the stream waits for the write, and updates meanwhile replace each other
 * in the stream (only the latest position and page are kept).
 */
const HIGH_WATER_BYTES = 64 * 1024;

/**
 * Sends a subscription's results to its socket as pre-built frames and yields nothing itself:
 * graphql-ws keeps the rest of the protocol (subscribe, complete, errors, closing) and sees a
 * stream that ends when the source ends. A socket that does not drain holds up only its own
 * stream, whose updates are bounded.
 */
export function sendFrames(
  socket: WebSocket,
  id: string,
  results: AsyncIterator<ExecutionResult>,
  frames: NextFrames,
): AsyncIterableIterator<never> {
  const done: IteratorReturnResult<undefined> = { value: undefined, done: true };
  /** Sends at once unless writes pile up on the socket (false); a closed socket takes nothing. */
  const trySend = (result: ExecutionResult): boolean => {
    if (socket.readyState !== socket.OPEN) return true;
    if (socket.bufferedAmount >= HIGH_WATER_BYTES) return false;
    socket.send(frames.frame(id, result), TEXT);
    return true;
  };
  if (isDirectSource<ExecutionResult>(results)) {
    // While the loop below waits, results can come straight here; a socket with writes
    // piling up declines them, and they wait in the stream for the loop instead.
    results.listen((result) => {
      const taken = trySend(result);
      if (taken) frames.sentDirectly++;
      return taken;
    });
  }
  const iterator: AsyncIterableIterator<never> = {
    next: async () => {
      for (;;) {
        const result = await results.next();
        if (result.done) return done;
        if (!trySend(result.value)) await sendAndWait(socket, frames.frame(id, result.value));
      }
    },
    return: async () => {
      await results.return?.();
      return done;
    },
    throw: async (error: unknown) => {
      await results.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const TEXT = { binary: false } as const;

function sendAndWait(socket: WebSocket, frame: Buffer): Promise<void> {
  return new Promise((resolve, reject) => socket.send(frame, TEXT, (error) => (error ? reject(error) : resolve())));
}
