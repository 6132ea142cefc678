import fs from 'node:fs';
import path from 'node:path';
import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { CREATE_API_KEY, DRIVERS, LOGOUT, ME, REPORT_POSITIONS } from './documents';
import { eventually } from './eventually';
import { givenActiveLink, givenDriver, givenTenant, position, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { noteSecrets } from './secret-audit';
import { doc, type DataOf, type GqlError, type TypedDocument } from './typed-document';

// The admin console's session in cookies (issue "Safe to run in production", item 4): an
// httpOnly, SameSite=Strict token cookie (Secure over TLS) that counts only with its CSRF token
// sent back, over HTTP and WebSocket; bearer tokens unchanged; helmet's headers everywhere.

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

const COOKIE_LOGIN = doc<{ login: { token: string; user: { email: string } } }, { email: string; password: string }>(
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password, cookie: true) { token user { email } } }',
);
const POSITION_CHANGED = doc<{ driverPositionChanged: { latitude: number } }>('subscription { driverPositionChanged { latitude } }');
const TYPENAME = doc<{ __typename: string }>('{ __typename }');

/** A staff request with headers of its own (cookies, a CSRF token), answered with the response itself. */
async function post<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: NoInfer<TVariables>,
  headers: Record<string, string> = {},
  target: TestApp = app,
) {
  noteSecrets(variables);
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.text, variables }),
  });
  const body = (await res.json()) as { data?: TData | null; errors?: GqlError[] };
  noteSecrets(body.data);
  return { res, body };
}

/** The cookies of a Set-Cookie list, by name, with their attributes. */
function cookiesOf(res: Response): Record<string, { value: string; attributes: string[] }> {
  return Object.fromEntries(
    res.headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(';').map((p) => p.trim());
      const [name, value] = pair.split('=');
      return [name, { value, attributes: attributes.map((a) => a.toLowerCase()) }];
    }),
  );
}

async function cookieLogin(headers: Record<string, string> = {}) {
  const { res, body } = await post(COOKIE_LOGIN, { email: tenant.adminEmail, password: 'admin-pass-1' }, headers);
  const cookies = cookiesOf(res);
  // The session's token came in a cookie: the log audit is told of it as of a token in an answer.
  noteSecrets({ token: cookies.tl_session.value });
  return { body, cookies, cookieHeader: `tl_session=${cookies.tl_session.value}; tl_csrf=${cookies.tl_csrf.value}`, csrf: cookies.tl_csrf.value };
}

describe('a cookie session', () => {
  it('is set httpOnly and SameSite=Strict, with no token in the answer and a readable CSRF cookie', async () => {
    const { body, cookies } = await cookieLogin();
    expect(body.data?.login).toEqual({ token: '', user: { email: tenant.adminEmail } });
    expect(cookies.tl_session.value).toMatch(/^tls_/);
    expect(cookies.tl_session.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/graphql', expect.stringMatching(/^max-age=4319\d|^max-age=43200$/)]));
    expect(cookies.tl_session.attributes).not.toContain('secure'); // plain HTTP here
    expect(cookies.tl_csrf.attributes).toEqual(expect.arrayContaining(['samesite=strict', 'path=/']));
    expect(cookies.tl_csrf.attributes).not.toContain('httponly');
  });

  it('is Secure when the request came over TLS through a trusted proxy', async () => {
    const { cookies } = await cookieLogin({ 'x-forwarded-proto': 'https' });
    expect(cookies.tl_session.attributes).toContain('secure');
    expect(cookies.tl_csrf.attributes).toContain('secure');
  });

  it('counts only with its CSRF token: without it, or with another, the request is signed out', async () => {
    const { cookieHeader, csrf } = await cookieLogin();
    expect((await post(ME, {}, { cookie: cookieHeader, 'x-csrf-token': csrf })).body.data?.me.email).toBe(tenant.adminEmail);
    expect((await post(ME, {}, { cookie: cookieHeader })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const other = await cookieLogin();
    expect((await post(ME, {}, { cookie: cookieHeader, 'x-csrf-token': other.csrf })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A form post from another site (a simple request) is refused by Apollo's CSRF check first.
    const form = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: cookieHeader }, body: JSON.stringify({ query: ME.text }) });
    expect(form.status).toBe(400);
  });

  it('signs a WebSocket in with the CSRF token in connection_init, and not without it', async () => {
    const { cookieHeader, csrf } = await cookieLogin();
    const driver = await givenDriver(app, tenant.adminToken);
    const open = (params: Record<string, unknown>) => {
      const events: Array<FormattedExecutionResult<DataOf<typeof POSITION_CHANGED>, unknown> | { error: unknown }> = [];
      const closed: number[] = [];
      const client = createClient({
        url: app.url.replace(/^http/, 'ws') + '/graphql',
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers: { cookie: cookieHeader } });
          }
        },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        connectionParams: params,
        on: { closed: (e) => closed.push((e as { code: number }).code) },
      });
      client.subscribe<DataOf<typeof POSITION_CHANGED>>(
        { query: POSITION_CHANGED.text },
        { next: (v) => events.push(v), error: (e) => events.push({ error: e }), complete: () => undefined },
      );
      return { events, closed, dispose: () => client.dispose() };
    };
    const withCsrf = open({ csrfToken: csrf });
    const without = open({});
    try {
      await until(() => app.server.staffSockets.signedInCount >= 1 && without.events.length > 0);
      expect(JSON.stringify(without.events[0])).toMatch(/UNAUTHENTICATED/);
      await app.ok(REPORT_POSITIONS, { positions: [position('w1', 50, 5)] }, driver.token);
      await until(() => withCsrf.events.length > 0);
      expect(withCsrf.events[0]).toMatchObject({ data: { driverPositionChanged: { latitude: 50 } } });
      // Signing out with the cookie takes both cookies back and closes the socket.
      const { res, body } = await post(LOGOUT, {}, { cookie: cookieHeader, 'x-csrf-token': csrf });
      expect(body.data?.logout).toBe(true);
      const cleared = cookiesOf(res);
      expect([cleared.tl_session.value, cleared.tl_csrf.value]).toEqual(['', '']);
      expect(cleared.tl_session.attributes).toContain('max-age=0');
      await until(() => withCsrf.closed.length > 0);
      expect(withCsrf.closed).toEqual([4401]);
    } finally {
      await Promise.all([withCsrf.dispose(), without.dispose()]);
    }
  });

  it('is taken back when its session has ended elsewhere', async () => {
    const { cookieHeader, csrf, cookies } = await cookieLogin();
    await app.sql("DELETE FROM sessions WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')", [cookies.tl_session.value]);
    const { res, body } = await post(ME, {}, { cookie: cookieHeader, 'x-csrf-token': csrf });
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(cookiesOf(res).tl_session.value).toBe('');
  });

  it('leaves bearer tokens as they were: sessions, API keys and driver tokens need no CSRF token', async () => {
    const me = await post(ME, {}, { authorization: `Bearer ${tenant.adminToken}` });
    expect([me.body.errors, me.body.data?.me.email]).toEqual([undefined, tenant.adminEmail]);
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'erp' }, tenant.adminToken);
    expect(Array.isArray((await post(DRIVERS, {}, { authorization: `Bearer ${createApiKey.key}` })).body.data?.drivers)).toBe(true);
  });
});

const until = (check: () => boolean, timeoutMs = 2000) => eventually(check, { timeoutMs });

describe('security headers', () => {
  const webBuilt = fs.existsSync(path.join(__dirname, '..', '..', 'web', 'dist', 'index.html'));

  const hello = JSON.stringify({ query: TYPENAME.text });

  it('are on every answer: nosniff, a CSP that frames nothing, no HSTS over plain HTTP', async () => {
    const requests: Array<[string, RequestInit]> = [
      ['/healthz', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: hello }],
      ['/public/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: hello }],
      ['/no-such-path', {}],
    ];
    for (const [url, init] of requests) {
      const res = await fetch(`${app.url}${url}`, init);
      expect([url, res.headers.get('x-content-type-options')]).toEqual([url, 'nosniff']);
      expect([url, res.headers.get('content-security-policy')]).toEqual([url, expect.stringContaining("frame-ancestors 'none'")]);
      expect([url, res.headers.get('strict-transport-security')]).toEqual([url, null]);
    }
  });

  it('add HSTS only when a trusted proxy says the request came over TLS', async () => {
    const tls = { 'x-forwarded-proto': 'https' };
    expect((await fetch(`${app.url}/healthz`, { headers: tls })).headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const pub = await fetch(`${app.url}/public/graphql`, { method: 'POST', headers: { ...tls, 'content-type': 'application/json' }, body: hello });
    expect(pub.headers.get('strict-transport-security')).toMatch(/max-age=/);
    // A server that trusts no proxy here ignores the header.
    const untrusting = await startTestApp({ TRUST_PROXY: '10.9.8.7' }, app);
    try {
      expect((await fetch(`${untrusting.url}/healthz`, { headers: tls })).headers.get('strict-transport-security')).toBeNull();
      const { res } = await post(COOKIE_LOGIN, { email: tenant.adminEmail, password: 'admin-pass-1' }, tls, untrusting);
      const cookies = cookiesOf(res);
      noteSecrets({ token: cookies.tl_session.value });
      expect(cookies.tl_session.attributes).not.toContain('secure');
    } finally {
      await untrusting.close();
    }
  });

  (webBuilt ? it : it.skip)('give /admin a strict CSP without inline scripts, and leave /t/ its own, which the preview may frame', async () => {
    const admin = await fetch(`${app.url}/admin/consignments`);
    const csp = admin.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const html = await admin.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script for the CSP to refuse
    const { token } = await givenActiveLink(app, tenant);
    const page = await fetch(`${app.url}/t/${token}`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
