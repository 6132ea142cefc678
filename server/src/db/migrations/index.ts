import { Initial1763780000000 } from './1763780000000-initial';
import { TrackingLinks1763790000000 } from './1763790000000-tracking-links';
import { ContactTasks1763800000000 } from './1763800000000-contact-tasks';
import { Security1763815000000 } from './1763815000000-security';
import { Webhooks1764650000000 } from './1764650000000-webhooks';
import { WebhookQueue1764700000000 } from './1764700000000-webhook-queue';
import { LargeTenants1765000000000 } from './1765000000000-large-tenants';
import { Geofence1765100000000 } from './1765100000000-geofence';
import { DriverDeviceKeys1765100100000 } from './1765100100000-driver-device-keys';
import { RunningLate1765100200000 } from './1765100200000-running-late';
import { RecipientFeedback1765200000000 } from './1765200000000-recipient-feedback';
import { OrderLinks1765310000000 } from './1765310000000-order-links';

/** Every migration, oldest first. */
export const migrations = [
  Initial1763780000000,
  TrackingLinks1763790000000,
  ContactTasks1763800000000,
  Security1763815000000,
  Webhooks1764650000000,
  WebhookQueue1764700000000,
  LargeTenants1765000000000,
  Geofence1765100000000,
  DriverDeviceKeys1765100100000,
  RunningLate1765100200000,
  RecipientFeedback1765200000000,
  OrderLinks1765310000000,
];
