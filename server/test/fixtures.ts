import {
  ASSIGN_DRIVER,
  CREATE_DRIVER,
  CREATE_ORDER,
  CREATE_TENANT,
  CREATE_USER,
  DEFINE_CUSTOM_FIELD,
  LINKS_OF,
  REPORT_POSITIONS,
  SET_BILLING_STATUS,
  SET_TRACKING_INTEGRATION,
  type BillingStatus,
  type ConsignmentInput,
  type CreatedConsignment,
  type PositionInput,
  type StopInput,
  type Timestamp,
  type TrackingLink,
} from './documents';
import type { TestApp } from './harness';
import { PLATFORM_ADMIN } from './harness';

// What tests start from, made through the API as a user would, each named after what it gives.

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TenantFixture {
  id: string;
  adminToken: string;
  adminEmail: string;
  dispatcherToken: string;
}

export interface DriverFixture {
  id: string;
  token: string;
}

export const platformToken = (app: TestApp) => app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);

/**
 * A tenant with a super admin and a dispatcher. With `tracking`, the tracking integration is on,
 * so every consignment gets its default link when it is created.
 */
export async function givenTenant(app: TestApp, options: { tracking?: boolean; name?: string } = {}): Promise<TenantFixture> {
  const platform = await platformToken(app);
  const adminEmail = `admin-${unique()}@test.local`;
  const { createTenant: tenant } = await app.ok(
    CREATE_TENANT,
    { input: { name: options.name ?? `Tenant ${unique()}`, country: 'NL', adminEmail, adminPassword: 'admin-pass-1' } },
    platform,
  );
  const adminToken = await app.login(adminEmail, 'admin-pass-1');
  const dispatcherEmail = `dispatch-${unique()}@test.local`;
  await app.ok(CREATE_USER, { input: { email: dispatcherEmail, password: 'dispatch-pass-1', role: 'DISPATCHER' } }, adminToken);
  const dispatcherToken = await app.login(dispatcherEmail, 'dispatch-pass-1');
  if (options.tracking) await setIntegration(app, tenant.id, true);
  return { id: tenant.id, adminToken, adminEmail, dispatcherToken };
}

export function stop(type: 'PICKUP' | 'DELIVERY', overrides: Partial<StopInput> = {}): StopInput {
  return type === 'PICKUP'
    ? { type, name: 'Rotterdam terminal', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam', ...overrides }
    : { type, name: 'Munich warehouse', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin', contactEmail: 'goods-in@example.com', ...overrides };
}

export function consignmentInput(overrides: Partial<ConsignmentInput> = {}): ConsignmentInput {
  return {
    reference: `CN-${unique()}`,
    stops: [stop('PICKUP'), stop('DELIVERY')],
    cargo: [{ description: 'Pallets of tiles', quantity: 4, packagingType: 'PALLET', weightKg: 1200 }],
    ...overrides,
  };
}

/** One order of Acme Foods with `count` consignments; returns the consignments. */
export async function givenConsignments(app: TestApp, token: string, count = 1, overrides: Partial<ConsignmentInput> = {}): Promise<CreatedConsignment[]> {
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
  return createOrder.consignments;
}

/** One consignment in an order of its own. */
export async function givenConsignment(app: TestApp, token: string, overrides: Partial<ConsignmentInput> = {}): Promise<CreatedConsignment> {
  const [consignment] = await givenConsignments(app, token, 1, overrides);
  return consignment;
}

/**
 * A consignment IN_TRANSIT with a value for every optional section of the page: customer
 * reference, container number, transport service, an extra field and the tenant's custom
 * field "Temperature" (defined here).
 */
export async function givenConsignmentWithEveryField(
  app: TestApp,
  tenant: TenantFixture,
  temperature: string,
  overrides: Partial<ConsignmentInput> = {},
): Promise<CreatedConsignment> {
  await app.ok(DEFINE_CUSTOM_FIELD, { key: 'temperature', label: 'Temperature' }, tenant.adminToken);
  return givenConsignment(app, tenant.adminToken, {
    status: 'IN_TRANSIT',
    customerReference: 'PO-4711',
    containerNumber: 'MSKU1234565',
    transportService: 'FTL Express',
    extraFields: [{ key: 'Dock', value: '7' }],
    customFields: [{ key: 'temperature', value: temperature }],
    ...overrides,
  });
}

/** A driver of the tenant, with the token the driver app signs in with. */
export async function givenDriver(app: TestApp, token: string, name = 'Test Driver'): Promise<DriverFixture> {
  const { createDriver } = await app.ok(CREATE_DRIVER, { input: { name, vehiclePlate: 'TL-01-AB' } }, token);
  return { id: createDriver.driver.id, token: createDriver.token };
}

/** A consignment (DRAFT unless told) with a driver assigned to it. */
export async function givenConsignmentWithDriver(
  app: TestApp,
  tenant: TenantFixture,
  overrides: Partial<ConsignmentInput> = {},
  driverName?: string,
): Promise<{ consignment: CreatedConsignment; driver: DriverFixture }> {
  const consignment = await givenConsignment(app, tenant.adminToken, overrides);
  const driver = await givenDriver(app, tenant.adminToken, driverName);
  await app.ok(ASSIGN_DRIVER, { consignmentId: consignment.id, driverId: driver.id }, tenant.adminToken);
  return { consignment, driver };
}

/** A position as a driver app reports it; recorded now unless told. */
export const position = (clientId: string, latitude: number, longitude: number, more: Partial<PositionInput> = {}): PositionInput => ({
  clientId,
  latitude,
  longitude,
  recordedAt: new Date().toISOString(),
  ...more,
});

/** A driver assigned to the consignment, who has reported one position. */
export async function givenDriverWithPosition(
  app: TestApp,
  tenant: TenantFixture,
  consignmentId: string,
  reported: PositionInput,
  driverName?: string,
): Promise<DriverFixture> {
  const driver = await givenDriver(app, tenant.adminToken, driverName);
  await app.ok(ASSIGN_DRIVER, { consignmentId, driverId: driver.id }, tenant.adminToken);
  await app.ok(REPORT_POSITIONS, { positions: [reported] }, driver.token);
  return driver;
}

export interface ActiveLinkFixture {
  consignment: CreatedConsignment;
  link: TrackingLink;
  /** The token of the link's URL, as the public page reads it. */
  token: string;
}

/** The default link of a consignment, which the tenant's tracking integration made. */
export async function activeLinkOf(app: TestApp, tenant: TenantFixture, consignment: CreatedConsignment): Promise<ActiveLinkFixture> {
  const [link] = await linksOf(app, tenant.adminToken, consignment.id);
  if (!link || link.status !== 'ACTIVE') throw new Error(`consignment ${consignment.reference} has no active link (is the tracking integration on?)`);
  return { consignment, link, token: tokenOf(link.url) };
}

/** A new consignment of a tracking tenant, and its default link. */
export async function givenActiveLink(app: TestApp, tenant: TenantFixture, overrides: Partial<ConsignmentInput> = {}): Promise<ActiveLinkFixture> {
  return activeLinkOf(app, tenant, await givenConsignment(app, tenant.adminToken, overrides));
}

/** A consignment IN_TRANSIT with its driver assigned, and its default link (the tenant tracks). */
export async function givenConsignmentInTransit(
  app: TestApp,
  tenant: TenantFixture,
  overrides: Partial<ConsignmentInput> = {},
): Promise<ActiveLinkFixture & { driver: DriverFixture }> {
  const { consignment, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'IN_TRANSIT', ...overrides });
  return { ...(await activeLinkOf(app, tenant, consignment)), driver };
}

export async function setIntegration(app: TestApp, tenantId: string, enabled: boolean): Promise<void> {
  await app.ok(SET_TRACKING_INTEGRATION, { tenantId, enabled }, await platformToken(app));
}

export async function setBilling(app: TestApp, tenantId: string, status: BillingStatus): Promise<void> {
  await app.ok(SET_BILLING_STATUS, { tenantId, status }, await platformToken(app));
}

/** The consignment's links, oldest first. */
export async function linksOf(app: TestApp, token: string, consignmentId: string): Promise<TrackingLink[]> {
  const { consignment } = await app.ok(LINKS_OF, { id: consignmentId }, token);
  if (!consignment) throw new Error(`consignment ${consignmentId} is not visible`);
  return consignment.trackingLinks;
}

export const tokenOf = (url: string) => url.slice(url.lastIndexOf('/t/') + 3);

/** A time `minutes` ago (ahead, when negative). */
export const minutesAgo = (minutes: number): Timestamp => new Date(Date.now() - minutes * 60_000).toISOString();
