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
import { EtaWindow1765320000000 } from './1765320000000-eta-window';
import { VisitStatus1765320100000 } from './1765320100000-visit-status';
import { ConnectionIndexes1765350000000 } from './1765350000000-connection-indexes';
import { LowRating1765351000000 } from './1765351000000-low-rating';
import { PositionPartitions1765330000000 } from './1765330000000-position-partitions';
import { ProofOfDelivery1765300000000 } from './1765300000000-proof-of-delivery';
import { OrderLinks1765310000000 } from './1765310000000-order-links';
import { PageVersions1765410000000 } from './1765410000000-page-versions';
import { NewestPosition1765420000000 } from './1765420000000-newest-position';
import { DriverPositionVersion1765430000000 } from './1765430000000-driver-position-version';
import { DriverLatestRecordedAt1765440000000 } from './1765440000000-driver-latest-recorded-at';
import { DeliveredTracks1765450000000 } from './1765450000000-delivered-tracks';

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
  EtaWindow1765320000000,
  VisitStatus1765320100000,
  ConnectionIndexes1765350000000,
  LowRating1765351000000,
  PositionPartitions1765330000000,
  ProofOfDelivery1765300000000,
  OrderLinks1765310000000,
  PageVersions1765410000000,
  NewestPosition1765420000000,
  DriverPositionVersion1765430000000,
  DriverLatestRecordedAt1765440000000,
  DeliveredTracks1765450000000,
];
