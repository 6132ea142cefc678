import type { TestApp } from './harness';
import { PLATFORM_ADMIN } from './harness';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TenantFixture {
  id: string;
  adminToken: string;
  adminEmail: string;
  dispatcherToken: string;
}

/** A tenant with a super admin and a dispatcher, made through the API. */
export async function createTenant(app: TestApp, name = `Tenant ${unique()}`): Promise<TenantFixture> {
  const platform = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
  const adminEmail = `admin-${unique()}@test.local`;
  const { createTenant: tenant } = await app.ok(
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
    { input: { name, country: 'NL', adminEmail, adminPassword: 'admin-pass-1' } },
    platform,
  );
  const adminToken = await app.login(adminEmail, 'admin-pass-1');
  const dispatcherEmail = `dispatch-${unique()}@test.local`;
  await app.ok(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email: dispatcherEmail, password: 'dispatch-pass-1', role: 'DISPATCHER' } },
    adminToken,
  );
  const dispatcherToken = await app.login(dispatcherEmail, 'dispatch-pass-1');
  return { id: tenant.id, adminToken, adminEmail, dispatcherToken };
}

export function stop(type: 'PICKUP' | 'DELIVERY', overrides: Record<string, unknown> = {}) {
  return type === 'PICKUP'
    ? { type, name: 'Rotterdam terminal', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam', ...overrides }
    : { type, name: 'Munich warehouse', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin', contactEmail: 'goods-in@example.com', ...overrides };
}

export function consignmentInput(overrides: Record<string, unknown> = {}) {
  return {
    reference: `CN-${unique()}`,
    stops: [stop('PICKUP'), stop('DELIVERY')],
    cargo: [{ description: 'Pallets of tiles', quantity: 4, packagingType: 'PALLET', weightKg: 1200 }],
    ...overrides,
  };
}

export const CREATE_ORDER = `mutation($input: CreateOrderInput!) {
  createOrder(input: $input) { id reference consignments { id reference status updatedAt stops { id type name } } }
}`;

/** One order with `count` consignments; returns the consignments. */
export async function createConsignments(app: TestApp, token: string, count = 1, overrides: Record<string, unknown> = {}) {
  const { createOrder } = await app.ok(
    CREATE_ORDER,
    {
      input: {
        reference: `ORD-${unique()}`,
        customerName: 'Acme Foods',
        customerEmail: 'orders@acme.example',
        consignments: Array.from({ length: count }, () => consignmentInput(overrides)),
      },
    },
    token,
  );
  return createOrder.consignments as Array<{ id: string; reference: string; status: string; updatedAt: string; stops: Array<{ id: string; type: string }> }>;
}

export async function createDriver(app: TestApp, token: string, name = 'Test Driver') {
  const { createDriver: creds } = await app.ok(
    `mutation($input: CreateDriverInput!) { createDriver(input: $input) { token driver { id name } } }`,
    { input: { name, vehiclePlate: 'TL-01-AB' } },
    token,
  );
  return { id: creds.driver.id as string, token: creds.token as string };
}

export async function setIntegration(app: TestApp, tenantId: string, enabled: boolean): Promise<void> {
  const platform = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
  await app.ok(`mutation { setTrackingIntegration(tenantId: "${tenantId}", enabled: ${enabled}) { id } }`, {}, platform);
}

export async function setBilling(app: TestApp, tenantId: string, status: 'ACTIVE' | 'LOCKED'): Promise<void> {
  const platform = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
  await app.ok(`mutation { setTenantBillingStatus(tenantId: "${tenantId}", status: ${status}) { id } }`, {}, platform);
}

/** A tenant with the tracking integration on (links are made at consignment creation). */
export async function createTrackingTenant(app: TestApp): Promise<TenantFixture> {
  const tenant = await createTenant(app);
  await setIntegration(app, tenant.id, true);
  return tenant;
}

export const LINK_FIELDS = 'id url status recipientEmail createdAt expiresAt revokedAt viewCount lastViewedAt';

export async function linksOf(app: TestApp, token: string, consignmentId: string) {
  const { consignment } = await app.ok(`{ consignment(id: "${consignmentId}") { trackingLinks { ${LINK_FIELDS} } } }`, {}, token);
  return consignment.trackingLinks as Array<{ id: string; url: string; status: string; recipientEmail: string | null; expiresAt: string; viewCount: number; lastViewedAt: string | null; revokedAt: string | null }>;
}

export const tokenOf = (url: string) => url.slice(url.lastIndexOf('/t/') + 3);

export const PAGE_QUERY = `query($token: String!) {
  trackingPage(token: $token) {
    __typename
    ... on TrackingUnavailable { reason message }
    ... on TrackingPage {
      organization { name logoUrl locale brandColor timezone }
      reference status progress
      stops { type name address latitude longitude timezone reference plannedArrival plannedWindowEnd estimatedArrival actualArrival actualDeparture }
      cargo { description quantity packagingType weightKg }
      palletScans { palletBarcode event scannedAt stopName }
      customerReference containerNumber transportService
      customFields { label value } extraFields { label value } notes photos { label value }
      showMap driverPosition { latitude longitude heading recordedAt }
      lastUpdatedAt expiresAt
    }
  }
}`;

/** POSTs to the public endpoint, as the tracking page does. */
export async function publicGql(app: TestApp, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, body };
}

export async function trackingPage(app: TestApp, token: string) {
  const res = await publicGql(app, PAGE_QUERY, { token });
  if (res.body.errors) throw new Error(`public errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.trackingPage;
}

/** A graphql-ws client on the public endpoint, collecting every update of one subscription. */
export function subscribeUpdates(app: TestApp, token: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createClient } = require('graphql-ws') as typeof import('graphql-ws');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WebSocket = require('ws');
  const client = createClient({ url: app.url.replace(/^http/, 'ws') + '/public/graphql', webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const updates: any[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const dispose = client.subscribe(
    {
      query: `subscription($token: String!) { trackingUpdates(token: $token) {
        kind driverPosition { latitude longitude heading recordedAt }
        page { __typename ... on TrackingUnavailable { reason message } ... on TrackingPage { status cargo { quantity } driverPosition { latitude } stops { estimatedArrival } } }
      } }`,
      variables: { token },
    },
    {
      next: (value) => {
        updates.push((value.data as any)?.trackingUpdates ?? value);
        wake();
      },
      error: (error) => {
        errors.push(error);
        completed = true;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    updates,
    errors,
    get completed() {
      return completed;
    },
    /** Resolves when `check` holds, or fails after `ms`. */
    async until(check: () => boolean, ms = 1000, what = 'condition'): Promise<void> {
      const deadline = Date.now() + ms;
      while (!check()) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out after ${ms} ms waiting for ${what}; updates: ${JSON.stringify(updates)} errors: ${JSON.stringify(errors)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, Math.min(left, 50));
        });
      }
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Waits until the server holds `n` open live streams (the subscription is registered). */
export async function untilStreams(app: TestApp, n: number, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (app.server.services.live.streamCount < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} live streams, have ${app.server.services.live.streamCount}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
