import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest } from '../observability/request-context';

/**
 * Lets a read be cancelled once its client has gone away (http/observe.ts notices; the pool
 * ends the connections the request holds: adapters/typeorm/pool.ts). `readsOnly` says whether
 * a query of this endpoint writes nothing (the public page's own query counts a view unless
 * the server renders it); mutations and subscriptions are never cancelled.
 */
export function cancelWhenGonePlugin<TContext extends BaseContext>(readsOnly: (context: TContext) => boolean): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation !== 'query' || !readsOnly(contextValue)) return;
        currentRequest()?.abandonment?.allowCancel();
      },
    }),
  };
}
