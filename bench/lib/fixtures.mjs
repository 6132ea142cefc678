/**
 * Data made through the real staff API, the way a tenant's TMS and driver apps would: a tenant
 * with the tracking integration on, orders of realistic consignments (5 stops, 20 cargo lines),
 * pallet scans, a driver and their recent positions.
 */
import { randomBytes } from 'node:crypto';
import { PLATFORM_ADMIN } from './api.mjs';

const uid = () => randomBytes(4).toString('hex');

const PLACES = [
  { type: 'PICKUP', name: 'Rotterdam Maasvlakte terminal', address: 'Europaweg 875, 3199 LD Rotterdam', latitude: 51.953, longitude: 4.044, timezone: 'Europe/Amsterdam' },
  { type: 'PICKUP', name: 'Venlo cross-dock', address: 'Celsiusweg 20, 5928 PR Venlo', latitude: 51.397, longitude: 6.139, timezone: 'Europe/Amsterdam' },
  { type: 'DELIVERY', name: 'Cologne DC', address: 'Industriestraße 12, 50735 Köln', latitude: 50.976, longitude: 6.965, timezone: 'Europe/Berlin' },
  { type: 'DELIVERY', name: 'Nuremberg warehouse', address: 'Hafenstraße 5, 90451 Nürnberg', latitude: 49.409, longitude: 11.035, timezone: 'Europe/Berlin' },
  { type: 'DELIVERY', name: 'Munich goods-in', address: 'Lerchenauer Str. 90, 80809 München', latitude: 48.182, longitude: 11.556, timezone: 'Europe/Berlin' },
];
const PACKAGING = ['PALLET', 'BOX', 'CRATE', 'DRUM', 'BULK', 'OTHER'];
const EVENTS = ['LOADED', 'SCANNED_AT_HUB', 'UNLOADED', 'DAMAGED'];
const HOUR = 3_600_000;

/** One consignment of the realistic shape: 5 stops, 20 cargo lines, all references filled in. */
export function realisticConsignment(status = 'IN_TRANSIT') {
  const start = Date.now() - 2 * HOUR;
  return {
    reference: `CN-${uid()}`,
    status,
    customerReference: `PO-${uid()}`,
    containerNumber: 'MSKU1234565',
    transportService: 'Groupage, tail-lift',
    extraFields: [{ key: 'Seal', value: `S-${uid()}` }],
    stops: PLACES.map((p, i) => ({
      ...p,
      reference: `${p.type === 'PICKUP' ? 'PU' : 'DL'}-${i + 1}-${uid()}`,
      plannedArrival: new Date(start + i * 3 * HOUR).toISOString(),
      plannedWindowEnd: new Date(start + i * 3 * HOUR + HOUR).toISOString(),
      contactName: `Dock ${i + 1}`,
      contactEmail: `dock${i + 1}@example.com`,
    })),
    cargo: Array.from({ length: 20 }, (_, i) => ({
      description: `Line ${i + 1}: ceramic tiles, 60x60, grey`,
      quantity: 1 + (i % 7),
      packagingType: PACKAGING[i % PACKAGING.length],
      weightKg: 120.5 + i * 10,
    })),
  };
}

/** A tenant with the integration on; returns its id and a super admin's session token. */
export async function createTrackingTenant(api, platformToken, label) {
  const email = `admin-${label}-${uid()}@bench.local`;
  const { createTenant } = await api.ok(
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
    { input: { name: `Bench ${label} Logistics`, country: 'NL', adminEmail: email, adminPassword: 'bench-admin-pass-1' } },
    platformToken,
  );
  await api.ok(`mutation($id: ID!) { setTrackingIntegration(tenantId: $id, enabled: true) { id } }`, { id: createTenant.id }, platformToken);
  return { id: createTenant.id, token: await api.login(email, 'bench-admin-pass-1') };
}

export const platformLogin = (api) => api.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);

/** `count` realistic consignments in orders of up to 25; returns [{ id, reference, stopIds }]. */
export async function createConsignments(api, token, count, status = 'IN_TRANSIT') {
  const out = [];
  for (let done = 0; done < count; done += 25) {
    const n = Math.min(25, count - done);
    const { createOrder } = await api.ok(
      `mutation($input: CreateOrderInput!) { createOrder(input: $input) { consignments { id reference stops { id } } } }`,
      {
        input: {
          reference: `ORD-${uid()}`,
          customerName: 'Acme Tiles BV',
          customerEmail: 'orders@acme.example',
          consignments: Array.from({ length: n }, () => realisticConsignment(status)),
        },
      },
      token,
    );
    out.push(...createOrder.consignments.map((c) => ({ id: c.id, reference: c.reference, stopIds: c.stops.map((s) => s.id) })));
  }
  return out;
}

/** `perConsignment` pallet scans on each consignment, spread over its stops. */
export async function addPalletScans(api, token, consignments, perConsignment) {
  const scans = consignments.flatMap((c) =>
    Array.from({ length: perConsignment }, (_, i) => ({
      clientId: `scan-${c.id}-${i}`,
      consignmentId: c.id,
      stopId: c.stopIds[i % c.stopIds.length],
      palletBarcode: `PAL-${String(i).padStart(6, '0')}`,
      event: EVENTS[i % EVENTS.length],
      scannedAt: new Date(Date.now() - (perConsignment - i) * 60_000).toISOString(),
    })),
  );
  for (let i = 0; i < scans.length; i += 1000) {
    await api.ok(`mutation($s: [PalletScanInput!]!) { recordPalletScans(scans: $s) { accepted } }`, { s: scans.slice(i, i + 1000) }, token);
  }
}

export async function createDriver(api, token, name = 'Bench Driver') {
  const { createDriver: creds } = await api.ok(
    `mutation($input: CreateDriverInput!) { createDriver(input: $input) { token driver { id } } }`,
    { input: { name, vehiclePlate: 'BN-01-CH' } },
    token,
  );
  return { id: creds.driver.id, token: creds.token };
}

export async function assignDriver(api, token, consignmentIds, driverId) {
  for (const id of consignmentIds) {
    await api.ok(`mutation($c: ID!, $d: ID!) { assignDriver(consignmentId: $c, driverId: $d) { id } }`, { c: id, d: driverId }, token);
  }
}

/** `count` positions along the A3 towards Cologne, one a minute, the newest a minute ago. */
export function track(count, prefix = uid(), endAt = Date.now() - 60_000) {
  return Array.from({ length: count }, (_, i) => ({
    clientId: `${prefix}-${i}`,
    latitude: 51.2 + i * 0.001,
    longitude: 6.5 + i * 0.001,
    heading: 135,
    speedKmh: 82,
    accuracyM: 8,
    recordedAt: new Date(endAt - (count - 1 - i) * 60_000).toISOString(),
  }));
}

/** The token of each consignment's default tracking link (the last segment of its URL). */
export async function linkTokens(api, token, consignmentIds) {
  const tokens = [];
  for (const id of consignmentIds) {
    const { consignment } = await api.ok(`query($id: ID!) { consignment(id: $id) { trackingLinks { url } } }`, { id }, token);
    const url = consignment.trackingLinks[0]?.url;
    if (!url) throw new Error(`consignment ${id} has no tracking link`);
    tokens.push(url.slice(url.lastIndexOf('/') + 1));
  }
  return tokens;
}
