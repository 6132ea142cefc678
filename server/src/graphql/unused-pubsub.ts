import type { PubSub } from 'type-graphql';

/** type-graphql insists on a pub/sub engine; every subscription here brings its own `subscribe`. */
export const UNUSED_PUBSUB: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('subscriptions here define their own subscribe()');
  },
};
