import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Endpoint, Metrics } from '../observability/metrics';
import { currentRequest } from '../observability/request-context';
import { outcomeOf } from './errors';

/**
 * Each operation over HTTP: its duration by endpoint, name (bounded), type and outcome, and its
 * name on every log line of the request (observability/request-context.ts).
 */
export function operationMetricsPlugin(endpoint: Endpoint, metrics: Metrics): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: async () => {
      const started = process.hrtime.bigint();
      let operation = 'unresolved';
      let type = 'unknown';
      return {
        didResolveOperation: async ({ operationName, operation: node }) => {
          operation = metrics.operationLabel(operationName);
          type = node?.operation ?? 'unknown';
          const request = currentRequest();
          if (request) request.operation = operation;
        },
        willSendResponse: async ({ errors }) => {
          const outcome = outcomeOf(errors);
          metrics.graphqlDuration.observe({ endpoint, operation, type, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
          if (outcome === 'rate_limited') metrics.rateLimited.inc({ kind: `${endpoint}_api` });
        },
      };
    },
  };
}
