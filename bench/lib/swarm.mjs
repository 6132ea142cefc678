/** The parent's side of a subscriber swarm (lib/ws-swarm-child.mjs). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild } from './rpc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function startSwarm(name = 'swarm') {
  return startChild(path.join(here, 'ws-swarm-child.mjs'), { name });
}

/** The public WebSocket URL of an http(s) base URL. */
export const wsUrl = (base) => `${base.replace(/^http/, 'ws')}/public/graphql`;

/**
 * One publish, timed: `expect` the marker in the swarm, `publish()` (which returns the
 * server-side start time), then collect every subscriber's frame.
 */
export async function timedPublish(swarm, group, marker, publish, timeoutMs, raw = false) {
  await swarm.call('expect', { group, marker });
  const t0 = await publish();
  return swarm.call('collect', { group, t0, timeoutMs, raw }, timeoutMs + 10_000);
}
