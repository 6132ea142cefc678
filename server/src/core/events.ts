import type { DataSource, EntityManager } from 'typeorm';
import type { TenantScope } from './scope';

/** An event is a plain object with a `type`; an application declares its events once, as a union. */
export interface EventShape {
  type: string;
}

/** A transaction in progress: its entity manager, its scope, and where its events go. */
export interface Transaction<E extends EventShape> {
  readonly em: EntityManager;
  readonly scope: TenantScope;
  /** Runs the in-transaction listeners of the event now; the after-commit ones once committed. */
  emit(event: E): Promise<void>;
}

type Of<E extends EventShape, K extends E['type']> = Extract<E, { type: K }>;

interface ListenerBase<K extends string> {
  /** Unique; other listeners name it in `after`. */
  name: string;
  /** The event types it hears. */
  on: readonly K[];
  /** Listeners of the same phase that must have run first (by name). */
  after?: readonly string[];
}

/** Runs inside the transaction of the change: its writes commit, or roll back, with it. */
export interface InTransactionListener<E extends EventShape, K extends E['type'] = E['type']> extends ListenerBase<K> {
  phase: 'inTransaction';
  handle(tx: Transaction<E>, event: Of<E, K>): Promise<void>;
}

/** Runs once the change has committed (telling other processes, starting background work). */
export interface AfterCommitListener<E extends EventShape, K extends E['type'] = E['type']> extends ListenerBase<K> {
  phase: 'afterCommit';
  handle(event: Of<E, K>): void | Promise<void>;
}

/** A listener as the registry keeps it: called only with the event types it names in `on`. */
export type Listener<E extends EventShape> =
  | (ListenerBase<string> & { phase: 'inTransaction'; handle(tx: Transaction<E>, event: E): Promise<void> })
  | (ListenerBase<string> & { phase: 'afterCommit'; handle(event: E): void | Promise<void> });
type InTx<E extends EventShape> = Extract<Listener<E>, { phase: 'inTransaction' }>;
type Committed<E extends EventShape> = Extract<Listener<E>, { phase: 'afterCommit' }>;

/**
 * Listener declarations for one application's events: `handle` is typed by the event types in
 * `on`, and the listener goes into the registry as a plain `Listener`.
 */
export function listenersFor<E extends EventShape>() {
  return {
    inTransaction<K extends E['type']>(listener: Omit<InTransactionListener<E, K>, 'phase'>): Listener<E> {
      // Safe: the registry calls `handle` only with the event types in `on`.
      return { ...listener, phase: 'inTransaction' } as unknown as Listener<E>;
    },
    afterCommit<K extends E['type']>(listener: Omit<AfterCommitListener<E, K>, 'phase'>): Listener<E> {
      return { ...listener, phase: 'afterCommit' } as unknown as Listener<E>;
    },
  };
}

/**
 * Orders listeners by what they declare in `after` (and otherwise keeps the given order), so the
 * order in which they are listed, or the services they use are built, changes nothing.
 */
export function orderListeners<L extends { name: string; after?: readonly string[] }>(listeners: readonly L[]): L[] {
  const byName = new Map<string, L>();
  for (const l of listeners) {
    if (byName.has(l.name)) throw new Error(`listener "${l.name}" is registered twice`);
    byName.set(l.name, l);
  }
  const ordered: L[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (l: L, path: string[]) => {
    const s = state.get(l.name);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`listeners wait for each other: ${[...path, l.name].join(' → ')}`);
    state.set(l.name, 'visiting');
    for (const name of l.after ?? []) {
      const dependency = byName.get(name);
      if (!dependency) throw new Error(`listener "${l.name}" runs after "${name}", which is not registered in the same phase`);
      visit(dependency, [...path, l.name]);
    }
    state.set(l.name, 'done');
    ordered.push(l);
  };
  for (const l of listeners) visit(l, []);
  return ordered;
}

/**
 * The application's events and their listeners: registered once, in one place, and run in the
 * order their dependencies give. In-transaction listeners are awaited one after another inside
 * the change's transaction; after-commit listeners run once it has committed, and a failing one
 * is reported and never fails the change that has already happened.
 */
export class DomainEvents<E extends EventShape> {
  private inTx = new Map<string, Array<InTx<E>>>();
  private committed = new Map<string, Array<Committed<E>>>();
  private names: { inTransaction: string[]; afterCommit: string[] } = { inTransaction: [], afterCommit: [] };
  private registered = false;

  constructor(private readonly onListenerError: (listener: string, error: unknown) => void) {}

  /** Registers every listener of the application, once. */
  register(listeners: ReadonlyArray<Listener<E>>): void {
    if (this.registered) throw new Error('listeners are registered once, in one place');
    this.registered = true;
    const inTx = orderListeners(listeners.filter((l): l is InTx<E> => l.phase === 'inTransaction'));
    const committed = orderListeners(listeners.filter((l): l is Committed<E> => l.phase === 'afterCommit'));
    this.names = { inTransaction: inTx.map((l) => l.name), afterCommit: committed.map((l) => l.name) };
    for (const l of inTx) for (const type of l.on) push(this.inTx, type, l);
    for (const l of committed) for (const type of l.on) push(this.committed, type, l);
  }

  /** The order listeners run in, per phase (for tests and docs). */
  get order(): { inTransaction: string[]; afterCommit: string[] } {
    return this.names;
  }

  async dispatchInTransaction(tx: Transaction<E>, event: E): Promise<void> {
    for (const l of this.inTx.get(event.type) ?? []) await l.handle(tx, event);
  }

  /** Tells the after-commit listeners of events that have happened (committed, or stored in one statement). */
  dispatchCommitted(events: readonly E[]): void {
    for (const event of events) {
      for (const l of this.committed.get(event.type) ?? []) {
        try {
          const result = l.handle(event);
          if (result instanceof Promise) result.catch((error) => this.onListenerError(l.name, error));
        } catch (error) {
          this.onListenerError(l.name, error);
        }
      }
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Runs a change in one transaction and delivers its events: in-transaction listeners as they are
 * emitted, after-commit listeners once it has committed (never when it rolls back).
 */
export class UnitOfWork<E extends EventShape> {
  constructor(
    private readonly ds: DataSource,
    readonly events: DomainEvents<E>,
  ) {}

  async run<T>(scope: TenantScope, work: (tx: Transaction<E>) => Promise<T>): Promise<T> {
    const emitted: E[] = [];
    const result = await this.ds.transaction(async (em) => {
      const tx: Transaction<E> = {
        em,
        scope,
        emit: async (event) => {
          await this.events.dispatchInTransaction(tx, event);
          emitted.push(event);
        },
      };
      return work(tx);
    });
    this.events.dispatchCommitted(emitted);
    return result;
  }
}
