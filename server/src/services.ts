import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { systemClock, type Clock } from './core/clock';
import { DomainEvents, UnitOfWork } from './core/events';
import type { TenantScope } from './core/scope';
import type { EventBus } from './bus/event-bus';
import type { LimitStore } from './limits/limiter';
import type { DomainEvent } from './events/domain-events';
import type { Logger } from './logger';
import { ConsignmentService } from './modules/consignments/consignment.service';
import { CustomFieldService } from './modules/consignments/custom-field.service';
import { NoteService } from './modules/consignments/note.service';
import { PhotoService } from './modules/consignments/photo.service';
import { StopService } from './modules/consignments/stop.service';
import { VisitStatusService } from './modules/consignments/visit-status.service';
import { DriverService } from './modules/drivers/driver.service';
import { DEVICE_APP_PATH } from './modules/drivers/device-app.formats';
import { EtaService } from './modules/drivers/eta.service';
import { GeofenceService } from './modules/drivers/geofence.service';
import { OrderService } from './modules/orders/order.service';
import { OutboxService } from './modules/outbox/outbox.service';
import { createOutboxWorker } from './modules/outbox/outbox.worker';
import { FeedbackService } from './modules/feedback/feedback.service';
import { PalletScanService } from './modules/pallet-scans/pallet-scan.service';
import { LiveTracking } from './modules/public-tracking/live-tracking';
import { PodImageUrls } from './modules/proof-of-delivery/signed-urls';
import { PostgresBlobStore } from './modules/proof-of-delivery/blob-store';
import { S3BlobStore } from './modules/proof-of-delivery/s3-blob-store';
import { ProofOfDeliveryService } from './modules/proof-of-delivery/proof-of-delivery.service';
import { PublicTrackingService } from './modules/public-tracking/public-tracking.service';
import { ContactTaskService } from './modules/tasks/contact-task.service';
import { TemplateService } from './modules/templates/template.service';
import { TenantService } from './modules/tenants/tenant.service';
import { TrackingLinkService } from './modules/tracking-links/tracking-link.service';
import { OrderLinkService } from './modules/tracking-links/order-link.service';
import { AuthService } from './modules/users/auth.service';
import { LoginThrottle } from './modules/users/login-throttle';
import { WebhookService } from './modules/webhooks/webhook.service';
import { WebhookWorker } from './modules/webhooks/webhook.worker';
import { PositionRetentionService, type RetentionRun } from './modules/drivers/position-retention.service';
import { TokenVault } from './secrets';

/**
 * One instance of each service per process, wired here and nowhere else. Services only call
 * each other; what reacts to a change is a listener of its event (listeners.ts), registered
 * once all services exist, so the order below changes no behaviour.
 */
/** What the services tell about their work, for metrics. */
export interface ServiceHooks {
  observeFanout?: (seconds: number) => void;
  onOutboxAttempt?: (result: 'sent' | 'retried' | 'failed') => void;
  onWebhookAttempt?: (result: 'delivered' | 'retried' | 'failed') => void;
  onPositionRetentionRun?: (run: RetentionRun) => void;
}

export function createServices(
  ds: DataSource,
  config: Config,
  appSecret: string,
  bus: EventBus,
  limits: LimitStore,
  log: Logger,
  hooks: ServiceHooks = {},
  clock: Clock = systemClock,
) {
  const events = new DomainEvents<DomainEvent>((listener, error) => log.error(`listener ${listener} failed:`, error));
  const uow = new UnitOfWork(ds, events);
  const vault = new TokenVault(appSecret);
  const drivers = new DriverService(ds, events, clock, `${config.publicBaseUrl.replace(/\/+$/, '')}${DEVICE_APP_PATH}`);
  const loginThrottle = new LoginThrottle(limits, { lockAfter: config.loginLockAfter, lockMinutes: config.loginLockMinutes });
  const auth = new AuthService(ds, config.sessionTtlHours, clock, drivers, events, loginThrottle, log.error);
  const tenants = new TenantService(ds, uow, auth);
  const positionRetention = new PositionRetentionService(ds, tenants, clock, config.positionRetentionDays, config.positionRetentionIntervalMs, log, {
    onRun: (run) => hooks.onPositionRetentionRun?.(run),
  });
  const customFields = new CustomFieldService(ds);
  const consignments = new ConsignmentService(ds, uow, drivers, customFields);
  const stops = new StopService(ds, uow, consignments, tenants);
  const visitStatus = new VisitStatusService(consignments, stops, tenants, log);
  const notes = new NoteService(ds, uow, consignments);
  const photos = new PhotoService(ds, uow, consignments);
  const orders = new OrderService(ds, uow, consignments);
  const palletScans = new PalletScanService(ds, uow, consignments, stops, clock);
  const templates = new TemplateService(ds, uow, orders, customFields);
  const trackingLinks = new TrackingLinkService(ds, uow, vault, config.publicBaseUrl, consignments, photos, tenants, orders);
  const podImageUrls = new PodImageUrls(appSecret, config.podUrlTtlSeconds, clock, config.publicBaseUrl);
  const podPostgres = new PostgresBlobStore(ds.manager);
  const podStore = config.s3Url ? new S3BlobStore(config.s3Url, config.s3Region) : podPostgres;
  const proofs = new ProofOfDeliveryService(
    ds,
    uow,
    consignments,
    stops,
    drivers,
    podStore,
    podPostgres,
    { maxImageBytes: config.podMaxImageBytes, maxPhotos: config.podMaxPhotos },
    clock,
    log.error,
  );
  const orderLinks = new OrderLinkService(ds, uow, vault, config.publicBaseUrl, consignments, tenants, orders);
  const publicTracking = new PublicTrackingService(ds, vault, trackingLinks, podImageUrls, orderLinks);
  const feedback = new FeedbackService(ds, uow, trackingLinks, consignments);
  const live = new LiveTracking(publicTracking, bus, log, hooks.observeFanout);
  const eta = new EtaService(ds, stops, config.routingUrl, log);
  const geofence = new GeofenceService(ds, stops, log);
  const outbox = new OutboxService(ds, config.smtpUrl !== undefined);
  const tasks = new ContactTaskService(ds, consignments, stops, trackingLinks, outbox, tenants, orders);
  /** Sends the outbox; the server starts it after boot and stops it on shutdown. */
  const outboxWorker = createOutboxWorker(ds, config, log, (linkId) => trackingLinks.currentUrlFor(linkId), uow, hooks.onOutboxAttempt);
  /** Sends webhook deliveries; the server starts it after boot and stops it on shutdown. */
  const webhookWorker = new WebhookWorker(
    ds,
    vault,
    {
      pollMs: config.webhookPollMs,
      timeoutMs: config.webhookTimeoutMs,
      backoffMs: config.webhookBackoffMs,
      concurrency: config.webhookConcurrency,
      disableAfterFailures: config.webhookDisableAfterFailures,
      blockPrivateAddresses: config.nodeEnv === 'production',
      onAttempt: hooks.onWebhookAttempt,
    },
    log,
  );
  const webhooks = new WebhookService(
    ds,
    uow,
    vault,
    {
      production: config.nodeEnv === 'production',
      retryWindowMs: config.webhookRetryWindowMs,
      etaThresholdMs: config.webhookEtaThresholdMinutes * 60_000,
      secretGraceMs: config.webhookSecretGraceHours * 3_600_000,
    },
    () => webhookWorker.wake(),
  );
  /** Staff select orders made before the integration was on: missing links, then the tasks that apply. */
  const recalculate = (scope: TenantScope, orderIds: string[]) =>
    trackingLinks.recalculate(scope, orderIds, (tx, found) => tasks.runForCurrentStatus(tx, found));
  return {
    events,
    uow,
    auth,
    tenants,
    drivers,
    customFields,
    consignments,
    stops,
    visitStatus,
    notes,
    photos,
    orders,
    palletScans,
    templates,
    trackingLinks,
    orderLinks,
    publicTracking,
    feedback,
    proofs,
    podImageUrls,
    live,
    eta,
    geofence,
    outbox,
    tasks,
    outboxWorker,
    webhooks,
    webhookWorker,
    positionRetention,
    recalculate,
    bus,
  };
}

export type Services = ReturnType<typeof createServices>;
