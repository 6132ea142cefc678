import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { routeOf } from './route';

export interface Tracing {
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (spans to that OTLP/HTTP
 * collector, service name from OTEL_SERVICE_NAME or "tracklink"), with the HTTP, Express,
 * GraphQL, pg and ioredis instrumentations; nothing at all otherwise. It must start before
 * those libraries are loaded: main.ts starts it first. Statement texts go into spans, their
 * parameters never (the pg instrumentation's default).
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'tracklink' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
        // The token of a tracking page is in its path: a span names the route, never the URL.
        applyCustomAttributesOnSpan: (span, request) => {
          // Incoming requests have a URL (Express keeps the original while a router rewrites
          // it); outgoing ones (to a routing service) have none here.
          const { url, originalUrl } = request as { url?: unknown; originalUrl?: unknown };
          const path = typeof originalUrl === 'string' ? originalUrl : url;
          if (typeof path !== 'string') return;
          const route = routeOf(path);
          for (const key of ['http.target', 'url.path', 'http.url', 'url.full', 'url.query']) span.setAttribute(key, route);
          span.setAttribute('http.route', route);
          span.updateName(`${(request as { method?: string }).method ?? 'HTTP'} ${route}`);
        },
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation(),
      new IORedisInstrumentation(),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}
