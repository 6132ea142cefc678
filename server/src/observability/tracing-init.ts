// Loaded first by main.ts (and the benchmark's app process): tracing must hook the HTTP,
// Express, GraphQL, pg and ioredis modules before anything loads them.
import { startTracing } from './tracing';

export const tracing = startTracing();
