import { DomainEvents, listenersFor, orderListeners } from './events';
import type { Transaction } from './events';

type Ev = { type: 'a.happened'; n: number } | { type: 'b.happened'; label: string };
const { inTransaction, afterCommit } = listenersFor<Ev>();
const tx = (): Transaction<Ev> => ({ em: {} as Transaction<Ev>['em'], scope: { tenantId: 't', principal: { kind: 'system', tenantId: 't', label: 'test' } }, emit: async () => undefined });

describe('orderListeners', () => {
  const l = (name: string, after: string[] = []) => ({ name, after });

  it('puts every listener after the ones it names, whatever the given order', () => {
    const names = (list: Array<{ name: string; after?: readonly string[] }>) => orderListeners(list).map((x) => x.name);
    const given = [l('emails', ['link']), l('webhooks', ['emails']), l('link'), l('audit')];
    for (const order of [given, [...given].reverse(), [given[2], given[0], given[3], given[1]]]) {
      const ordered = names(order);
      expect(ordered.indexOf('link')).toBeLessThan(ordered.indexOf('emails'));
      expect(ordered.indexOf('emails')).toBeLessThan(ordered.indexOf('webhooks'));
      expect(ordered).toHaveLength(4);
    }
    // Without dependencies the given order stands.
    expect(names([l('x'), l('y'), l('z')])).toEqual(['x', 'y', 'z']);
  });

  it('refuses a cycle, an unknown name and a name given twice', () => {
    expect(() => orderListeners([l('a', ['b']), l('b', ['a'])])).toThrow('listeners wait for each other: a → b → a');
    expect(() => orderListeners([l('a', ['ghost'])])).toThrow('"a" runs after "ghost", which is not registered');
    expect(() => orderListeners([l('a'), l('a')])).toThrow('"a" is registered twice');
  });
});

describe('DomainEvents', () => {
  it('runs in-transaction listeners of an event one after another, in dependency order, and only for their types', async () => {
    const heard: string[] = [];
    const events = new DomainEvents<Ev>(() => undefined);
    events.register([
      inTransaction({
        name: 'second',
        on: ['a.happened'],
        after: ['first'],
        handle: async (_tx, e) => {
          heard.push(`second ${e.n}`);
        },
      }),
      inTransaction({
        name: 'first',
        on: ['a.happened', 'b.happened'],
        handle: async (_tx, e) => {
          // Awaited before the next listener starts.
          await new Promise((resolve) => setTimeout(resolve, 5));
          heard.push(`first ${e.type}`);
        },
      }),
    ]);
    await events.dispatchInTransaction(tx(), { type: 'a.happened', n: 1 });
    await events.dispatchInTransaction(tx(), { type: 'b.happened', label: 'x' });
    expect(heard).toEqual(['first a.happened', 'second 1', 'first b.happened']);
    expect(events.order.inTransaction).toEqual(['first', 'second']);
  });

  it('reports a failing after-commit listener and still runs the others', async () => {
    const failures: string[] = [];
    const heard: string[] = [];
    const events = new DomainEvents<Ev>((listener, error) => failures.push(`${listener}: ${(error as Error).message}`));
    events.register([
      afterCommit({ name: 'throws', on: ['a.happened'], handle: () => { throw new Error('boom'); } }),
      afterCommit({ name: 'rejects', on: ['a.happened'], handle: async () => { throw new Error('later'); } }),
      afterCommit({ name: 'works', on: ['a.happened'], handle: (e) => void heard.push(`works ${e.n}`) }),
    ]);
    expect(() => events.dispatchCommitted([{ type: 'a.happened', n: 7 }])).not.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['works 7']);
    expect(failures.sort()).toEqual(['rejects: later', 'throws: boom']);
  });

  it('takes its listeners once, in one place', () => {
    const events = new DomainEvents<Ev>(() => undefined);
    events.register([]);
    expect(() => events.register([])).toThrow('registered once');
  });
});
