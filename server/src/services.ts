import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { ConsignmentEvents } from './modules/consignments/consignment.events';
import { ConsignmentService } from './modules/consignments/consignment.service';
import { DriverService } from './modules/drivers/driver.service';
import { EtaService } from './modules/drivers/eta.service';
import { OrderService } from './modules/orders/order.service';
import { PalletScanService } from './modules/pallet-scans/pallet-scan.service';
import { TenantService } from './modules/tenants/tenant.service';
import { AuthService } from './modules/users/auth.service';
import { PublicTrackingService } from './modules/public-tracking/public-tracking.service';
import { TemplateService } from './modules/templates/template.service';
import { TrackingLinkService } from './modules/tracking-links/tracking-link.service';
import { ContactTaskService } from './modules/tasks/contact-task.service';
import { OutboxService } from './modules/outbox/outbox.service';
import { createOutboxWorker } from './modules/outbox/outbox.worker';
import type { TenantScope } from './graphql/auth';
import { Topic, type EventBus, type TopicPayloads } from './graphql/pubsub';
import type { Logger } from './logger';
import { LiveTracking } from './modules/public-tracking/live-tracking';
import { TokenVault } from './secrets';

/** One instance of each service per process, wired here and nowhere else. */
export function createServices(ds: DataSource, config: Config, appSecret: string, bus: EventBus, log: Logger) {
  const auth = new AuthService(ds, config.sessionTtlHours);
  const tenants = new TenantService(ds, auth);
  const events = new ConsignmentEvents();
  const consignments = new ConsignmentService(ds, events);
  const orders = new OrderService(ds, consignments);
  const drivers = new DriverService(ds);
  const palletScans = new PalletScanService(ds, consignments);
  const vault = new TokenVault(appSecret);
  const templates = new TemplateService(ds);
  const trackingLinks = new TrackingLinkService(ds, vault, config.publicBaseUrl, consignments, tenants, orders);
  const publicTracking = new PublicTrackingService(ds, vault);
  const live = new LiveTracking(publicTracking, bus, log);
  const eta = new EtaService(ds, consignments, config.routingUrl, log);
  drivers.onPosition((p) => eta.onPosition(p));
  publishLiveEvents(bus, log, { consignments, trackingLinks, tenants, drivers, templates });
  const outbox = new OutboxService(ds, config.smtpUrl !== undefined);
  // Registered after the tracking links' listener: a new consignment has its default link first.
  const tasks = new ContactTaskService(ds, consignments, trackingLinks, outbox, tenants, orders);
  /** Sends the outbox; the server starts it after boot and stops it on shutdown. */
  const outboxWorker = createOutboxWorker(ds, config, log, (linkId) => trackingLinks.currentUrlFor(linkId));
  /** Staff select orders made before the integration was on: missing links, then the tasks that apply. */
  const recalculate = (scope: TenantScope, orderIds: string[]) =>
    trackingLinks.recalculate(scope, orderIds, (em, found) => tasks.runForCurrentStatus(em, scope, found));
  return { auth, tenants, consignments, orders, drivers, palletScans, templates, trackingLinks, publicTracking, live, eta, recalculate, bus, tasks, outbox, outboxWorker };
}

/** Changes made through any service reach the event bus once committed. */
function publishLiveEvents(
  bus: EventBus,
  log: Logger,
  s: {
    consignments: ConsignmentService;
    trackingLinks: TrackingLinkService;
    tenants: TenantService;
    drivers: DriverService;
    templates: TemplateService;
  },
): void {
  const publish = <T extends Topic>(topic: T, payload: TopicPayloads[T]) =>
    bus.publish(topic, payload).catch((error) => log.error(`publishing ${topic} failed:`, error));
  s.consignments.events.onAfterCommit((event) =>
    publish(Topic.CONSIGNMENT_CHANGED, {
      tenantId: event.consignment.tenantId,
      consignmentId: event.consignment.id,
      ...(event.type === 'deleted' ? { deleted: true } : {}),
    }),
  );
  s.trackingLinks.onInvalidated((link) => publish(Topic.LINK_INVALIDATED, link));
  s.tenants.onChanged((tenant) => publish(Topic.TENANT_CHANGED, { tenantId: tenant.id }));
  // A template decides what every open page of the tenant shows.
  s.templates.onChanged((tenantId) => publish(Topic.TENANT_CHANGED, { tenantId }));
  s.drivers.onPosition((p) =>
    publish(Topic.DRIVER_POSITION, {
      tenantId: p.tenantId,
      driverId: p.driverId,
      latitude: p.latitude,
      longitude: p.longitude,
      heading: p.heading,
      speedKmh: p.speedKmh,
      recordedAt: p.recordedAt.toISOString(),
    }),
  );
}

export type Services = ReturnType<typeof createServices>;
