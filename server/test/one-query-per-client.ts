/**
 * Fails a test when one pg client is given a statement while another is still running on it
 * (two statements at once on one transaction's connection, say from a Promise.all). pg 8 queues
 * the second and prints a deprecation warning, once per process; pg 9 refuses it. Every client
 * of the process is watched (the app under test runs in it), through pg's public API only: the
 * promise a query returns, or its callback.
 */
import { Client } from 'pg';

type Query = (this: Client, ...args: unknown[]) => unknown;

const running = new WeakMap<Client, number>();
const overlaps: string[] = [];
const original = Client.prototype.query as unknown as Query;

function watched(this: Client, ...args: unknown[]): unknown {
  const client = this;
  if ((running.get(client) ?? 0) > 0) {
    overlaps.push(new Error('a statement was sent to a pg client while another was running on it').stack ?? '');
  }
  running.set(client, (running.get(client) ?? 0) + 1);
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    running.set(client, (running.get(client) ?? 1) - 1);
  };
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const callback = args[last] as (...results: unknown[]) => unknown;
    args[last] = (...results: unknown[]) => {
      finish();
      return callback(...results);
    };
  }
  let result: unknown;
  try {
    result = original.apply(client, args);
  } catch (error) {
    finish();
    throw error;
  }
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    (result as Promise<unknown>).then(finish, finish);
  } else if (result && typeof (result as { once?: unknown }).once === 'function') {
    // A submittable (a cursor, a stream): done at its end or error.
    (result as NodeJS.EventEmitter).once('end', finish).once('error', finish);
  }
  return result;
}

Client.prototype.query = watched as unknown as Client['query'];

/** The overlaps seen since the last call (the guard's own test takes the one it makes). */
export function takeOverlaps(): string[] {
  return overlaps.splice(0);
}

afterEach(() => {
  if (!overlaps.length) return;
  const found = takeOverlaps();
  throw new Error(`${found.length} statement(s) sent to a busy pg client:\n${found.slice(0, 3).join('\n\n')}`);
});
