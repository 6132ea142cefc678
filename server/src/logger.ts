import type { Config } from './config';

export interface Logger {
  error(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
}

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

/**
 * An error is written as its stack (name, message, frames) and nothing else: a failed
 * statement's error object also holds the statement's parameters, which never go to the log.
 */
const printable = (args: unknown[]) => args.map((a) => (a instanceof Error ? (a.stack ?? `${a.name}: ${a.message}`) : a));

export function createLogger(level: Config['logLevel']): Logger {
  const at = LEVELS[level];
  const stamp = () => new Date().toISOString();
  return {
    error: (...args) => at >= 1 && console.error(stamp(), 'ERROR', ...printable(args)),
    info: (...args) => at >= 2 && console.log(stamp(), ...printable(args)),
    debug: (...args) => at >= 3 && console.log(stamp(), 'DEBUG', ...printable(args)),
  };
}
