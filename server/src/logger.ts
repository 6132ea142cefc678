import { inspect } from 'node:util';
import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { currentRequest } from './observability/request-context';

export interface Logger {
  error(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  /** A line with fields of its own (a finished request, a state change). */
  line(level: 'error' | 'info' | 'debug', fields: Record<string, unknown>, message: string): void;
}

export type LogLevel = 'silent' | 'error' | 'info' | 'debug';
export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go instead of standard output (tests read them). */
  sink?: (line: string) => void;
}

/**
 * An error as it goes to the log: its type, code, message and stack, and nothing else. A failed
 * statement's error object also holds the statement's parameters, a request its headers: none of
 * that is ever written.
 */
function errorFields(error: Error): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message, stack: error.stack };
}

const text = (value: unknown) => (typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity }));

/**
 * Structured logs (pino): one JSON object a line in production, readable lines in development.
 * Every line written while a request is handled carries its request id (and, with tracing on,
 * the trace id), wherever in the code it is written. Secrets never reach a line: errors are
 * written as above, request lines name the route (`/t/:token`), not the URL, and fields that
 * hold credentials are redacted.
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination: DestinationStream = options.sink
    ? { write: (line: string) => options.sink!(line) }
    : options.format === 'pretty'
      ? pretty({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true })
      : pino.destination({ dest: 1, sync: false });
  const base = pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: ['password', 'token', 'authorization', 'cookie', 'apiKey', 'parameters', '*.password', '*.token', '*.authorization', '*.cookie', '*.apiKey', '*.parameters'],
        censor: '[redacted]',
      },
      mixin: () => {
        const request = currentRequest();
        const span = trace.getActiveSpan()?.spanContext();
        return {
          ...(request ? { requestId: request.requestId, ...(request.operation ? { operation: request.operation } : {}) } : {}),
          ...(span ? { traceId: span.traceId, spanId: span.spanId } : {}),
        };
      },
    },
    destination,
  );
  const emit = (level: 'error' | 'info' | 'debug', args: unknown[]) => {
    if (!base.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const words: string[] = [];
    for (const arg of args) {
      if (arg instanceof Error && !fields.err) fields.err = errorFields(arg);
      else if (arg instanceof Error) words.push(`${arg.name}: ${arg.message}`);
      else words.push(text(arg));
    }
    base[level](fields, words.join(' '));
  };
  return {
    error: (...args) => emit('error', args),
    info: (...args) => emit('info', args),
    debug: (...args) => emit('debug', args),
    line: (level, fields, message) => base[level](fields, message),
  };
}
