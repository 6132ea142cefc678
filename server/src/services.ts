import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { ConsignmentEvents } from './modules/consignments/consignment.events';
import { ConsignmentService } from './modules/consignments/consignment.service';
import { DriverService } from './modules/drivers/driver.service';
import { OrderService } from './modules/orders/order.service';
import { PalletScanService } from './modules/pallet-scans/pallet-scan.service';
import { TenantService } from './modules/tenants/tenant.service';
import { AuthService } from './modules/users/auth.service';

/** One instance of each service per process, wired here and nowhere else. */
export function createServices(ds: DataSource, config: Config) {
  const auth = new AuthService(ds, config.sessionTtlHours);
  const tenants = new TenantService(ds, auth);
  const events = new ConsignmentEvents();
  const consignments = new ConsignmentService(ds, events);
  const orders = new OrderService(ds, consignments);
  const drivers = new DriverService(ds);
  const palletScans = new PalletScanService(ds, consignments);
  return { auth, tenants, consignments, orders, drivers, palletScans };
}

export type Services = ReturnType<typeof createServices>;
