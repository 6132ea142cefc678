import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import fs from 'node:fs';
import path from 'node:path';
import { answerSizeOf, STAFF_LIMITS } from '../src/graphql/staff-limits';
import { buildStaffSchema } from '../src/graphql/schema';
import { RECORD_PALLET_SCANS, REPORT_POSITIONS, type PalletScanInput } from './documents';
import { givenConsignments, givenDriver, givenTenant, position, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc, type GqlResult, type TypedDocument } from './typed-document';

// The staff endpoint's limits (issue "Safe to run in production", item 1) on the real app:
// every document the admin console sends passes them; the attacks that grew the process to
// gigabytes are refused before anything runs, fast, and the process's memory stays put.

let app: TestApp;
let tenant: TenantFixture;
let orderConsignmentId: string;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app);
  const consignments = await givenConsignments(app, tenant.adminToken, 20);
  orderConsignmentId = consignments[0].id;
});
afterAll(() => app.close());

/** What Apollo Client sends: every selection set below the operation also asks for __typename. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && (parent as OperationDefinitionNode).kind === Kind.OPERATION_DEFINITION) return node;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return node;
        return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    },
  });
}

/**
 * Every operation document of the admin console: web/src/gql/graphql.ts, generated from its
 * sources, holds each as `export const <Name>Document = <document as JSON> as unknown as …`.
 */
function adminDocuments(): Array<[string, DocumentNode]> {
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'web', 'src', 'gql', 'graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)].map(([, name, json]) => [name, JSON.parse(json) as DocumentNode]);
}

/** What the test sends of an operation's variables: the page size, if it takes one. */
type PageVariables = { first?: number };

function consoleOperations(): Array<{
  name: string;
  document: DocumentNode;
  /** The document as the console sends it. */
  sent: TypedDocument<unknown, PageVariables>;
  operation: string;
  pages: boolean;
  variables: Record<string, unknown>;
}> {
  return adminDocuments()
    .map(([name, value]) => {
      const document = withTypename(value);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      // Values for the ID and page-size variables, so the answer size is estimated as sent.
      const variables: Record<string, unknown> = {};
      for (const v of operation?.variableDefinitions ?? []) {
        const type = print(v.type).replace(/[![\]]/g, '');
        if (v.variable.name.value === 'first') variables.first = 100;
        else if (type === 'ID') variables[v.variable.name.value] = '00000000-0000-4000-8000-000000000000';
      }
      return { name, document, sent: doc<unknown, PageVariables>(print(document)), operation: operation?.operation ?? 'fragment', pages: 'first' in variables, variables };
    })
    .filter((d) => d.operation !== 'fragment');
}

const LIMIT_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'];

/** consignment(id: $id) { order { consignments { order { consignments … } } } }, `depth` fields deep. */
function nested<TData = unknown>(depth: number): TypedDocument<TData, { id: string }> {
  let inner = 'id';
  for (let level = depth - 1; level >= 1; level--) inner = `${level % 2 ? 'order' : 'consignments'} { ${inner} }`;
  return doc(`query($id: ID!) { consignment(id: $id) { ${inner} } }`);
}

/** The order's consignments, each with its order: four fields deep. */
type FourDeep = { consignment: { order: { consignments: Array<{ order: { id: string } }> } } | null };

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** The median time of five runs (the machine is shared: one run alone can be unlucky), and the last answer. */
async function medianTime<T>(work: () => Promise<T>): Promise<[T, number]> {
  await work(); // warm
  const runs: Array<[T, number]> = [];
  for (let i = 0; i < 5; i++) runs.push(await timed(work));
  const times = runs.map(([, ms]) => ms).sort((a, b) => a - b);
  return [runs[4][0], times[2]];
}

describe('the admin console', () => {
  it('sends only documents within every staff limit', async () => {
    // Signing out last, so every other document runs signed in.
    const operations = consoleOperations().sort((x, y) => Number(x.name === 'LogoutDocument') - Number(y.name === 'LogoutDocument'));
    expect(operations.length).toBeGreaterThan(40);
    const schema = await buildStaffSchema();
    const widest = { depth: 0, tokens: 0, answerSize: 0 };
    // A session of its own: the console's documents include Logout.
    const token = await app.login(tenant.adminEmail, 'admin-pass-1');
    for (const { name, document, sent, operation, variables } of operations) {
      const text = sent.text;
      widest.answerSize = Math.max(widest.answerSize, answerSizeOf(schema, document, variables));
      widest.tokens = Math.max(widest.tokens, text.split(/[\s{}(),:!$]+/).length);
      if (operation === 'subscription') {
        const errors = await subscribeErrors(token, sent);
        expect([name, errors]).toEqual([name, []]);
        continue;
      }
      // Without the other variables an operation stops at their check, after every limit.
      const res = await app.gql(sent, 'first' in variables ? { first: 100 } : {}, token);
      const refused = (res.errors ?? []).filter((e) => LIMIT_CODES.includes(e.extensions?.code ?? ''));
      expect([name, res.status === 429 ? 429 : 'not rate limited', refused]).toEqual([name, 'not rate limited', []]);
    }
    // Room to grow: the console's widest document uses well under half of each limit.
    expect(widest.answerSize).toBeLessThan(STAFF_LIMITS.answerSize / 2);
    expect(widest.tokens).toBeLessThan(STAFF_LIMITS.tokens / 2);
  });
});

/** Opens a subscription for a moment; the errors the server answered with (none: it runs). */
async function subscribeErrors(token: string, document: TypedDocument<unknown, PageVariables>): Promise<unknown[]> {
  const client = createClient({ url: app.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  const errors: unknown[] = [];
  const dispose = client.subscribe({ query: document.text }, { next: (v) => v.errors && errors.push(...v.errors), error: (e) => errors.push(e), complete: () => undefined });
  await new Promise((r) => setTimeout(r, 150));
  dispose();
  await client.dispose();
  return errors;
}

describe('queries built to exhaust the server', () => {
  it('refuses a 51-level nesting in under 50 ms, with a validation error naming the depth', async () => {
    const [res, ms] = await medianTime(() => app.gql(nested(51), { id: orderConsignmentId }, tenant.dispatcherToken));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/depth limit of 12/i);
    expect(res.data).toBeUndefined();
    expect(ms).toBeLessThan(50);
  });

  it('refuses 200 aliases of consignments(first: 100) in under 50 ms', async () => {
    const aliases = doc<unknown>(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: consignments(first: 100) { edges { node { id reference stops { name } } } }`).join(' ')} }`);
    const [res, ms] = await medianTime(() => app.gql(aliases, {}, tenant.dispatcherToken));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/aliases limit of 10/i);
    expect(ms).toBeLessThan(50);
  });

  it('refuses a fan-out within the depth limit by the size of its answer, variables included', async () => {
    // Depth 8 only, but a hundred consignments per order on each of three levels.
    const fanOut = await app.gql(nested(8), { id: orderConsignmentId }, tenant.dispatcherToken);
    expect(fanOut.status).toBe(400);
    expect(fanOut.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(fanOut.errors?.[0].message).toMatch(/more than 20000/);
    // Ten aliases of the largest page, each with its order's consignments: the page size from a variable counts.
    const pages = doc<unknown, { n?: number }>(
      `query($n: Int) { ${Array.from({ length: 10 }, (_, i) => `p${i}: consignments(first: $n) { edges { node { order { consignments { id } } } } }`).join(' ')} }`,
    );
    const refused = await app.gql(pages, { n: 100 }, tenant.dispatcherToken);
    expect(refused.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await app.gql(pages, { n: 1 }, tenant.dispatcherToken);
    expect(small.errors).toBeUndefined();
    // The same document again: each page size is estimated for itself, whatever was asked before.
    expect((await app.gql(pages, { n: 100 }, tenant.dispatcherToken)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // No page size: the default of 20 per alias, still too much.
    expect((await app.gql(pages, {}, tenant.dispatcherToken)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await app.gql(pages, { n: 1 }, tenant.dispatcherToken)).errors).toBeUndefined();
    // What @include takes from a variable counts too.
    const included = doc<unknown, { all: boolean }>(
      `query($all: Boolean!) { ${Array.from({ length: 10 }, (_, i) => `p${i}: consignments(first: 100) { edges { node { id order @include(if: $all) { consignments { id } } } } }`).join(' ')} }`,
    );
    expect((await app.gql(included, { all: false }, tenant.dispatcherToken)).errors).toBeUndefined();
    expect((await app.gql(included, { all: true }, tenant.dispatcherToken)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await app.gql(included, { all: false }, tenant.dispatcherToken)).errors).toBeUndefined();
    // A nesting the console never needs but that stays small is answered.
    const two = await app.gql(nested<FourDeep>(4), { id: orderConsignmentId }, tenant.dispatcherToken);
    expect(two.errors).toBeUndefined();
    expect(two.data?.consignment?.order.consignments).toHaveLength(20);
  });

  it('refuses a document of more than 5000 tokens before validating it', async () => {
    const tokens = doc<unknown>(`{ me { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`);
    const [res, ms] = await medianTime(() => app.gql(tokens, {}, tenant.dispatcherToken));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/more th[ae]t? 5000 tokens/i);
    expect(ms).toBeLessThan(50);
  });

  it('keeps the memory of the process where it was through a burst of such queries', async () => {
    const token = tenant.dispatcherToken;
    const id = { id: orderConsignmentId };
    const aliases = doc<unknown>(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: consignments(first: 100) { edges { node { id } } }`).join(' ')} }`);
    const attacks: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(nested(51), id, token),
      () => app.gql(nested(25), id, token),
      () => app.gql(nested(10), id, token),
      () => app.gql(aliases, {}, token),
    ];
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    for (let round = 0; round < 25; round++) {
      const answers = await Promise.all(attacks.map((attack) => attack()));
      for (const res of answers) expect(res.status).toBe(400);
    }
    const ms = performance.now() - started;
    global.gc?.();
    const after = process.memoryUsage();
    // 100 refused queries: the server answered each in a few milliseconds and kept its memory
    // (the depth-25 query over an order of 100 consignments took 4.4 GB before these limits).
    expect(ms / 100).toBeLessThan(50);
    expect((after.rss - before.rss) / 2 ** 20).toBeLessThan(100);
    expect((after.heapUsed - before.heapUsed) / 2 ** 20).toBeLessThan(50);
  });
});

describe('batches', () => {
  it('refuses more than 1000 positions or scans per call, naming the list, and stores none of them', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const at = new Date().toISOString();
    const positions = Array.from({ length: 1001 }, (_, i) => position(`p${i}`, 52, 5, { recordedAt: at }));
    const res = await app.gql(REPORT_POSITIONS, { positions }, driver.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positions' });
    expect(res.errors?.[0].message).toMatch(/at most 1000/);
    const scans = Array.from({ length: 1001 }, (_, i): PalletScanInput => ({ clientId: `s${i}`, consignmentId: orderConsignmentId, palletBarcode: `P${i}`, event: 'LOADED', scannedAt: at }));
    const scanned = await app.gql(RECORD_PALLET_SCANS, { scans }, tenant.adminToken);
    expect(scanned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scans' });
    expect(await app.sql('SELECT count(*)::int AS n FROM driver_positions WHERE driver_id = $1', [driver.id])).toEqual([{ n: 0 }]);
    expect(await app.sql('SELECT count(*)::int AS n FROM pallet_scans WHERE consignment_id = $1', [orderConsignmentId])).toEqual([{ n: 0 }]);
    const full = Array.from({ length: 1000 }, (_, i) => position(`q${i}`, 52, 5, { recordedAt: at }));
    expect((await app.ok(REPORT_POSITIONS, { positions: full }, driver.token)).reportPositions.accepted).toBe(1000);
  });
});

describe('field suggestions', () => {
  it('are left out of errors for callers without credentials, and kept for the signed in', async () => {
    const misspelt = doc<unknown>('{ consignmentz(first: 1) { totalCount } }');
    const anonymous = await app.gql(misspelt, {});
    expect(anonymous.errors?.[0].message).toBe('Cannot query field "consignmentz" on type "Query".');
    const signedIn = await app.gql(misspelt, {}, tenant.dispatcherToken);
    expect(signedIn.errors?.[0].message).toMatch(/Did you mean "consignments?"/);
  });
});
