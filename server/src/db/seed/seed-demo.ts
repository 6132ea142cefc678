import { ConsignmentStatus, distanceKm, NoteScope, PalletScanEvent, Role, StopType } from '@tracklink/shared';
import type { Services } from '../../services';
import { DEMO_CONSIGNMENTS, PLACES } from './demo-data';
import { systemScope, type TenantScope } from '../../core/scope';

export const DEMO_LOGINS = {
  superAdmin: { email: 'super@demo.tracklink.local', password: 'demo-super-2026' },
  dispatcher: { email: 'dispatch@demo.tracklink.local', password: 'demo-dispatch-2026' },
} as const;

/** A public URL of a demo consignment on the road, for the start banner. */
export async function demoTrackingUrl(services: Services): Promise<string | null> {
  const tenant = (await services.tenants.list()).find((t) => t.name === DEMO_TENANT_NAME);
  if (!tenant) return null;
  const scope = systemScope(tenant.id);
  const { edges } = await services.consignments.list(scope, { first: 1, filter: { status: ConsignmentStatus.IN_TRANSIT } });
  if (!edges.length) return null;
  const links = await services.trackingLinks.linksOf([edges[0].node.id]);
  const active = links.find((l) => !l.revokedAt && l.recipientEmail === null);
  return active ? services.trackingLinks.urlOf(active) : null;
}

const DEMO_TENANT_NAME = 'Northwind Haulage';

export interface DemoSeed {
  tenantId: string;
  /** Driver app tokens of the drivers on the road, by consignment id. */
  driverTokens: Map<string, string>;
}

const HOUR = 3_600_000;

function along(from: { latitude: number; longitude: number }, to: { latitude: number; longitude: number }, f: number) {
  return { latitude: from.latitude + (to.latitude - from.latitude) * f, longitude: from.longitude + (to.longitude - from.longitude) * f };
}

/**
 * A demo tenant with a super admin, a dispatcher, drivers and a dozen consignments across
 * Europe in every status, made through the same services the API uses.
 */
export async function seedDemo(services: Services): Promise<DemoSeed> {
  const tenant = await services.tenants.create({
    name: DEMO_TENANT_NAME,
    country: 'NL',
    adminEmail: DEMO_LOGINS.superAdmin.email,
    adminPassword: DEMO_LOGINS.superAdmin.password,
    defaultLanguage: 'en',
    timezone: 'Europe/Amsterdam',
  });
  await services.tenants.setTrackingIntegration(tenant.id, true);
  const scope = systemScope(tenant.id, 'demo seed');
  await services.tenants.updateSettings(scope, {
    brandColor: '#0b5cad',
    logoUrl: null,
  });
  await services.auth.createTenantUser(scope, { ...DEMO_LOGINS.dispatcher, role: Role.DISPATCHER, name: 'Dana Dispatcher' });
  await services.customFields.define(scope, 'temperature', 'Temperature range');
  await services.customFields.define(scope, 'incoterm', 'Incoterm');

  const driverTokens = new Map<string, string>();
  const now = Date.now();
  let driverNo = 0;
  for (const demo of DEMO_CONSIGNMENTS) {
    const [fromKey, toKey] = demo.route;
    const from = PLACES[fromKey];
    const to = PLACES[toKey];
    const hours = Math.max(2, distanceKm(from, to) / 70);
    const departed = demo.progress !== undefined ? now - demo.progress * hours * HOUR : now + 24 * HOUR;
    const startedAt = [ConsignmentStatus.DELIVERED, ConsignmentStatus.CANCELLED].includes(demo.status) ? now - 3 * 24 * HOUR : departed;
    const order = await services.orders.create(scope, {
      reference: demo.order,
      customerName: demo.customer,
      customerEmail: demo.customerEmail,
      consignments: [
        {
          reference: demo.reference,
          status: demo.status === ConsignmentStatus.CANCELLED ? ConsignmentStatus.DRAFT : demo.status,
          customerReference: `PO-${demo.reference.slice(3)}`,
          containerNumber: demo.containerNumber ?? null,
          transportService: demo.transportService,
          stops: [
            { type: StopType.PICKUP, ...from, reference: `PU-${demo.reference.slice(3)}`, plannedArrival: new Date(startedAt - HOUR), plannedWindowEnd: new Date(startedAt), contactName: 'Gate office', contactEmail: `gate@${fromKey}.example`, contactPhone: '+31 10 000 0000' },
            { type: StopType.DELIVERY, ...to, reference: `DL-${demo.reference.slice(3)}`, plannedArrival: new Date(startedAt + hours * HOUR), plannedWindowEnd: new Date(startedAt + (hours + 2) * HOUR), estimatedArrival: new Date(startedAt + hours * HOUR), contactName: 'Goods in', contactEmail: demo.customerEmail },
          ],
          cargo: demo.cargo,
          extraFields: [{ key: 'Dock', value: String(3 + (driverNo % 7)) }],
          customFields: [{ key: 'incoterm', value: 'DAP' }],
          price: 1450,
          cost: 1100,
          internalNotes: 'Margin agreed with account manager.',
        },
      ],
    });
    const [consignment] = await services.consignments.byOrderIds([order.id]);
    await services.notes.add(scope, consignment.id, { scope: NoteScope.CUSTOMER, text: 'Please report to the gate office on arrival.' });
    await services.notes.add(scope, consignment.id, { scope: NoteScope.INTERNAL, text: 'Customer prefers morning deliveries.' });
    if (demo.status === ConsignmentStatus.CANCELLED) {
      await services.consignments.setStatus(scope, consignment.id, ConsignmentStatus.CANCELLED);
      continue;
    }
    const [pickup, delivery] = await services.stops.of([consignment.id]);
    if (demo.status === ConsignmentStatus.IN_TRANSIT || demo.status === ConsignmentStatus.DELIVERED) {
      driverNo++;
      const { driver, token } = await services.drivers.create(scope, { name: `Driver ${driverNo}`, vehiclePlate: `NW-${100 + driverNo}-TL` });
      await services.consignments.assignDriver(scope, consignment.id, driver.id);
      driverTokens.set(consignment.id, token);
      const driverScope: TenantScope = { tenantId: tenant.id, principal: { kind: 'driver', driverId: driver.id, tenantId: tenant.id, label: driver.name } };
      await services.stops.update(scope, pickup.id, { actualArrival: new Date(startedAt - HOUR / 2), actualDeparture: new Date(startedAt) });
      await services.palletScans.record(
        driverScope,
        demo.cargo.flatMap((line, l) =>
          Array.from({ length: Math.min(line.quantity, 4) }, (_, k) => ({
            clientId: `seed-${demo.reference}-${l}-${k}`,
            consignmentId: consignment.id,
            stopId: pickup.id,
            palletBarcode: `(00)0871234${demo.reference.slice(3)}${l}${k}`,
            event: PalletScanEvent.LOADED,
            scannedAt: new Date(startedAt - HOUR / 4),
          })),
        ),
      );
      if (demo.status === ConsignmentStatus.IN_TRANSIT) {
        const progress = demo.progress ?? 0.5;
        const steps = 6;
        await services.drivers.reportPositions(
          driverScope,
          Array.from({ length: steps }, (_, i) => {
            const f = (progress * (i + 1)) / steps;
            return {
              clientId: `seed-${demo.reference}-${i}`,
              ...along(from, to, f),
              recordedAt: new Date(startedAt + f * hours * HOUR),
              speedKmh: 72,
              heading: null,
            };
          }),
        );
      } else {
        const arrived = startedAt + hours * HOUR;
        await services.stops.update(scope, delivery.id, { actualArrival: new Date(arrived), actualDeparture: new Date(arrived + HOUR) });
      }
    }
  }
  return { tenantId: tenant.id, driverTokens };
}
