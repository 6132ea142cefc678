/** What the live scenarios (D, E, F) share: a consignment on the road, and its position updates. */
import { TRACKING_UPDATES_SUBSCRIPTION } from './api.mjs';
import { addPalletScans, assignDriver, createConsignments, createDriver, createTrackingTenant, linkTokens, platformLogin, track } from './fixtures.mjs';

/**
 * One realistic consignment in transit with a driver (and `scans` pallet scans); its link
 * token, its reference, the bus ids and the tenant's session.
 */
export async function seedLiveConsignment(app, label, { scans = 0 } = {}) {
  const platform = await platformLogin(app.api);
  const tenant = await createTrackingTenant(app.api, platform, label);
  const [consignment] = await createConsignments(app.api, tenant.token, 1);
  if (scans) await addPalletScans(app.api, tenant.token, [consignment], scans);
  const driver = await createDriver(app.api, tenant.token);
  await assignDriver(app.api, tenant.token, [consignment.id], driver.id);
  await app.api.ok(`mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }`, { p: track(5) }, driver.token);
  await app.call('idle');
  const [token] = await linkTokens(app.api, tenant.token, [consignment.id]);
  return { tenantId: tenant.id, driverId: driver.id, token, reference: consignment.reference, consignmentId: consignment.id, tenantToken: tenant.token };
}

export const SUBSCRIPTION = TRACKING_UPDATES_SUBSCRIPTION;

/**
 * Position updates, each newer than the last (the page follows the greatest recordedAt):
 * the event the product's bus carries, the frame every subscriber must receive (graphql-ws's
 * `next` message, byte for byte), and a marker unique to this update to find it by.
 */
export function positionUpdates(live) {
  const start = Date.now();
  let k = 0;
  return () => {
    k++;
    const recordedAt = new Date(start + k * 1000).toISOString();
    const position = { latitude: 50.9 + k * 1e-4, longitude: 6.9 + k * 1e-4, heading: 140, recordedAt };
    const event = { tenantId: live.tenantId, driverId: live.driverId, ...position, speedKmh: 80 };
    const payload = { data: { trackingUpdates: { kind: 'POSITION', driverPosition: position } } };
    return { event, frame: JSON.stringify({ id: '1', type: 'next', payload }), marker: `"recordedAt":"${recordedAt}"` };
  };
}
