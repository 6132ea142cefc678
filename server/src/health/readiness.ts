import type { Logger } from '../logger';

export type DependencyState = 'up' | 'down';

/** What the server does while a dependency is away, for the log line that says it went. */
const WHILE_DOWN: Record<string, string> = {
  database: 'answering 503',
  redis: 'live pages poll and /readyz answers 503',
};

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, DependencyState>;
}

/**
 * Whether this process can serve: each dependency (the database, the event bus when Redis is
 * configured) answers within a second. It logs one line when a dependency goes away and one
 * when it is back, however many requests fail meanwhile; while one is down it probes it every
 * second, so recovery shows within about a second even with no traffic.
 */
export class Readiness {
  private readonly states = new Map<string, DependencyState>();
  private readonly probes = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly checks: Record<string, () => Promise<unknown>>,
    private readonly log: Logger,
    private readonly timeoutMs = 1_000,
    private readonly probeMs = 1_000,
  ) {}

  /** Checks every dependency now (each within the timeout). */
  async check(): Promise<ReadinessReport> {
    const names = Object.keys(this.checks);
    const results = await Promise.all(names.map((name) => this.probe(name)));
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i]])) as Record<string, DependencyState>;
    return { ready: results.every((r) => r === 'up'), checks };
  }

  /** The last known state of a dependency (no check); a dependency never seen failing is up. */
  state(name: string): DependencyState {
    return this.states.get(name) ?? 'up';
  }

  /**
   * A dependency was seen failing (or working): noted, and logged once per change. Its first
   * report is logged only when it is a failure (a server that starts without its Redis says so).
   */
  report(name: string, state: DependencyState): void {
    const previous = this.states.get(name);
    if (previous === state || this.closed || !(name in this.checks)) return;
    this.states.set(name, state);
    if (previous === undefined && state === 'up') return;
    if (state === 'down') {
      this.log.error(`${name} is unreachable; ${WHILE_DOWN[name] ?? 'not ready'} until it is back`);
      if (!this.probes.has(name)) {
        const timer = setInterval(() => void this.probe(name), this.probeMs);
        timer.unref();
        this.probes.set(name, timer);
      }
    } else {
      this.log.info(`${name} is reachable again`);
      clearInterval(this.probes.get(name));
      this.probes.delete(name);
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.probes.values()) clearInterval(timer);
    this.probes.clear();
  }

  private async probe(name: string): Promise<DependencyState> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), this.timeoutMs);
    });
    let state: DependencyState;
    try {
      await Promise.race([this.checks[name](), timeout]);
      state = 'up';
    } catch {
      state = 'down';
    } finally {
      clearTimeout(timer);
    }
    this.report(name, state);
    return state;
  }
}

/**
 * A logger that turns "the database is unreachable" errors into one readiness report instead
 * of a line (with a stack) per failed request, poll and listener.
 */
export function outageAwareLogger(log: Logger, readiness: Readiness, isUnavailable: (error: unknown) => boolean): Logger {
  return {
    ...log,
    error: (...args: unknown[]) => {
      if (args.some(isUnavailable)) readiness.report('database', 'down');
      else log.error(...args);
    },
  };
}
