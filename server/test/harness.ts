import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig, type Config } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { auditing, auditSink, noteSecrets } from './secret-audit';
import { LOGIN } from './documents';
import { dataOf, postGraphql, type GqlResult, type TypedDocument } from './typed-document';

export type { GqlResult } from './typed-document';

export const PLATFORM_ADMIN = { email: 'platform@test.local', password: 'platform-pass-1' };

/** A row as node-postgres returns it; name its columns' types where a test reads them. */
export type Row = Record<string, unknown>;

export interface TestApp {
  server: RunningServer;
  url: string;
  databaseUrl: string;
  /** Sends a document to the staff endpoint and answers with the response as it came. */
  gql<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, token?: string | null): Promise<GqlResult<TData>>;
  /** Like gql, but fails the test on any error and returns the data. */
  ok<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, token?: string | null): Promise<TData>;
  login(email: string, password: string): Promise<string>;
  sql<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set (the global setup sets it)');
  return url;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, and the real app on a free port against it. With
 * `sharing`, a second server process on the same database (as another replica would be).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  sharing?: TestApp,
  /** `logSink`: the server's log lines (JSON) go there instead of standard output. */
  options: { logSink?: (line: string) => void } = {},
): Promise<TestApp> {
  const name = `tracklink_t_${randomBytes(6).toString('hex')}`;
  let databaseUrl: string;
  if (sharing) {
    databaseUrl = sharing.databaseUrl;
  } else {
    await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: PLATFORM_ADMIN.email,
    ADMIN_PASSWORD: PLATFORM_ADMIN.password,
    SEED_DEMO: 'false',
    APP_SECRET: 'test-secret-test-secret-test-secret-0123',
    // Every line goes to the run's log audit (secret-audit.ts); TEST_LOG_LEVEL=silent turns it off.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? (auditing() ? 'info' : 'silent'),
    // Tests send requests far faster than any caller may; the limit's own tests set it low.
    STAFF_RATE_LIMIT: '100000',
    // The webhook worker polls only in the tests of webhooks (they set their own pace): its poll
    // would land in the statement counts of other tests.
    WEBHOOK_POLL_MS: '3600000',
    ...env,
  });
  const audit = auditSink();
  const own = options.logSink;
  const logSink = audit && own ? (line: string) => (audit(line), own(line)) : (own ?? audit);
  const server = await startServer(config, { logSink });
  const sqlClient = new Client({ connectionString: databaseUrl });
  await sqlClient.connect();
  let turn: Promise<unknown> = Promise.resolve();

  const gql = async <TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, token?: string | null) => {
    noteSecrets(variables);
    const result = await postGraphql(`${server.url}/graphql`, document, variables, token);
    noteSecrets(result.data);
    return result;
  };
  const ok = async <TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, token?: string | null) =>
    dataOf(await gql(document, variables, token));
  return {
    server,
    url: server.url,
    databaseUrl,
    gql,
    ok,
    login: async (email, password) => (await ok(LOGIN, { email, password })).login.token,
    // One session (a test may take a session lock and release it later), one statement at a time.
    sql: <T extends Row>(text: string, params?: unknown[]) => {
      const result = turn.then(() => sqlClient.query<T>(text, params));
      turn = result.catch(() => undefined);
      return result.then((r) => r.rows);
    },
    close: async () => {
      await sqlClient.end();
      await server.close();
      if (!sharing) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
