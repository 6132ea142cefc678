import { CREATE_TRACKING_LINK, SET_CONSIGNMENT_STATUS, UPDATE_TEMPLATE } from '../../../test/documents';
import { givenActiveLink, givenTenant, tokenOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql, shownPage } from '../../../test/public-api';
import { PAGE_TYPENAME, REVOKE_TRACKING_LINK } from '../../../test/documents';
import { doc } from '../../../test/typed-document';

// The recipient's word back (issue 20): through the public API, with every limit it has.

let app: TestApp;
let tenant: TenantFixture;
let addressCounter = 0;
/** Each test speaks from an address of its own (nginx's X-Forwarded-For; loopback is trusted here). */
const freshAddress = () => `198.51.100.${++addressCounter}`;

beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: 'loopback', PUBLIC_MISS_LIMIT: '5' });
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TEMPLATE, { input: { showFeedback: true } }, tenant.adminToken);
});
afterAll(() => app.close());

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { feedback?: Record<string, unknown>; errors?: Array<{ message: string; extensions: { code: string; field?: string } }> };
}

async function send(body: unknown, from: string, contentType = 'application/json'): Promise<Answer> {
  const res = await fetch(`${app.url}/public/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Forwarded-For': from },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.headers.get('cache-control')).toBe('no-store');
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: JSON.parse(text) };
}

const FEEDBACK = doc<
  { consignment: { recipientFeedback: Array<{ linkId: string; recipientEmail: string | null; instructions: string | null; rating: number | null; comment: string | null; submissions: number }> } | null },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { recipientFeedback { linkId recipientEmail instructions rating comment submissions } } }');

const LOW_RATED = doc<{ consignments: { totalCount: number; edges: Array<{ node: { id: string } }> } }, { maxRating: number }>(
  'query($maxRating: Int!) { consignments(first: 100, filter: { maxRating: $maxRating }) { totalCount edges { node { id } } } }',
);

/** The feedback the page shows, as key → text (null: the section is hidden). */
async function pageFeedback(token: string): Promise<Record<string, string> | null> {
  const fields = (await shownPage(app, token)).feedback;
  return fields && Object.fromEntries(fields.map((f) => [f.label, f.value]));
}

async function delivered(consignmentId: string): Promise<void> {
  for (const status of ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'] as const) {
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId, status }, tenant.dispatcherToken);
  }
}

describe('delivery instructions before delivery', () => {
  it('are taken, shown back on the page and to staff with the recipient, and can be edited', async () => {
    const { consignment } = await givenActiveLink(app, tenant);
    const { createTrackingLink: link } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: consignment.id, input: { recipientEmail: 'goods-in@consignee.example' } }, tenant.adminToken);
    const token = tokenOf(link.url);
    expect(await pageFeedback(token)).toEqual({ stage: 'INSTRUCTIONS', submissionsLeft: '5' });

    const from = freshAddress();
    const first = await send({ token, instructions: '  Gate 3, ring the bell  ' }, from);
    expect(first).toMatchObject({ status: 200, body: { feedback: { stage: 'INSTRUCTIONS', instructions: 'Gate 3, ring the bell', submissionsLeft: 4 } } });
    const edited = await send({ token, instructions: 'Gate 4 after 14:00' }, from);
    expect(edited.body.feedback).toMatchObject({ instructions: 'Gate 4 after 14:00', submissionsLeft: 3 });
    expect(await pageFeedback(token)).toEqual({ stage: 'INSTRUCTIONS', instructions: 'Gate 4 after 14:00', submissionsLeft: '3' });

    const { consignment: seen } = await app.ok(FEEDBACK, { id: consignment.id }, tenant.dispatcherToken);
    expect(seen!.recipientFeedback).toEqual([
      { linkId: link.id, recipientEmail: 'goods-in@consignee.example', instructions: 'Gate 4 after 14:00', rating: null, comment: null, submissions: 2 },
    ]);
    // Another tenant sees nothing of it.
    const other = await givenTenant(app, { tracking: true });
    expect((await app.ok(FEEDBACK, { id: consignment.id }, other.adminToken)).consignment).toBeNull();
  });

  it('keeps markup as the text it is', async () => {
    const { token, consignment } = await givenActiveLink(app, tenant);
    const text = '<script>alert("x")</script> & <b>bold</b>';
    expect((await send({ token, instructions: text }, freshAddress())).status).toBe(200);
    const { consignment: seen } = await app.ok(FEEDBACK, { id: consignment.id }, tenant.adminToken);
    expect(seen!.recipientFeedback[0].instructions).toBe(text);
  });

  it('refuses a rating before delivery, and bad text, each by name and with nothing stored', async () => {
    const { token, consignment } = await givenActiveLink(app, tenant);
    const from = freshAddress();
    const refused = async (body: Record<string, unknown>, field: string, message: RegExp) => {
      const answer = await send({ token, ...body }, from);
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(answer.body.errors![0].message).toMatch(message);
    };
    await refused({ rating: 5 }, 'rating', /once the consignment is delivered/);
    await refused({ instructions: 'x'.repeat(501) }, 'instructions', /at most 500 characters/);
    await refused({ instructions: '   ' }, 'instructions', /must not be empty/);
    await refused({}, 'instructions', /is required/);
    await refused({ instructions: 42 }, 'instructions', /must be text/);
    await refused({ instructions: 'ring\u0007 the bell' }, 'instructions', /control characters/);
    await refused({ instructions: 'cheap watches at https://spam.example' }, 'instructions', /links/);
    await refused({ instructions: 'ok', admin: true }, 'admin', /not a field/);
    const { consignment: seen } = await app.ok(FEEDBACK, { id: consignment.id }, tenant.adminToken);
    expect(seen!.recipientFeedback).toEqual([]);
  });

  it('refuses a megabyte, another content type, and a body that is not an object', async () => {
    const { token } = await givenActiveLink(app, tenant);
    const from = freshAddress();
    const huge = await send({ token, instructions: 'x'.repeat(1_000_000) }, from);
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const form = await send(`token=${token}&instructions=hi`, from, 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect((await send('[1,2]', from)).body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await send('{"token": ', from)).status).toBe(400);
  });
});

describe('limits', () => {
  it('takes five messages per link, edits included, even sent at once', async () => {
    const { token } = await givenActiveLink(app, tenant);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => send({ token, instructions: `note ${i}` }, freshAddress())));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.map((a) => a.status)).toEqual([409, 409, 409]);
    expect(refused[0].body.errors![0].message).toMatch(/taken its 5 messages/);
    expect((await pageFeedback(token))!.submissionsLeft).toBe('0');
  });

  it('takes 20 messages per address and hour, then 429 with Retry-After', async () => {
    const from = freshAddress();
    const links = await Promise.all(Array.from({ length: 5 }, () => givenActiveLink(app, tenant)));
    for (let i = 0; i < 20; i++) {
      expect((await send({ token: links[i % 5].token, instructions: `message ${i}` }, from)).status).toBe(200);
    }
    const over = await send({ token: links[0].token, instructions: 'one more' }, from);
    expect(over.status).toBe(429);
    expect(over.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    const counted = (await app.server.metrics.rateLimited.get()).values.find((v) => v.labels.kind === 'public_feedback');
    expect(counted?.value).toBe(1);
    // Another address is not affected.
    const fresh = await givenActiveLink(app, tenant);
    expect((await send({ token: fresh.token, instructions: 'hello' }, freshAddress())).status).toBe(200);
  });

  it('answers an unknown or revoked token as not available, counted as a miss of the address', async () => {
    const from = freshAddress();
    const { token, link } = await givenActiveLink(app, tenant);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    for (const t of [token, 'A'.repeat(43), 'B'.repeat(43), 'not a token', 'C'.repeat(43)]) {
      const answer = await send({ token: t, instructions: 'hi' }, from);
      expect(answer.status).toBe(404);
      expect(answer.body.errors![0]).toMatchObject({ message: 'This tracking link is not available', extensions: { code: 'NOT_FOUND' } });
    }
    // Five misses (PUBLIC_MISS_LIMIT here): the address is refused before any look-up, here and on the page API.
    const fresh = await givenActiveLink(app, tenant);
    expect((await send({ token: fresh.token, instructions: 'hi' }, from)).status).toBe(429);
    expect((await publicGql(app, PAGE_TYPENAME, { token: fresh.token }, { 'X-Forwarded-For': from })).status).toBe(429);
    expect((await send({ instructions: 'hi' }, freshAddress())).body.errors![0].extensions.field).toBe('token');
  });

  it('takes nothing where the template hides the section', async () => {
    const off = await givenTenant(app, { tracking: true });
    const { token } = await givenActiveLink(app, off);
    expect(await pageFeedback(token)).toBeNull();
    const answer = await send({ token, instructions: 'hi' }, freshAddress());
    expect(answer.status).toBe(403);
    expect(answer.body.errors![0].message).toMatch(/does not take messages/);
  });
});

describe('a rating after delivery', () => {
  it('is taken with a comment; instructions are not; staff filter by low ratings', async () => {
    const good = await givenActiveLink(app, tenant);
    const poor = await givenActiveLink(app, tenant);
    const none = await givenActiveLink(app, tenant);
    for (const c of [good, poor, none]) await delivered(c.consignment.id);
    const from = freshAddress();
    expect(await pageFeedback(good.token)).toEqual({ stage: 'RATING', submissionsLeft: '5' });

    const late = await send({ token: good.token, instructions: 'gate 3' }, from);
    expect(late.body.errors![0]).toMatchObject({ message: 'instructions: are taken only before delivery', extensions: { field: 'instructions' } });
    for (const rating of [0, 6, 2.5, '4', null]) {
      const bad = await send({ token: good.token, rating }, from);
      expect(bad.status).toBe(400);
      expect(bad.body.errors![0].extensions.field).toBe('rating');
    }
    expect((await send({ token: good.token, rating: 5, comment: 'Friendly driver' }, from)).body.feedback).toMatchObject({ stage: 'RATING', rating: 5, comment: 'Friendly driver' });
    expect((await send({ token: poor.token, rating: 1, comment: 'Pallet damaged' }, from)).status).toBe(200);
    expect(await pageFeedback(poor.token)).toEqual({ stage: 'RATING', rating: '1', comment: 'Pallet damaged', submissionsLeft: '4' });

    const low = await app.ok(LOW_RATED, { maxRating: 2 }, tenant.dispatcherToken);
    expect(low.consignments.edges.map((e) => e.node.id)).toEqual([poor.consignment.id]);
    expect(low.consignments.totalCount).toBe(1);
    expect((await app.ok(LOW_RATED, { maxRating: 5 }, tenant.dispatcherToken)).consignments.totalCount).toBe(2);
    const bad = await app.gql(LOW_RATED, { maxRating: 9 }, tenant.dispatcherToken);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.maxRating' } });
    // Another tenant's list has none of ours.
    const other = await givenTenant(app, { tracking: true });
    expect((await app.ok(LOW_RATED, { maxRating: 5 }, other.adminToken)).consignments.totalCount).toBe(0);
  });

  it('is closed once the consignment is cancelled', async () => {
    const { token, consignment } = await givenActiveLink(app, tenant);
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: consignment.id, status: 'CANCELLED' }, tenant.dispatcherToken);
    expect(await pageFeedback(token)).toMatchObject({ stage: 'CLOSED' });
    expect((await send({ token, instructions: 'hi' }, freshAddress())).status).toBe(403);
  });
});
