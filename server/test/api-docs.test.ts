// docs/api.md is checked: every ```graphql block validates against the published schema it
// names (schema.graphql unless its first line says `# schema.public.graphql`), every ```json
// block parses, and the worked examples run in order against a real server, with the values
// in angle brackets taken from earlier answers.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { givenTenant, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc } from './typed-document';

const ROOT = path.resolve(__dirname, '..', '..');
const API_MD = fs.readFileSync(path.join(ROOT, 'docs', 'api.md'), 'utf8');
const PUBLIC_MARK = '# schema.public.graphql';

interface Example {
  name: string;
  text: string;
  variables: unknown;
  public: boolean;
}

/** The fenced blocks of the file, in order: a ```graphql block and the ```json block after it. */
function examples(): { graphql: Example[]; json: string[] } {
  const blocks = [...API_MD.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
  const graphql: Example[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql') return;
    const operation = parse(block.text).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const next = blocks[i + 1];
    graphql.push({
      name: operation?.name?.value ?? `block ${i}`,
      text: block.text,
      variables: next?.lang === 'json' ? JSON.parse(next.text) : {},
      public: block.text.startsWith(PUBLIC_MARK),
    });
  });
  return { graphql, json: blocks.filter((b) => b.lang === 'json').map((b) => b.text) };
}

describe('docs/api.md', () => {
  const staff = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  const pub = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.public.graphql'), 'utf8'));
  const { graphql, json } = examples();

  it('has its examples', () => {
    expect(graphql.length).toBeGreaterThanOrEqual(10);
    expect(new Set(graphql.map((e) => e.name)).size).toBe(graphql.length);
    for (const text of json) expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each(graphql.map((e) => [e.name, e] as const))('%s validates against its schema', (_name, example) => {
    const errors = validate(example.public ? pub : staff, parse(example.text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('fails a block that does not fit the schema (the check can fail)', () => {
    const errors = validate(staff, parse('query { consignment(id: "x") { noSuchField } }'));
    expect(errors).not.toHaveLength(0);
  });
});

describe('docs/api.md worked examples, against a real server', () => {
  let app: TestApp;
  let tenant: TenantFixture;
  beforeAll(async () => {
    app = await startTestApp();
    tenant = await givenTenant(app, { tracking: true });
  });
  afterAll(() => app.close());

  const byName = new Map(examples().graphql.map((e) => [e.name, e]));
  const values = new Map<string, unknown>();
  const ran = new Set<string>();

  /** The example's variables with each "<name>" replaced by its value; an unknown one fails. */
  function fill(value: unknown): unknown {
    if (typeof value === 'string') {
      const m = /^<(\w+)>$/.exec(value);
      if (!m) return value;
      if (!values.has(m[1])) throw new Error(`docs/api.md: no value for <${m[1]}>`);
      return values.get(m[1]);
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  }

  async function run<T>(name: string, token: string | null): Promise<T> {
    const example = byName.get(name);
    if (!example) throw new Error(`docs/api.md has no example named ${name}`);
    ran.add(name);
    const variables = fill(example.variables) as Record<string, unknown>;
    if (example.public) {
      const response = await fetch(`${app.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.text, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data as T;
    }
    return app.ok(doc<T, Record<string, unknown>>(example.text), variables, token);
  }

  it('signs in, makes an API key, creates an order with a recipient link, reports positions, lists links and revokes one', async () => {
    values.set('email', tenant.adminEmail);
    values.set('password', 'admin-pass-1');
    const { login } = await run<{ login: { token: string; user: { role: string } } }>('SignIn', null);
    expect(login.user.role).toBe('SUPER_ADMIN');

    values.set('keyName', 'TMS integration');
    const { createApiKey } = await run<{ createApiKey: { key: string; apiKey: { prefix: string } } }>('CreateApiKey', login.token);
    const apiKey = createApiKey.key;
    expect(apiKey.startsWith(createApiKey.apiKey.prefix)).toBe(true);

    // 1. An order with a recipient link.
    values.set('orderReference', `ORD-${Date.now()}`);
    const { createOrder } = await run<{ createOrder: { consignments: Array<{ id: string; reference: string; status: string }> } }>('CreateOrder', apiKey);
    const [consignment] = createOrder.consignments;
    expect(consignment).toMatchObject({ reference: 'CN-1001', status: 'DRAFT' });
    values.set('consignmentId', consignment.id);
    const { createTrackingLink: link } = await run<{ createTrackingLink: { id: string; url: string; status: string; recipientEmail: string } }>(
      'CreateRecipientLink',
      apiKey,
    );
    expect(link).toMatchObject({ status: 'ACTIVE', recipientEmail: 'goods-in@example.com' });
    expect(link.url).toMatch(/\/t\/[^/]+$/);
    // As the text says: a second link for the same recipient is a conflict.
    const recipientLink = byName.get('CreateRecipientLink')!;
    const again = await app.gql(doc<unknown, Record<string, unknown>>(recipientLink.text), fill(recipientLink.variables) as Record<string, unknown>, apiKey);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    // 2. Positions, reported twice: stored once.
    const { createDriver } = await run<{ createDriver: { token: string; driver: { id: string } } }>('CreateDriver', apiKey);
    values.set('driverId', createDriver.driver.id);
    const stamp = Date.now();
    values.set('clientId1', `pos-${stamp}-1`);
    values.set('clientId2', `pos-${stamp}-2`);
    values.set('recordedAt1', new Date(stamp - 60_000).toISOString());
    values.set('recordedAt2', new Date(stamp - 30_000).toISOString());
    type Report = { reportPositions: { accepted: number; duplicates: number; refused: unknown[] } };
    expect((await run<Report>('ReportPositions', apiKey)).reportPositions).toEqual({ accepted: 2, duplicates: 0, refused: [] });
    expect((await run<Report>('ReportPositions', apiKey)).reportPositions).toEqual({ accepted: 0, duplicates: 2, refused: [] });

    // 3. The links, and one revoked: its page says so.
    values.set('id', consignment.id);
    const { consignment: listed } = await run<{ consignment: { trackingLinks: Array<{ id: string; status: string; recipientEmail: string | null }> } }>(
      'ListLinks',
      apiKey,
    );
    expect(listed.trackingLinks.map((l) => [l.recipientEmail, l.status])).toEqual([
      [null, 'ACTIVE'],
      ['goods-in@example.com', 'ACTIVE'],
    ]);
    values.set('token', link.url.split('/').pop());
    type Page = { trackingPage: { __typename: string; reference?: string; reason?: string } };
    expect((await run<Page>('Page', null)).trackingPage).toMatchObject({ __typename: 'TrackingPage', reference: 'CN-1001' });
    values.set('linkId', link.id);
    const { revokeTrackingLink } = await run<{ revokeTrackingLink: { id: string; status: string; revokedAt: string | null } }>('RevokeLink', apiKey);
    expect(revokeTrackingLink).toMatchObject({ id: link.id, status: 'REVOKED', revokedAt: expect.any(String) });
    expect((await run<Page>('Page', null)).trackingPage).toMatchObject({ __typename: 'TrackingUnavailable', reason: 'NOT_AVAILABLE' });

    // 4. A proof of delivery as the example sends it (with real images), then read back.
    type Proofs = { consignment: { stops: Array<{ id: string; type: string; proofOfDelivery: Record<string, unknown> | null }> } };
    const before = (await run<Proofs>('StopProofs', apiKey)).consignment.stops;
    expect(before.map((s) => s.proofOfDelivery)).toEqual([null, null]);
    const sent = JSON.parse(examples().json.find((text) => text.includes('"receiverName"'))!) as Record<string, unknown>;
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]).toString('base64');
    const delivery = before.find((s) => s.type === 'DELIVERY')!;
    const upload = await fetch(`${app.url}/api/stops/${delivery.id}/proof-of-delivery`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ ...sent, signature: { content: png }, photos: [{ content: jpeg, filename: 'door.jpg' }] }),
    });
    expect(upload.status).toBe(201);
    const after = (await run<Proofs>('StopProofs', apiKey)).consignment.stops.find((s) => s.id === delivery.id)!;
    expect(after.proofOfDelivery).toMatchObject({
      receiverName: sent.receiverName,
      deliveredAt: new Date(sent.deliveredAt as string).toISOString(),
      latitude: sent.latitude,
      positionSource: 'GIVEN',
      revision: 1,
      signature: { contentType: 'image/png' },
      photos: [{ contentType: 'image/jpeg' }],
    });

    // The pagination example answers as described.
    type List = { consignments: { totalCount: number; pageInfo: Record<string, unknown> } };
    const inTransit = (await run<List>('ConsignmentsInTransit', apiKey)).consignments;
    expect(inTransit.totalCount).toBe(0);
    expect(inTransit.pageInfo).toEqual({ hasNextPage: false, endCursor: null, hasPreviousPage: false, startCursor: null });
    type Drivers = { driversConnection: { edges: Array<{ node: { id: string } }> } };
    expect((await run<Drivers>('Drivers', apiKey)).driversConnection.edges.map((e) => e.node.id)).toEqual([createDriver.driver.id]);
  });

  it('leaves out of the run only what would reach outside the test', () => {
    // AddEndpoint would queue deliveries to a host the test does not run.
    const notRun = [...byName.keys()].filter((name) => !ran.has(name));
    expect(notRun).toEqual(['AddEndpoint']);
  });
});
