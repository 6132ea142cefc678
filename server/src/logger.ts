import type { Config } from './config';

export interface Logger {
  error(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
}

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export function createLogger(level: Config['logLevel']): Logger {
  const at = LEVELS[level];
  const stamp = () => new Date().toISOString();
  return {
    error: (...args) => at >= 1 && console.error(stamp(), 'ERROR', ...args),
    info: (...args) => at >= 2 && console.log(stamp(), ...args),
    debug: (...args) => at >= 3 && console.log(stamp(), 'DEBUG', ...args),
  };
}
