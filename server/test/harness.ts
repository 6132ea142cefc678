import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig, type Config } from '../src/config';
import { startServer, type RunningServer } from '../src/server';

export const PLATFORM_ADMIN = { email: 'platform@test.local', password: 'platform-pass-1' };

export interface GqlResult<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; reason?: string } }>;
  status: number;
}

export interface TestApp {
  server: RunningServer;
  url: string;
  databaseUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error and returns the data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T>;
  login(email: string, password: string): Promise<string>;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
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
export async function startTestApp(env: Record<string, string> = {}, sharing?: TestApp): Promise<TestApp> {
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
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests send requests far faster than any caller may; the limit's own tests set it low.
    STAFF_RATE_LIMIT: '100000',
    ...env,
  });
  const server = await startServer(config);
  const sqlClient = new Client({ connectionString: databaseUrl });
  await sqlClient.connect();

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await res.json()) as object), status: res.status } as GqlResult;
  };
  const ok = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const result = await gql(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  return {
    server,
    url: server.url,
    databaseUrl,
    gql,
    ok,
    login: async (email, password) =>
      (await ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password })).login.token,
    sql: async (text, params) => (await sqlClient.query(text, params)).rows,
    close: async () => {
      await sqlClient.end();
      await server.close();
      if (!sharing) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
