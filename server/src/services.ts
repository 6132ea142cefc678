import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { ConsignmentEvents } from './modules/consignments/consignment.events';
import { ConsignmentService } from './modules/consignments/consignment.service';
import { DriverService } from './modules/drivers/driver.service';
import { OrderService } from './modules/orders/order.service';
import { PalletScanService } from './modules/pallet-scans/pallet-scan.service';
import { TenantService } from './modules/tenants/tenant.service';
import { AuthService } from './modules/users/auth.service';
import { PublicTrackingService } from './modules/public-tracking/public-tracking.service';
import { TemplateService } from './modules/templates/template.service';
import { TrackingLinkService } from './modules/tracking-links/tracking-link.service';
import type { TenantScope } from './graphql/auth';
import { TokenVault } from './secrets';

/** One instance of each service per process, wired here and nowhere else. */
export function createServices(ds: DataSource, config: Config, appSecret: string) {
  const auth = new AuthService(ds, config.sessionTtlHours);
  const tenants = new TenantService(ds, auth);
  const events = new ConsignmentEvents();
  const consignments = new ConsignmentService(ds, events);
  const orders = new OrderService(ds, consignments);
  const drivers = new DriverService(ds);
  const palletScans = new PalletScanService(ds, consignments);
  const vault = new TokenVault(appSecret);
  const templates = new TemplateService(ds);
  const trackingLinks = new TrackingLinkService(ds, vault, config.publicBaseUrl, consignments);
  const publicTracking = new PublicTrackingService(ds, vault);
  /** Staff select orders made before the integration was on: missing links, then the tasks that apply. */
  const recalculate = (scope: TenantScope, orderIds: string[]) => trackingLinks.recalculate(scope, orderIds);
  return { auth, tenants, consignments, orders, drivers, palletScans, templates, trackingLinks, publicTracking, recalculate };
}

export type Services = ReturnType<typeof createServices>;
