/**
 * A floor of scenario H in a bare Node process: plain signed POSTs (bench/lib/plain-posts.mjs)
 * from a process that runs nothing else, with none of the product's instrumentation.
 */
import { plainPoster } from '../lib/plain-posts.mjs';
import { serveParent } from '../lib/rpc.mjs';

serveParent(async () => {
  const poster = plainPoster();
  return {
    info: {},
    handlers: {
      /** Sends `messages` (ids and bodies) to `url`; returns the seconds it took. */
      send: (args) => poster.send(args),
      close: () => poster.close(),
    },
  };
});
