import { Client } from 'pg';
import { defaultPoolSize, loadConfig } from '../src/config';
import { CREATE_ORDER } from './documents';
import { eventually } from './eventually';
import { consignmentInput, givenConsignments, givenTenant, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc, type TypedDocument } from './typed-document';

const LIST = doc<{ consignments: { edges: Array<{ node: { id: string } }> } }, Record<string, never>>(`{ consignments(first: 5) { edges { node { id } } } }`);

/** Runs `work` while a connection of the test's own holds `table` locked; the lock goes after it. */
async function withTableLocked<T>(app: TestApp, table: string, work: (locker: Client) => Promise<T>): Promise<T> {
  const locker = new Client({ connectionString: app.databaseUrl });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return await work(locker);
  } finally {
    await locker.query('ROLLBACK').catch(() => undefined);
    await locker.end();
  }
}

describe('statements of API work', () => {
  let quick: TestApp;
  let quickTenant: TenantFixture;
  beforeAll(async () => {
    quick = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
    quickTenant = await givenTenant(quick);
    await givenConsignments(quick, quickTenant.adminToken, 1);
  });
  afterAll(() => quick.close());

  it('are cancelled by the statement timeout, and the caller is told so in words (not a server error)', async () => {
    await withTableLocked(quick, 'consignments', async () => {
      const t0 = Date.now();
      const res = await quick.gql(LIST, {}, quickTenant.adminToken);
      expect(Date.now() - t0).toBeLessThan(3_000);
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('took too long'), extensions: { code: 'TIMEOUT' } });
      const [{ n }] = await quick.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tracklink' AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%consignments%'`,
      );
      expect(n).toBe(0);
    });
    expect((await quick.ok(LIST, {}, quickTenant.adminToken)).consignments.edges).toHaveLength(1);
  });

  it('run without JIT and with the configured timeout on every connection', async () => {
    const [{ jit }] = await quick.server.db.dataSource.query('SHOW jit');
    const [{ statement_timeout: timeout }] = await quick.server.db.dataSource.query('SHOW statement_timeout');
    expect({ jit, timeout }).toEqual({ jit: 'off', timeout: '300ms' });
  });

  it('keep their connection through a lull (no new connection, with its plans to make, after 15 s idle)', async () => {
    const pid = async () => (await quick.server.db.dataSource.query('SELECT pg_backend_pid() AS pid'))[0].pid as number;
    const before = await pid();
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    expect(await pid()).toBe(before);
  }, 30_000);
});

describe('a request whose client goes away', () => {
  let app: TestApp;
  let tenant: TenantFixture;
  const logged: string[] = [];
  // A timeout far longer than the test: what stops a statement here is its client leaving.
  beforeAll(async () => {
    app = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '120000' }, undefined, { logSink: (line) => logged.push(line) });
    tenant = await givenTenant(app);
    await givenConsignments(app, tenant.adminToken, 1);
  });
  afterAll(() => app.close());

  /** Statements of the app waiting on the lock the test holds. */
  const waiting = async (table: string) => {
    const [{ n }] = await app.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'tracklink' AND state = 'active'
          AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query LIKE $1`,
      [`%${table}%`],
    );
    return n;
  };

  /** Sends a document and lets go of the request when `leave` resolves (or keeps it, if it never does). */
  function send<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, leave: Promise<void>) {
    const abort = new AbortController();
    void leave.then(() => abort.abort());
    return fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.adminToken}` },
      body: JSON.stringify({ query: document.text, variables }),
      signal: abort.signal,
    }).then(
      async (res) => ({ status: res.status, body: await res.text() }),
      (error: Error) => ({ status: 0, body: error.name }),
    );
  }

  it('has its statements stopped at once, long before the timeout, and the server goes on as before', async () => {
    await withTableLocked(app, 'consignments', async () => {
      let leave!: () => void;
      const answer = send(LIST, {}, new Promise<void>((resolve) => (leave = resolve)));
      await eventually(async () => expect(await waiting('consignments')).toBe(1), { timeoutMs: 10_000 });
      const left = Date.now();
      leave();
      expect((await answer).status).toBe(0);
      // The lock is still held: only the client leaving can have stopped the statement.
      await eventually(async () => expect(await waiting('consignments')).toBe(0), { timeoutMs: 5_000 });
      expect(Date.now() - left).toBeLessThan(3_000);
    });
    // Not a fault: no error is logged for it.
    expect(logged.filter((line) => /"level":(50|60)|"level":"(error|fatal)"/.test(line))).toEqual([]);
    // Every pooled connection still works (the closed one was not lent again).
    const answers = await Promise.all(Array.from({ length: 30 }, () => app.ok(LIST, {}, tenant.adminToken)));
    for (const a of answers) expect(a.consignments.edges).toHaveLength(1);
  }, 30_000);

  it('is not stopped when it is a mutation: the change is made although nobody waits for the answer', async () => {
    const reference = `GONE-${Date.now()}`;
    await withTableLocked(app, 'orders', async (locker) => {
      let leave!: () => void;
      const answer = send(
        CREATE_ORDER,
        { input: { reference, customerName: 'Acme Foods', customerEmail: 'orders@acme.example', consignments: [consignmentInput()] } },
        new Promise<void>((resolve) => (leave = resolve)),
      );
      await eventually(async () => expect(await waiting('orders')).toBe(1), { timeoutMs: 10_000 });
      leave();
      expect((await answer).status).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await waiting('orders')).toBe(1);
      await locker.query('ROLLBACK');
    });
    await eventually(async () => {
      const rows = await app.sql('SELECT id FROM orders WHERE reference = $1', [reference]);
      expect(rows).toHaveLength(1);
    }, { timeoutMs: 10_000 });
  }, 30_000);
});

describe('the connection pool', () => {
  let app: TestApp;
  let tenant: TenantFixture;
  beforeAll(async () => {
    app = await startTestApp({ DATABASE_POOL_SIZE: '2', DB_STATEMENT_TIMEOUT_MS: '60000' });
    tenant = await givenTenant(app);
    await givenConsignments(app, tenant.adminToken, 1);
  });
  afterAll(() => app.close());

  /** The server's connections, busy or idle, and how many of them wait on a lock. */
  const connections = async () =>
    (
      await app.sql<{ open: number; waiting: number }>(
        `SELECT count(*)::int AS open, (count(*) FILTER (WHERE wait_event_type = 'Lock'))::int AS waiting
           FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tracklink' AND pid <> pg_backend_pid()`,
      )
    )[0];

  /**
   * `n` lists sent while `consignments` is locked, answered: `held` runs once both connections
   * are taken by lists waiting on the lock, and the lock goes when it is done.
   */
  const listsWhileLocked = async (n: number, held: () => Promise<void>) => {
    const list = () => app.gql(LIST, {}, tenant.adminToken);
    const answers: Array<ReturnType<typeof list>> = [];
    await withTableLocked(app, 'consignments', async () => {
      for (let i = 0; i < n; i++) answers.push(list());
      await eventually(async () => expect((await connections()).waiting).toBe(2), { timeoutMs: 10_000 });
      await held();
    });
    return Promise.all(answers);
  };

  it('holds at most DATABASE_POOL_SIZE connections: more requests than that wait their turn and are all answered', async () => {
    const answers = await listsWhileLocked(6, async () => {
      // The other four wait for a connection, not in PostgreSQL.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await connections()).toEqual({ open: 2, waiting: 2 });
    });
    for (const res of answers) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.consignments.edges).toHaveLength(1);
    }
  }, 30_000);

  it('answers 503 SERVICE_UNAVAILABLE to a request that waited 3 s for a connection, and serves the next ones', async () => {
    const answers = await listsWhileLocked(4, () => new Promise((resolve) => setTimeout(resolve, 4_000)));
    const outcome = answers.map((res) => (res.status === 200 && !res.errors ? 'answered' : `${res.status} ${String(res.errors?.[0]?.extensions?.code)}`)).sort();
    expect(outcome).toEqual(['503 SERVICE_UNAVAILABLE', '503 SERVICE_UNAVAILABLE', 'answered', 'answered']);
    expect((await app.ok(LIST, {}, tenant.adminToken)).consignments.edges).toHaveLength(1);
  }, 30_000);

  it('is twice the cores by default (at least 4), and DATABASE_POOL_SIZE is checked at start', () => {
    const base = { NODE_ENV: 'test', APP_SECRET: 'x'.repeat(40) };
    expect([defaultPoolSize(1), defaultPoolSize(2), defaultPoolSize(8)]).toEqual([4, 4, 16]);
    expect(loadConfig(base).dbPoolSize).toBe(defaultPoolSize());
    expect(loadConfig({ ...base, DATABASE_POOL_SIZE: '6' }).dbPoolSize).toBe(6);
    for (const bad of ['1', '201', 'ten', '2.5']) {
      expect(() => loadConfig({ ...base, DATABASE_POOL_SIZE: bad })).toThrow(`DATABASE_POOL_SIZE must be a whole number from 2 to 200, got "${bad}"`);
    }
  });
});
