/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a tenant's account is in good standing. Only platform admins set it. */
export type BillingStatus =
  /** In good standing: everything works. */
  | 'ACTIVE'
  /** Locked: tracking pages show "not available" and emails with a link are not sent. */
  | 'LOCKED';

/** One line of cargo to store with a consignment. */
export type CargoLineInput = {
  /** What the goods are, free text (required, not empty). */
  description: string;
  /** How the goods are packed. */
  packagingType: PackagingType;
  /** Number of packages, a whole number from 1 to 1,000,000. */
  quantity: number;
  /** Gross weight of the whole line in kilograms (0 or more); null: not known. */
  weightKg?: number | null | undefined;
};

/** Narrows the consignments list; absent fields do not filter. */
export type ConsignmentFilter = {
  /** Only consignments a recipient rated this low or lower (1–5); 2 finds the poor ratings. */
  maxRating?: number | null | undefined;
  /** Only consignments of this order. */
  orderId?: string | number | null | undefined;
  /** Matches references, container number and customer name. */
  search?: string | null | undefined;
  /** Only consignments with this status. */
  status?: ConsignmentStatus | null | undefined;
};

/** A consignment to create inside createOrder. */
export type ConsignmentInput = {
  /** Cargo lines; default none. */
  cargo?: Array<CargoLineInput> | null | undefined;
  /** ISO 6346 container number, if any. */
  containerNumber?: string | null | undefined;
  /** Internal only. */
  cost?: number | null | undefined;
  /** Values of the tenant's custom fields, by key. */
  customFields?: Array<KeyValueInput> | null | undefined;
  /** The customer's own reference for this shipment. */
  customerReference?: string | null | undefined;
  /** Free key/value pairs shown (when the template allows) on the public page, in this order; keys unique. */
  extraFields?: Array<KeyValueInput> | null | undefined;
  /** Internal only. */
  internalNotes?: string | null | undefined;
  /** Internal only. */
  price?: number | null | undefined;
  /** The tenant's reference for the consignment (required, not empty). */
  reference: string;
  /** Initial status; default DRAFT. */
  status?: ConsignmentStatus | null | undefined;
  /** At least one PICKUP and one DELIVERY, in route order. */
  stops: Array<StopInput>;
  /** The service booked, free text. */
  transportService?: string | null | undefined;
  /** Licence plate of the vehicle, free text. */
  vehiclePlate?: string | null | undefined;
};

/** Where a consignment is in its flow: DRAFT → TO_PLAN → PLANNED → IN_TRANSIT → DELIVERED, or CANCELLED from any status before DELIVERED. */
export type ConsignmentStatus =
  /** Cancelled before delivery. Final. */
  | 'CANCELLED'
  /** Delivered at the last stop. Final. */
  | 'DELIVERED'
  /** Being entered; not yet handed to planning. The public page shows no progress. */
  | 'DRAFT'
  /** On its way: the assigned driver's positions show on the page (when the template allows) and move the next stop's ETA. */
  | 'IN_TRANSIT'
  /** Planned for transport. */
  | 'PLANNED'
  /** Ready for planning. */
  | 'TO_PLAN';

/** The settings of an automatic email (create or replace). */
export type ContactTaskInput = {
  /** Plain text with {{variables}} such as {{consignment.reference}} and {{consignment.trackingLink}}. */
  body: string;
  /** Default true on create; null leaves it as it is on update. */
  enabled?: boolean | null | undefined;
  /** Required with FIXED_ADDRESS. */
  fixedEmail?: string | null | undefined;
  /** CONSIGNMENT: once per consignment; STOP: once per stop. */
  level: TaskLevel;
  /** A name for staff (required). */
  name: string;
  /** STOP_CONTACT is for stop-level tasks. */
  recipient: TaskRecipient;
  /** One line with {{variables}} (required). */
  subject: string;
  /** STOP_ARRIVED, STOP_DEPARTED and ETA_LATE (the stop started running late; once per lateness episode) are for stop-level tasks. */
  trigger: TaskTrigger;
  /** Required with STATUS_REACHED: TO_PLAN, PLANNED, IN_TRANSIT or DELIVERED. */
  triggerStatus?: ConsignmentStatus | null | undefined;
};

/** A driver to create. */
export type CreateDriverInput = {
  /** The driver's name (required). */
  name: string;
  /** A phone number, free text. */
  phone?: string | null | undefined;
  /** The licence plate of the driver's usual vehicle. */
  vehiclePlate?: string | null | undefined;
};

/** An order to create with all its consignments, in one transaction: nothing is stored unless all of it is valid. */
export type CreateOrderInput = {
  /** At least one consignment, each with its stops. */
  consignments: Array<ConsignmentInput>;
  /** The customer's contact address. */
  customerEmail?: string | null | undefined;
  /** The customer the order is for: matched case-insensitively to an existing customer of the tenant, or created. Required with customerEmail. */
  customerName?: string | null | undefined;
  /** The tenant's order reference (required, not empty). */
  reference: string;
};

/** A new tenant and its first super admin. */
export type CreateTenantInput = {
  /** Email address of the first super admin; they sign in with it. */
  adminEmail: string;
  /** Password of the first super admin, at least 12 characters. */
  adminPassword: string;
  /** ISO 3166-1 alpha-2, e.g. "NL". */
  country: string;
  /** BCP 47 language of emails and pages, e.g. "nl"; default "en". */
  defaultLanguage?: string | null | undefined;
  /** The transport company's name, shown on tracking pages. */
  name: string;
  /** IANA time zone, e.g. "Europe/Amsterdam"; default UTC. */
  timezone?: string | null | undefined;
};

/** A user to add to the caller's tenant. */
export type CreateUserInput = {
  /** Their sign-in address. */
  email: string;
  /** Their name for display; null: none. */
  name?: string | null | undefined;
  /** Their first password, at least 12 characters. */
  password: string;
  /** SUPER_ADMIN or DISPATCHER. */
  role: Role;
};

/** All of one customer's section overrides at once (replaces what was set); a null section follows the tenant template. */
export type CustomerTemplateInput = {
  /** Custom fields to show; an empty list shows all. */
  customFieldKeys?: Array<string> | null | undefined;
  /** The customer the overrides are for. */
  customerId: string | number;
  /** Whether the page shows the cargo lines; null: no choice here. */
  showCargo?: boolean | null | undefined;
  /** Whether the page shows the container number; null: no choice here. */
  showContainerNumber?: boolean | null | undefined;
  /** Whether the page shows the custom fields (those named in customFieldKeys); null: no choice here. */
  showCustomFields?: boolean | null | undefined;
  /** Whether the page shows the customer's reference; null: no choice here. */
  showCustomerReference?: boolean | null | undefined;
  /** Whether the page shows the driver's latest position on the map, while IN_TRANSIT; null: no choice here. */
  showDriverPosition?: boolean | null | undefined;
  /** Whether the page shows the stops' planned windows, ETAs and actual times; null: no choice here. */
  showEstimatedTimes?: boolean | null | undefined;
  /** Whether the page shows the extra fields; null: no choice here. */
  showExtraFields?: boolean | null | undefined;
  /** Whether the page offers the recipient's word back (delivery instructions, then a rating and a comment); null: no choice here. */
  showFeedback?: boolean | null | undefined;
  /** Whether the page shows the map (the stops' coordinates); null: no choice here. */
  showMap?: boolean | null | undefined;
  /** Whether the page shows the CUSTOMER notes; null: no choice here. */
  showNotes?: boolean | null | undefined;
  /** Whether the page shows the pallet scans; null: no choice here. */
  showPalletScans?: boolean | null | undefined;
  /** Whether the page shows the customer-visible photos; null: no choice here. */
  showPhotos?: boolean | null | undefined;
  /** Whether the page shows the progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far; null: no choice here. */
  showProgress?: boolean | null | undefined;
  /** Whether the page shows the proof of delivery of its delivery stops (receiver, time, signature, photos); null: no choice here. */
  showProofOfDelivery?: boolean | null | undefined;
  /** Whether the page shows the consignment's status; null: no choice here. */
  showStatus?: boolean | null | undefined;
  /** Whether the page shows the stops' references; null: no choice here. */
  showStopReferences?: boolean | null | undefined;
  /** Whether the page shows the transport service; null: no choice here. */
  showTransportService?: boolean | null | undefined;
};

/** A key/value pair to store: an extra field, or a custom field's value by its key. */
export type KeyValueInput = {
  /** The key, as given. */
  key: string;
  /** The value, text. */
  value: string;
};

/** How a sign-in attempt ended. */
export type LoginOutcome =
  /** Refused without checking the password: the account was locked after repeated failures. */
  | 'LOCKED'
  /** Signed in: a session was made. */
  | 'SUCCEEDED'
  /** The password did not match. */
  | 'WRONG_PASSWORD';

/** A note to add to a consignment. */
export type NoteInput = {
  /** CUSTOMER: may appear on the public page; INTERNAL: staff only. */
  scope: NoteScope;
  /** The note, plain text (required). */
  text: string;
};

/** Who may see a consignment note. */
export type NoteScope =
  /** The consignment's public page may show it (when the template shows notes). */
  | 'CUSTOMER'
  /** Staff and API keys only; never on a public page. */
  | 'INTERNAL';

/** Where an email is in sending. */
export type OutboxStatus =
  /** Every attempt failed; retryOutboxMessage sends it again. */
  | 'FAILED'
  /** Kept without sending: the server has no SMTP server configured (SMTP_URL unset). */
  | 'NOT_SENT'
  /** Waiting for its next attempt (nextAttemptAt). */
  | 'PENDING'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** How goods are packed. */
export type PackagingType =
  /** Boxes or cartons. */
  | 'BOX'
  /** Loose bulk goods (quantity is then usually 1). */
  | 'BULK'
  /** Crates. */
  | 'CRATE'
  /** Drums or barrels. */
  | 'DRUM'
  /** Anything else; say what in the description. */
  | 'OTHER'
  /** Pallets. */
  | 'PALLET';

/** What a pallet scan records. */
export type PalletScanEvent =
  /** The pallet was found damaged. */
  | 'DAMAGED'
  /** Loaded onto the vehicle. */
  | 'LOADED'
  /** Expected but not found. */
  | 'MISSING'
  /** Scanned at a hub or depot on the way. */
  | 'SCANNED_AT_HUB'
  /** Unloaded from the vehicle. */
  | 'UNLOADED';

/** A photo to add to a consignment. */
export type PhotoInput = {
  /** A caption; null: none. */
  caption?: string | null | undefined;
  /** Default false. */
  customerVisible?: boolean | null | undefined;
  /** An http(s) URL of the image. */
  url: string;
};

/** What a user may do. */
export type Role =
  /** Works on the tenant's orders, consignments, links and drivers; cannot change settings, users, keys, tasks or webhooks. */
  | 'DISPATCHER'
  /** Runs Tracklink itself: creates tenants and sets their billing and integration; belongs to no tenant. */
  | 'PLATFORM_ADMIN'
  /** Everything a dispatcher may, plus the tenant's settings, users, API keys, contact tasks, templates and webhooks. */
  | 'SUPER_ADMIN';

/** A stop of a new consignment, given in route order. */
export type StopInput = {
  /** The address, free text. */
  address?: string | null | undefined;
  /** The contact's email address (contact tasks may write to it). */
  contactEmail?: string | null | undefined;
  /** The contact's name. */
  contactName?: string | null | undefined;
  /** The contact's phone number, free text. */
  contactPhone?: string | null | undefined;
  /** A first ETA; null: unknown. */
  estimatedArrival?: string | null | undefined;
  /** Geofence radius in metres (10 to 5000); default the tenant's. */
  geofenceRadiusM?: number | null | undefined;
  /** WGS 84 latitude in degrees, -90 to 90. */
  latitude: number;
  /** WGS 84 longitude in degrees, -180 to 180. */
  longitude: number;
  /** The place's name (required). */
  name: string;
  /** Start of the planned window. */
  plannedArrival?: string | null | undefined;
  /** End of the planned window. */
  plannedWindowEnd?: string | null | undefined;
  /** A reference for this stop, e.g. a booking number. */
  reference?: string | null | undefined;
  /** IANA time zone of the stop; default UTC. */
  timezone?: string | null | undefined;
  /** PICKUP or DELIVERY. */
  type: StopType;
};

/** What happens at a stop. */
export type StopType =
  /** Goods are delivered. */
  | 'DELIVERY'
  /** Goods are picked up. */
  | 'PICKUP';

/** Whether a task runs once per consignment or once per stop. */
export type TaskLevel =
  /** Once per consignment. */
  | 'CONSIGNMENT'
  /** Once per stop (STOP_ARRIVED, STOP_DEPARTED, STOP_CONTACT). */
  | 'STOP';

/** Who a contact task's email goes to. */
export type TaskRecipient =
  /** The order's customer's email address. */
  | 'CUSTOMER_CONTACT'
  /** The contacts of the consignment's DELIVERY stops. */
  | 'DELIVERY_CONTACT'
  /** The task's fixedEmail. */
  | 'FIXED_ADDRESS'
  /** The contacts of the consignment's PICKUP stops. */
  | 'PICKUP_CONTACT'
  /** The contact of the stop the task runs for (stop-level tasks only). */
  | 'STOP_CONTACT';

/** What makes a contact task send. */
export type TaskTrigger =
  /** A consignment was created. */
  | 'CONSIGNMENT_CREATED'
  /** A stop started running late: its live ETA passed the planned window's end by more than the tenant's lateThresholdMinutes (once per lateness episode). */
  | 'ETA_LATE'
  /** A recipient rated the delivery at or below the tenant's lowRatingThreshold (default 2) through a tracking link: once per rating given (the same rating sent again does not send again). Consignment-level tasks only. */
  | 'LOW_RATING'
  /** The consignment reached triggerStatus. */
  | 'STATUS_REACHED'
  /** A stop's actual arrival was set. */
  | 'STOP_ARRIVED'
  /** A stop's actual departure was set. */
  | 'STOP_DEPARTED';

/** What happened to a tracking link. */
export type TrackingLinkAction =
  /** The link was made. */
  | 'CREATED'
  /** The link was revoked and replaced by a new one. */
  | 'REGENERATED'
  /** The link was revoked. */
  | 'REVOKED'
  /** Its options or expiry changed. */
  | 'UPDATED';

/** A tracking link's recipient, expiry, photos and section overrides. On create, null fields inherit; on update, null fields stay as they are. A show* field overrides the templates for this link only; inherit removes overrides. */
export type TrackingLinkInput = {
  /** Removes the explicit expiry. */
  clearExpiresAt?: boolean | null | undefined;
  /** An explicit expiry; the link stops at the earlier of this and the tenant's link lifetime. */
  expiresAt?: string | null | undefined;
  /** Sections that go back to following the template. */
  inherit?: Array<TrackingSection> | null | undefined;
  /** Customer-visible photos to show on this link; an empty list shows them all. */
  photoIds?: Array<string | number> | null | undefined;
  /** Whom the link is for; one active link per recipient and consignment. Null on create: the consignment's default link. */
  recipientEmail?: string | null | undefined;
  /** Whether the page shows the cargo lines; null: no choice here. */
  showCargo?: boolean | null | undefined;
  /** Whether the page shows the container number; null: no choice here. */
  showContainerNumber?: boolean | null | undefined;
  /** Whether the page shows the custom fields (those named in customFieldKeys); null: no choice here. */
  showCustomFields?: boolean | null | undefined;
  /** Whether the page shows the customer's reference; null: no choice here. */
  showCustomerReference?: boolean | null | undefined;
  /** Whether the page shows the driver's latest position on the map, while IN_TRANSIT; null: no choice here. */
  showDriverPosition?: boolean | null | undefined;
  /** Whether the page shows the stops' planned windows, ETAs and actual times; null: no choice here. */
  showEstimatedTimes?: boolean | null | undefined;
  /** Whether the page shows the extra fields; null: no choice here. */
  showExtraFields?: boolean | null | undefined;
  /** Whether the page offers the recipient's word back (delivery instructions, then a rating and a comment); null: no choice here. */
  showFeedback?: boolean | null | undefined;
  /** Whether the page shows the map (the stops' coordinates); null: no choice here. */
  showMap?: boolean | null | undefined;
  /** Whether the page shows the CUSTOMER notes; null: no choice here. */
  showNotes?: boolean | null | undefined;
  /** Whether the page shows the pallet scans; null: no choice here. */
  showPalletScans?: boolean | null | undefined;
  /** Whether the page shows the customer-visible photos; null: no choice here. */
  showPhotos?: boolean | null | undefined;
  /** Whether the page shows the progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far; null: no choice here. */
  showProgress?: boolean | null | undefined;
  /** Whether the page shows the proof of delivery of its delivery stops (receiver, time, signature, photos); null: no choice here. */
  showProofOfDelivery?: boolean | null | undefined;
  /** Whether the page shows the consignment's status; null: no choice here. */
  showStatus?: boolean | null | undefined;
  /** Whether the page shows the stops' references; null: no choice here. */
  showStopReferences?: boolean | null | undefined;
  /** Whether the page shows the transport service; null: no choice here. */
  showTransportService?: boolean | null | undefined;
};

/** Whether a link's page works now. */
export type TrackingLinkStatus =
  /** It works. */
  | 'ACTIVE'
  /** Its expiry has passed; the page says so. */
  | 'EXPIRED'
  /** Revoked or regenerated; the page shows "not available". */
  | 'REVOKED';

/** Changes to the tenant template; null fields stay as they are. */
export type TrackingLinkTemplateInput = {
  /** Custom fields to show; an empty list shows all. */
  customFieldKeys?: Array<string> | null | undefined;
  /** Whether the page shows the cargo lines; null: no choice here. */
  showCargo?: boolean | null | undefined;
  /** Whether the page shows the container number; null: no choice here. */
  showContainerNumber?: boolean | null | undefined;
  /** Whether the page shows the custom fields (those named in customFieldKeys); null: no choice here. */
  showCustomFields?: boolean | null | undefined;
  /** Whether the page shows the customer's reference; null: no choice here. */
  showCustomerReference?: boolean | null | undefined;
  /** Whether the page shows the driver's latest position on the map, while IN_TRANSIT; null: no choice here. */
  showDriverPosition?: boolean | null | undefined;
  /** Whether the page shows the stops' planned windows, ETAs and actual times; null: no choice here. */
  showEstimatedTimes?: boolean | null | undefined;
  /** Whether the page shows the extra fields; null: no choice here. */
  showExtraFields?: boolean | null | undefined;
  /** Whether the page offers the recipient's word back (delivery instructions, then a rating and a comment); null: no choice here. */
  showFeedback?: boolean | null | undefined;
  /** Whether the page shows the map (the stops' coordinates); null: no choice here. */
  showMap?: boolean | null | undefined;
  /** Whether the page shows the CUSTOMER notes; null: no choice here. */
  showNotes?: boolean | null | undefined;
  /** Whether the page shows the pallet scans; null: no choice here. */
  showPalletScans?: boolean | null | undefined;
  /** Whether the page shows the customer-visible photos; null: no choice here. */
  showPhotos?: boolean | null | undefined;
  /** Whether the page shows the progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far; null: no choice here. */
  showProgress?: boolean | null | undefined;
  /** Whether the page shows the proof of delivery of its delivery stops (receiver, time, signature, photos); null: no choice here. */
  showProofOfDelivery?: boolean | null | undefined;
  /** Whether the page shows the consignment's status; null: no choice here. */
  showStatus?: boolean | null | undefined;
  /** Whether the page shows the stops' references; null: no choice here. */
  showStopReferences?: boolean | null | undefined;
  /** Whether the page shows the transport service; null: no choice here. */
  showTransportService?: boolean | null | undefined;
};

/** A section of the public tracking page, named as its show* field. */
export type TrackingSection =
  /** The cargo lines. */
  | 'showCargo'
  /** The container number. */
  | 'showContainerNumber'
  /** The custom fields (those named in customFieldKeys). */
  | 'showCustomFields'
  /** The customer's reference. */
  | 'showCustomerReference'
  /** The driver's latest position on the map, while IN_TRANSIT. */
  | 'showDriverPosition'
  /** The stops' planned windows, ETAs and actual times. */
  | 'showEstimatedTimes'
  /** The extra fields. */
  | 'showExtraFields'
  /** The recipient's word back: delivery instructions, then a rating and a comment. */
  | 'showFeedback'
  /** The map (the stops' coordinates). */
  | 'showMap'
  /** The CUSTOMER notes. */
  | 'showNotes'
  /** The pallet scans. */
  | 'showPalletScans'
  /** The customer-visible photos. */
  | 'showPhotos'
  /** The progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far. */
  | 'showProgress'
  /** The proof of delivery of the delivery stops: receiver, time, signature and photos. */
  | 'showProofOfDelivery'
  /** The consignment's status. */
  | 'showStatus'
  /** The stops' references. */
  | 'showStopReferences'
  /** The transport service. */
  | 'showTransportService';

/** Changes to the caller's tenant's settings; null fields stay as they are. */
export type UpdateTenantSettingsInput = {
  /** Whether new consignments get a default link. */
  autoCreateLinks?: boolean | null | undefined;
  /** Empty string clears it. */
  brandColor?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, e.g. "NL". */
  country?: string | null | undefined;
  /** BCP 47 language, e.g. "nl". */
  defaultLanguage?: string | null | undefined;
  /** Days a delivered consignment's track is kept after its delivery, 1 to 730; 0 removes the policy. */
  deliveredTrackRetentionDays?: number | null | undefined;
  /** Dwell before arrival, in seconds, 30 to 3600. */
  geofenceDwellSeconds?: number | null | undefined;
  /** Time outside before departure, in seconds, 30 to 3600. */
  geofenceExitSeconds?: number | null | undefined;
  /** Default geofence radius in metres, 10 to 5000. */
  geofenceRadiusM?: number | null | undefined;
  /** Whether leaving the last pickup moves a consignment to IN_TRANSIT. */
  inTransitOnPickupDeparture?: boolean | null | undefined;
  /** Minutes past the planned window before a stop runs late, 1 to 240. */
  lateThresholdMinutes?: number | null | undefined;
  /** Days a link keeps working after its consignment's last update, 1 to 3650. */
  linkLifetimeDays?: number | null | undefined;
  /** Empty string clears it. */
  logoUrl?: string | null | undefined;
  /** The rating at or below which a recipient's rating is low (LOW_RATING tasks), 1 to 4. */
  lowRatingThreshold?: number | null | undefined;
  /** The company name. */
  name?: string | null | undefined;
  /** Whether arriving at the last delivery offers DELIVERED to the dispatcher. */
  offerDeliveredOnArrival?: boolean | null | undefined;
  /** Whether new orders get an order link (createMissingOrderLinks makes them for existing orders). */
  orderLinksEnabled?: boolean | null | undefined;
  /** Days positions are kept, 1 to 730; 0 goes back to the installation's default. */
  positionRetentionDays?: number | null | undefined;
  /** IANA time zone, e.g. "Europe/Amsterdam". */
  timezone?: string | null | undefined;
};

/** What to change; absent fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A note for staff; an empty string clears it. */
  description?: string | null | undefined;
  /** Turning it on again also clears why the server had turned it off. */
  enabled?: boolean | null | undefined;
  /** The events it gets (replaces the list; at least one). */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** True: payloads also carry price and cost. */
  internal?: boolean | null | undefined;
  /** A new https URL. */
  url?: string | null | undefined;
};

/** Where a webhook delivery is. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx within 10 s. */
  | 'DELIVERED'
  /** Failed for good: no 2xx within the retry window (about 24 h), or a 410 Gone. */
  | 'FAILED'
  /** Waiting for its next attempt (nextAttemptAt). */
  | 'PENDING';

/** A webhook endpoint to create. */
export type WebhookEndpointInput = {
  /** A note for staff. */
  description?: string | null | undefined;
  /** False: created turned off. */
  enabled?: boolean | null | undefined;
  /** The events it gets (at least one). */
  eventTypes: Array<WebhookEventType>;
  /** Also send the consignment's price and cost (the tenant's own systems only). */
  internal?: boolean | null | undefined;
  /** https URL to POST to, at most 2,000 characters (http only to loopback outside production). */
  url: string;
};

/** An event a webhook endpoint can subscribe to. Each delivery is a POST of `{"id": "msg_…", "type": "<wire name>", "timestamp": "<ISO 8601>", "data": {…}}` signed per the Standard Webhooks specification (headers webhook-id, webhook-timestamp, webhook-signature). Payloads carry ids and references, never a link token or a tracking URL. Deliveries about one consignment reach an endpoint in the order they happened. */
export type WebhookEventType =
  /** Wire name "consignment.created". data: `consignment`: { id, reference, orderId, status, customerReference, containerNumber, updatedAt }, and for endpoints marked internal also `price` and `cost` (decimal strings or null). */
  | 'CONSIGNMENT_CREATED'
  /** Wire name "consignment.deleted". data: `consignment`: { id, reference, orderId, status, customerReference, containerNumber, updatedAt }, and for endpoints marked internal also `price` and `cost` (decimal strings or null) as it was. */
  | 'CONSIGNMENT_DELETED'
  /** Wire name "consignment.status_changed". data: `consignment`: { id, reference, orderId, status, customerReference, containerNumber, updatedAt }, and for endpoints marked internal also `price` and `cost` (decimal strings or null); `previousStatus`. */
  | 'CONSIGNMENT_STATUS_CHANGED'
  /** Wire name "email.failed": a contact-task email failed for good. data: `email`: { id, consignmentId, stopId, taskId, trigger, to, attempts, error }. */
  | 'EMAIL_FAILED'
  /** Wire name "feedback.received": a recipient sent delivery instructions (before delivery) or a rating (after it) through a tracking link's page, each submission once. data: `consignment`: { id, reference, status }; `feedback`: { id, linkId, kind (INSTRUCTIONS or RATING), instructions, rating (1 to 5), previousRating, comment, submittedAt } — the recipient's own words, never the link's token or URL. */
  | 'FEEDBACK_RECEIVED'
  /** Wire name "stop.arrived": a stop's actual arrival was set. data: `consignment`: { id, reference, status }; `stop`: { id, sequence, type, name, reference, plannedArrival, estimatedArrival, actualArrival, actualDeparture }. */
  | 'STOP_ARRIVED'
  /** Wire name "stop.departed": a stop's actual departure was set. data: as stop.arrived. */
  | 'STOP_DEPARTED'
  /** Wire name "stop.eta_changed": the ETA moved by more than WEBHOOK_ETA_THRESHOLD_MINUTES (default 10) since the last one told (or became known). data: as stop.arrived; `previousEstimatedArrival` (the last ETA told, or null). */
  | 'STOP_ETA_CHANGED'
  /** Wire name "stop.proof_of_delivery": a delivery stop's proof of delivery was recorded, or corrected (revision 2 and up). data: as stop.arrived; `proofOfDelivery`: { id, revision, deliveredAt } (ids only: read Stop.proofOfDelivery for the receiver and the signed image URLs). */
  | 'STOP_PROOF_OF_DELIVERY'
  /** Wire name "stop.running_late": the stop's live ETA went past its planned window by more than the tenant's lateThresholdMinutes; once per episode (it must recover before it is sent again). data: as stop.arrived; `lateByMinutes` (about how late, rounded to 5) and `episode` (how many times the stop became late, from 1). */
  | 'STOP_RUNNING_LATE'
  /** Wire name "tracking_link.created". data: `link`: { id, consignmentId }; `recipientEmail` (null for a consignment's default link). */
  | 'TRACKING_LINK_CREATED'
  /** Wire name "tracking_link.first_viewed": the link's page was opened for the first time. data: `link`: { id, consignmentId }; `viewedAt`. */
  | 'TRACKING_LINK_FIRST_VIEWED'
  /** Wire name "tracking_link.regenerated": the link was revoked and replaced in one step. data: `link`: { id, consignmentId }; `replacedBy`: { id }. */
  | 'TRACKING_LINK_REGENERATED'
  /** Wire name "tracking_link.revoked". data: `link`: { id, consignmentId }. */
  | 'TRACKING_LINK_REVOKED';

export type DriverChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DriverChoicesQuery = { drivers: Array<{ id: string, name: string, vehiclePlate: string | null }> };

export type AssignDriverMutationVariables = Exact<{
  consignmentId: string | number;
  driverId: string | number;
}>;


export type AssignDriverMutation = { assignDriver: { id: string, driver: { id: string, name: string, phone: string | null, vehiclePlate: string | null } | null, driverPosition: { driverId: string, latitude: number, longitude: number, heading: number | null, speedKmh: number | null, recordedAt: string } | null } };

export type AddConsignmentNoteMutationVariables = Exact<{
  consignmentId: string | number;
  input: NoteInput;
}>;


export type AddConsignmentNoteMutation = { addConsignmentNote: { id: string, scope: NoteScope, text: string, createdAt: string } };

export type AddConsignmentPhotoMutationVariables = Exact<{
  consignmentId: string | number;
  input: PhotoInput;
}>;


export type AddConsignmentPhotoMutation = { addConsignmentPhoto: { id: string, url: string, caption: string | null, customerVisible: boolean, createdAt: string } };

export type SetPhotoCustomerVisibleMutationVariables = Exact<{
  photoId: string | number;
  customerVisible: boolean;
}>;


export type SetPhotoCustomerVisibleMutation = { setPhotoCustomerVisible: { id: string, customerVisible: boolean } };

export type ProofOfDeliveryStopFragment = { id: string, sequence: number, type: StopType, name: string, timezone: string, proofOfDelivery: { id: string, receiverName: string, deliveredAt: string, latitude: number | null, longitude: number | null, positionSource: string | null, revision: number, recordedBy: string, signature: { id: string, url: string } | null, photos: Array<{ id: string, url: string }> } | null };

export type SetConsignmentStatusMutationVariables = Exact<{
  consignmentId: string | number;
  status: ConsignmentStatus;
}>;


export type SetConsignmentStatusMutation = { setConsignmentStatus: { id: string, status: ConsignmentStatus, allowedNextStatuses: Array<ConsignmentStatus>, deliveryDetectedAt: string | null, updatedAt: string } };

export type StopRowFragment = { id: string, sequence: number, type: StopType, name: string, address: string | null, latitude: number, longitude: number, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, actualArrival: string | null, actualDeparture: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null };

export type ConsignmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsignmentQuery = { consignment: { id: string, reference: string, status: ConsignmentStatus, allowedNextStatuses: Array<ConsignmentStatus>, deliveryDetectedAt: string | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, vehiclePlate: string | null, createdAt: string, updatedAt: string, order: { id: string, reference: string, customer: { id: string, name: string, email: string | null } | null }, stops: Array<{ id: string, sequence: number, type: StopType, name: string, address: string | null, latitude: number, longitude: number, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, actualArrival: string | null, actualDeparture: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, proofOfDelivery: { id: string, receiverName: string, deliveredAt: string, latitude: number | null, longitude: number | null, positionSource: string | null, revision: number, recordedBy: string, signature: { id: string, url: string } | null, photos: Array<{ id: string, url: string }> } | null }>, cargo: Array<{ id: string, description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }>, palletScans: Array<{ id: string, palletBarcode: string, event: PalletScanEvent, scannedAt: string, latitude: number | null, longitude: number | null }>, notes: Array<{ id: string, scope: NoteScope, text: string, createdAt: string }>, photos: Array<{ id: string, url: string, caption: string | null, customerVisible: boolean, createdAt: string }>, trackingLinks: Array<{ id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> }>, recipientFeedback: Array<{ id: string, linkId: string, recipientEmail: string | null, instructions: string | null, instructionsAt: string | null, rating: number | null, comment: string | null, ratedAt: string | null, updatedAt: string }>, driver: { id: string, name: string, phone: string | null, vehiclePlate: string | null } | null, driverPosition: { driverId: string, latitude: number, longitude: number, heading: number | null, speedKmh: number | null, recordedAt: string } | null } | null };

export type RecipientFeedbackItemFragment = { id: string, linkId: string, recipientEmail: string | null, instructions: string | null, instructionsAt: string | null, rating: number | null, comment: string | null, ratedAt: string | null, updatedAt: string };

export type ConsignmentDriverFragment = { driver: { id: string, name: string, phone: string | null, vehiclePlate: string | null } | null, driverPosition: { driverId: string, latitude: number, longitude: number, heading: number | null, speedKmh: number | null, recordedAt: string } | null };

export type LivePositionFragment = { driverId: string, latitude: number, longitude: number, heading: number | null, speedKmh: number | null, recordedAt: string };

export type ConsignmentChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsignmentChangedSubscription = { consignmentChanged: { consignmentId: string, deleted: boolean } };

export type DriverPositionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DriverPositionChangedSubscription = { driverPositionChanged: { driverId: string, latitude: number, longitude: number, heading: number | null, speedKmh: number | null, recordedAt: string } };

export type ConsignmentRowFragment = { id: string, reference: string, status: ConsignmentStatus, deliveryDetectedAt: string | null, customerReference: string | null, updatedAt: string, order: { id: string, reference: string, customer: { id: string, name: string } | null }, stops: Array<{ id: string, type: StopType, name: string, actualArrival: string | null, lateByMinutes: number | null, lateEpisodes: number }>, trackingLinks: Array<{ id: string, status: TrackingLinkStatus }> };

export type ConsignmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ConsignmentFilter | null | undefined;
}>;


export type ConsignmentsQuery = { consignments: { total: { count: number, capped: boolean }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, status: ConsignmentStatus, deliveryDetectedAt: string | null, customerReference: string | null, updatedAt: string, order: { id: string, reference: string, customer: { id: string, name: string } | null }, stops: Array<{ id: string, type: StopType, name: string, actualArrival: string | null, lateByMinutes: number | null, lateEpisodes: number }>, trackingLinks: Array<{ id: string, status: TrackingLinkStatus }> } }> } };

export type RecalculateTasksMutationVariables = Exact<{
  orderIds: Array<string | number> | string | number;
}>;


export type RecalculateTasksMutation = { recalculateTasks: { consignments: number, linksCreated: number, emailsQueued: number } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { user: { id: string, email: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, tenant: { id: string, name: string, trackingIntegrationEnabled: boolean } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { id: string, reference: string, consignments: Array<{ id: string, reference: string }> } };

export type OrderLinksQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderLinksQuery = { order: { id: string, orderLinks: Array<{ id: string, url: string, status: TrackingLinkStatus, createdAt: string, expiresAt: string, viewCount: number }> } | null };

export type CreateOrderLinkMutationVariables = Exact<{
  orderId: string | number;
}>;


export type CreateOrderLinkMutation = { createOrderLink: { id: string } };

export type RegenerateOrderLinkMutationVariables = Exact<{
  linkId: string | number;
}>;


export type RegenerateOrderLinkMutation = { regenerateOrderLink: { id: string } };

export type RevokeOrderLinkMutationVariables = Exact<{
  linkId: string | number;
}>;


export type RevokeOrderLinkMutation = { revokeOrderLink: { id: string } };

export type OutboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OutboxStatus | null | undefined;
}>;


export type OutboxQuery = { outbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, to: string, subject: string, status: OutboxStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, consignment: { id: string, reference: string } | null } }> } };

export type RetryOutboxMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryOutboxMessageMutation = { retryOutboxMessage: { id: string, status: OutboxStatus, attempts: number, lastError: string | null, sentAt: string | null } };

export type ApiKeysQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeysConnection: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, prefix: string, createdAt: string, revokedAt: string | null, expiresAt: string | null, lastUsedAt: string | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  expiresAt?: string | null | undefined;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type CustomFieldDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomFieldDefinitionsQuery = { customFieldDefinitions: Array<{ id: string, key: string, label: string }> };

export type DefineCustomFieldMutationVariables = Exact<{
  key: string;
  label: string;
}>;


export type DefineCustomFieldMutation = { defineCustomField: { id: string, key: string, label: string } };

export type DeleteCustomFieldMutationVariables = Exact<{
  key: string;
}>;


export type DeleteCustomFieldMutation = { deleteCustomField: boolean };

export type SettingsDriversQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsDriversQuery = { drivers: Array<{ id: string, name: string, phone: string | null, vehiclePlate: string | null, deviceKeyCreatedAt: string | null, deviceAppUrl: string }> };

export type CreateDriverDeviceKeyMutationVariables = Exact<{
  driverId: string | number;
}>;


export type CreateDriverDeviceKeyMutation = { createDriverDeviceKey: { deviceKey: string, url: string, driver: { id: string, deviceKeyCreatedAt: string | null } } };

export type RevokeDriverDeviceKeyMutationVariables = Exact<{
  driverId: string | number;
}>;


export type RevokeDriverDeviceKeyMutation = { revokeDriverDeviceKey: { id: string, deviceKeyCreatedAt: string | null } };

export type CreateDriverMutationVariables = Exact<{
  input: CreateDriverInput;
}>;


export type CreateDriverMutation = { createDriver: { token: string, driver: { id: string, name: string } } };

export type FailedSignInsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FailedSignInsQuery = { loginAttemptsConnection: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, ip: string, outcome: LoginOutcome, createdAt: string } }> } };

export type TenantSettingsFragment = { id: string, name: string, logoUrl: string | null, brandColor: string | null, country: string, defaultLanguage: string, timezone: string, linkLifetimeDays: number, positionRetentionDays: number | null, deliveredTrackRetentionDays: number | null, autoCreateLinks: boolean, inTransitOnPickupDeparture: boolean, offerDeliveredOnArrival: boolean, orderLinksEnabled: boolean, trackingIntegrationEnabled: boolean };

export type MyTenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenantSettingsQuery = { myTenant: { id: string, name: string, logoUrl: string | null, brandColor: string | null, country: string, defaultLanguage: string, timezone: string, linkLifetimeDays: number, positionRetentionDays: number | null, deliveredTrackRetentionDays: number | null, autoCreateLinks: boolean, inTransitOnPickupDeparture: boolean, offerDeliveredOnArrival: boolean, orderLinksEnabled: boolean, trackingIntegrationEnabled: boolean } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings: { id: string, name: string, logoUrl: string | null, brandColor: string | null, country: string, defaultLanguage: string, timezone: string, linkLifetimeDays: number, positionRetentionDays: number | null, deliveredTrackRetentionDays: number | null, autoCreateLinks: boolean, inTransitOnPickupDeparture: boolean, offerDeliveredOnArrival: boolean, orderLinksEnabled: boolean, trackingIntegrationEnabled: boolean } };

export type CreateMissingOrderLinksMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateMissingOrderLinksMutation = { createMissingOrderLinks: { created: number, more: boolean } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string | null, role: Role, createdAt: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, role: Role } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, internal: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, internal: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, previousSecretExpiresAt: string | null } } };

export type SendTestWebhookMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type SendTestWebhookMutation = { sendTestWebhook: { id: string } };

export type ResendWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendWebhookDeliveryMutation = { resendWebhookDelivery: { id: string, status: WebhookDeliveryStatus, attempts: number } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, messageId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, lastLatencyMs: number | null, payload: string, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } };

export type TrackingLinkItemFragment = { id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> };

export type CreateTrackingLinkMutationVariables = Exact<{
  consignmentId: string | number;
  input?: TrackingLinkInput | null | undefined;
}>;


export type CreateTrackingLinkMutation = { createTrackingLink: { id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> } };

export type UpdateTrackingLinkMutationVariables = Exact<{
  linkId: string | number;
  input: TrackingLinkInput;
}>;


export type UpdateTrackingLinkMutation = { updateTrackingLink: { id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> } };

export type RevokeTrackingLinkMutationVariables = Exact<{
  linkId: string | number;
}>;


export type RevokeTrackingLinkMutation = { revokeTrackingLink: { id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> } };

export type RegenerateTrackingLinkMutationVariables = Exact<{
  linkId: string | number;
}>;


export type RegenerateTrackingLinkMutation = { regenerateTrackingLink: { id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, explicitExpiresAt: string | null, revokedAt: string | null, viewCount: number, lastViewedAt: string | null, photoIds: Array<string> | null, overrides: { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null }, auditLog: Array<{ id: string, action: TrackingLinkAction, actor: string, at: string, detail: string | null }> } };

export type TrackingLinkQrCodesQueryVariables = Exact<{
  consignmentId: string | number;
}>;


export type TrackingLinkQrCodesQuery = { consignment: { id: string, trackingLinks: Array<{ id: string, qrSvg: string | null, qrPng: string | null }> } | null };

export type ContactTaskFieldsFragment = { id: string, name: string, level: TaskLevel, trigger: TaskTrigger, triggerStatus: ConsignmentStatus | null, recipient: TaskRecipient, fixedEmail: string | null, subject: string, body: string, enabled: boolean };

export type ContactTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactTasksQuery = { contactTasks: Array<{ id: string, name: string, level: TaskLevel, trigger: TaskTrigger, triggerStatus: ConsignmentStatus | null, recipient: TaskRecipient, fixedEmail: string | null, subject: string, body: string, enabled: boolean }>, myTenant: { id: string, trackingIntegrationEnabled: boolean } };

export type CreateContactTaskMutationVariables = Exact<{
  input: ContactTaskInput;
}>;


export type CreateContactTaskMutation = { createContactTask: { id: string, name: string, level: TaskLevel, trigger: TaskTrigger, triggerStatus: ConsignmentStatus | null, recipient: TaskRecipient, fixedEmail: string | null, subject: string, body: string, enabled: boolean } };

export type UpdateContactTaskMutationVariables = Exact<{
  id: string | number;
  input: ContactTaskInput;
}>;


export type UpdateContactTaskMutation = { updateContactTask: { id: string, name: string, level: TaskLevel, trigger: TaskTrigger, triggerStatus: ConsignmentStatus | null, recipient: TaskRecipient, fixedEmail: string | null, subject: string, body: string, enabled: boolean } };

export type SetContactTaskEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type SetContactTaskEnabledMutation = { setContactTaskEnabled: { id: string, enabled: boolean } };

export type DeleteContactTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteContactTaskMutation = { deleteContactTask: boolean };

type SectionChoices_CustomerTrackingLinkTemplate_Fragment = { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null };

type SectionChoices_OrderLinkOverrides_Fragment = { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null };

type SectionChoices_TrackingLinkOverrides_Fragment = { showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null };

type SectionChoices_TrackingLinkTemplate_Fragment = { showStatus: boolean, showProgress: boolean, showStopReferences: boolean, showEstimatedTimes: boolean, showCargo: boolean, showPalletScans: boolean, showMap: boolean, showDriverPosition: boolean, showCustomerReference: boolean, showContainerNumber: boolean, showTransportService: boolean, showCustomFields: boolean, showExtraFields: boolean, showNotes: boolean, showPhotos: boolean, showFeedback: boolean, showProofOfDelivery: boolean };

export type SectionChoicesFragment =
  | SectionChoices_CustomerTrackingLinkTemplate_Fragment
  | SectionChoices_OrderLinkOverrides_Fragment
  | SectionChoices_TrackingLinkOverrides_Fragment
  | SectionChoices_TrackingLinkTemplate_Fragment
;

export type TrackingLinkTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackingLinkTemplateQuery = { trackingLinkTemplate: { showStatus: boolean, showProgress: boolean, showStopReferences: boolean, showEstimatedTimes: boolean, showCargo: boolean, showPalletScans: boolean, showMap: boolean, showDriverPosition: boolean, showCustomerReference: boolean, showContainerNumber: boolean, showTransportService: boolean, showCustomFields: boolean, showExtraFields: boolean, showNotes: boolean, showPhotos: boolean, showFeedback: boolean, showProofOfDelivery: boolean } };

export type UpdateTrackingLinkTemplateMutationVariables = Exact<{
  input: TrackingLinkTemplateInput;
}>;


export type UpdateTrackingLinkTemplateMutation = { updateTrackingLinkTemplate: { showStatus: boolean, showProgress: boolean, showStopReferences: boolean, showEstimatedTimes: boolean, showCargo: boolean, showPalletScans: boolean, showMap: boolean, showDriverPosition: boolean, showCustomerReference: boolean, showContainerNumber: boolean, showTransportService: boolean, showCustomFields: boolean, showExtraFields: boolean, showNotes: boolean, showPhotos: boolean, showFeedback: boolean, showProofOfDelivery: boolean } };

export type CustomerTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerTemplatesQuery = { customers: Array<{ id: string, name: string, email: string | null }>, customerTrackingLinkTemplates: Array<{ showStatus: boolean | null, showProgress: boolean | null, showStopReferences: boolean | null, showEstimatedTimes: boolean | null, showCargo: boolean | null, showPalletScans: boolean | null, showMap: boolean | null, showDriverPosition: boolean | null, showCustomerReference: boolean | null, showContainerNumber: boolean | null, showTransportService: boolean | null, showCustomFields: boolean | null, showExtraFields: boolean | null, showNotes: boolean | null, showPhotos: boolean | null, showFeedback: boolean | null, showProofOfDelivery: boolean | null, customer: { id: string, name: string } }> };

export type SetCustomerTrackingLinkTemplateMutationVariables = Exact<{
  input: CustomerTemplateInput;
}>;


export type SetCustomerTrackingLinkTemplateMutation = { setCustomerTrackingLinkTemplate: { customer: { id: string } } };

export type DeleteCustomerTrackingLinkTemplateMutationVariables = Exact<{
  customerId: string | number;
}>;


export type DeleteCustomerTrackingLinkTemplateMutation = { deleteCustomerTrackingLinkTemplate: boolean };

export type PreviewConsignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PreviewConsignmentsQuery = { consignments: { edges: Array<{ node: { id: string, reference: string, order: { id: string, customer: { id: string, name: string } | null }, trackingLinks: Array<{ id: string, url: string, status: TrackingLinkStatus, recipientEmail: string | null }> } }> } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, name: string } };

export type TenantsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TenantsQuery = { tenantsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, country: string, timezone: string, trackingIntegrationEnabled: boolean, billingStatus: BillingStatus, createdAt: string } }> } };

export type SetTrackingIntegrationMutationVariables = Exact<{
  tenantId: string | number;
  enabled: boolean;
}>;


export type SetTrackingIntegrationMutation = { setTrackingIntegration: { id: string, trackingIntegrationEnabled: boolean } };

export type SetTenantBillingStatusMutationVariables = Exact<{
  tenantId: string | number;
  status: BillingStatus;
}>;


export type SetTenantBillingStatusMutation = { setTenantBillingStatus: { id: string, billingStatus: BillingStatus } };

export const ProofOfDeliveryStopFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProofOfDeliveryStop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"proofOfDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiverName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"positionSource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<ProofOfDeliveryStopFragment, unknown>;
export const StopRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StopRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"plannedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"etaEarliest"}},{"kind":"Field","name":{"kind":"Name","value":"etaLatest"}},{"kind":"Field","name":{"kind":"Name","value":"actualArrival"}},{"kind":"Field","name":{"kind":"Name","value":"actualDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]} as unknown as DocumentNode<StopRowFragment, unknown>;
export const RecipientFeedbackItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"instructionsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecipientFeedbackItemFragment, unknown>;
export const LivePositionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePosition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDriverPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<LivePositionFragment, unknown>;
export const ConsignmentDriverFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsignmentDriver"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePosition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDriverPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<ConsignmentDriverFragment, unknown>;
export const ConsignmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerReference"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actualArrival"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateEpisodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsignmentRowFragment, unknown>;
export const TenantSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"linkLifetimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"positionRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredTrackRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoCreateLinks"}},{"kind":"Field","name":{"kind":"Name","value":"inTransitOnPickupDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"offerDeliveredOnArrival"}},{"kind":"Field","name":{"kind":"Name","value":"orderLinksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]} as unknown as DocumentNode<TenantSettingsFragment, unknown>;
export const SectionChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}}]} as unknown as DocumentNode<SectionChoicesFragment, unknown>;
export const TrackingLinkItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}}]} as unknown as DocumentNode<TrackingLinkItemFragment, unknown>;
export const ContactTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"fixedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<ContactTaskFieldsFragment, unknown>;
export const DriverChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DriverChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}}]}}]}}]} as unknown as DocumentNode<DriverChoicesQuery, DriverChoicesQueryVariables>;
export const AssignDriverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignDriver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDriver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"driverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsignmentDriver"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePosition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDriverPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsignmentDriver"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePosition"}}]}}]}}]} as unknown as DocumentNode<AssignDriverMutation, AssignDriverMutationVariables>;
export const AddConsignmentNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConsignmentNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConsignmentNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddConsignmentNoteMutation, AddConsignmentNoteMutationVariables>;
export const AddConsignmentPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConsignmentPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConsignmentPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"customerVisible"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddConsignmentPhotoMutation, AddConsignmentPhotoMutationVariables>;
export const SetPhotoCustomerVisibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPhotoCustomerVisible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerVisible"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPhotoCustomerVisible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"photoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerVisible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerVisible"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerVisible"}}]}}]}}]} as unknown as DocumentNode<SetPhotoCustomerVisibleMutation, SetPhotoCustomerVisibleMutationVariables>;
export const SetConsignmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsignmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsignmentStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsignmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetConsignmentStatusMutation, SetConsignmentStatusMutationVariables>;
export const ConsignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerReference"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportService"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StopRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProofOfDeliveryStop"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cargo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"packagingType"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"palletScans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"palletBarcode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"customerVisible"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsignmentDriver"}},{"kind":"Field","name":{"kind":"Name","value":"trackingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingLinkItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientFeedbackItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePosition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDriverPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StopRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"plannedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"etaEarliest"}},{"kind":"Field","name":{"kind":"Name","value":"etaLatest"}},{"kind":"Field","name":{"kind":"Name","value":"actualArrival"}},{"kind":"Field","name":{"kind":"Name","value":"actualDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProofOfDeliveryStop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"proofOfDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiverName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"positionSource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsignmentDriver"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"instructionsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsignmentQuery, ConsignmentQueryVariables>;
export const ConsignmentChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsignmentChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignmentChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<ConsignmentChangedSubscription, ConsignmentChangedSubscriptionVariables>;
export const DriverPositionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DriverPositionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverPositionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePosition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffDriverPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driverId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<DriverPositionChangedSubscription, DriverPositionChangedSubscriptionVariables>;
export const ConsignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsignmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsignmentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerReference"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actualArrival"}},{"kind":"Field","name":{"kind":"Name","value":"lateByMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateEpisodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsignmentsQuery, ConsignmentsQueryVariables>;
export const RecalculateTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecalculateTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalculateTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignments"}},{"kind":"Field","name":{"kind":"Name","value":"linksCreated"}},{"kind":"Field","name":{"kind":"Name","value":"emailsQueued"}}]}}]}}]} as unknown as DocumentNode<RecalculateTasksMutation, RecalculateTasksMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"cookie"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"consignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrderMutation, CreateOrderMutationVariables>;
export const OrderLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrderLinksQuery, OrderLinksQueryVariables>;
export const CreateOrderLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrderLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrderLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrderLinkMutation, CreateOrderLinkMutationVariables>;
export const RegenerateOrderLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateOrderLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateOrderLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegenerateOrderLinkMutation, RegenerateOrderLinkMutationVariables>;
export const RevokeOrderLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOrderLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOrderLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevokeOrderLinkMutation, RevokeOrderLinkMutationVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const RetryOutboxMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeysConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CustomFieldDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CustomFieldDefinitionsQuery, CustomFieldDefinitionsQueryVariables>;
export const DefineCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DefineCustomFieldMutation, DefineCustomFieldMutationVariables>;
export const DeleteCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomFieldMutation, DeleteCustomFieldMutationVariables>;
export const SettingsDriversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsDrivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"deviceKeyCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deviceAppUrl"}}]}}]}}]} as unknown as DocumentNode<SettingsDriversQuery, SettingsDriversQueryVariables>;
export const CreateDriverDeviceKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDriverDeviceKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDriverDeviceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"driverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceKeyCreatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDriverDeviceKeyMutation, CreateDriverDeviceKeyMutationVariables>;
export const RevokeDriverDeviceKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDriverDeviceKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDriverDeviceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"driverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"driverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceKeyCreatedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeDriverDeviceKeyMutation, RevokeDriverDeviceKeyMutationVariables>;
export const CreateDriverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDriver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDriverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDriver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDriverMutation, CreateDriverMutationVariables>;
export const FailedSignInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedSignIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginAttemptsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"failedOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FailedSignInsQuery, FailedSignInsQueryVariables>;
export const MyTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"linkLifetimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"positionRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredTrackRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoCreateLinks"}},{"kind":"Field","name":{"kind":"Name","value":"inTransitOnPickupDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"offerDeliveredOnArrival"}},{"kind":"Field","name":{"kind":"Name","value":"orderLinksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]} as unknown as DocumentNode<MyTenantSettingsQuery, MyTenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"linkLifetimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"positionRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredTrackRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoCreateLinks"}},{"kind":"Field","name":{"kind":"Name","value":"inTransitOnPickupDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"offerDeliveredOnArrival"}},{"kind":"Field","name":{"kind":"Name","value":"orderLinksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const CreateMissingOrderLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMissingOrderLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMissingOrderLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"more"}}]}}]}}]} as unknown as DocumentNode<CreateMissingOrderLinksMutation, CreateMissingOrderLinksMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const ResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateTrackingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrackingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLinkInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrackingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingLinkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<CreateTrackingLinkMutation, CreateTrackingLinkMutationVariables>;
export const UpdateTrackingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrackingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrackingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingLinkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<UpdateTrackingLinkMutation, UpdateTrackingLinkMutationVariables>;
export const RevokeTrackingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTrackingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTrackingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingLinkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RevokeTrackingLinkMutation, RevokeTrackingLinkMutationVariables>;
export const RegenerateTrackingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateTrackingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateTrackingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingLinkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"explicitExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastViewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RegenerateTrackingLinkMutation, RegenerateTrackingLinkMutationVariables>;
export const TrackingLinkQrCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackingLinkQrCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"qrSvg"},"name":{"kind":"Name","value":"qrCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"SVG"}}]},{"kind":"Field","alias":{"kind":"Name","value":"qrPng"},"name":{"kind":"Name","value":"qrCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"PNG"}}]}]}}]}}]}}]} as unknown as DocumentNode<TrackingLinkQrCodesQuery, TrackingLinkQrCodesQueryVariables>;
export const ContactTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"fixedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<ContactTasksQuery, ContactTasksQueryVariables>;
export const CreateContactTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"fixedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<CreateContactTaskMutation, CreateContactTaskMutationVariables>;
export const UpdateContactTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"fixedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<UpdateContactTaskMutation, UpdateContactTaskMutationVariables>;
export const SetContactTaskEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContactTaskEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactTaskEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetContactTaskEnabledMutation, SetContactTaskEnabledMutationVariables>;
export const DeleteContactTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContactTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteContactTaskMutation, DeleteContactTaskMutationVariables>;
export const TrackingLinkTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackingLinkTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingLinkTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}}]} as unknown as DocumentNode<TrackingLinkTemplateQuery, TrackingLinkTemplateQueryVariables>;
export const UpdateTrackingLinkTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrackingLinkTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrackingLinkTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrackingLinkTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}}]} as unknown as DocumentNode<UpdateTrackingLinkTemplateMutation, UpdateTrackingLinkTemplateMutationVariables>;
export const CustomerTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerTrackingLinkTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionChoices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionChoices"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showStatus"}},{"kind":"Field","name":{"kind":"Name","value":"showProgress"}},{"kind":"Field","name":{"kind":"Name","value":"showStopReferences"}},{"kind":"Field","name":{"kind":"Name","value":"showEstimatedTimes"}},{"kind":"Field","name":{"kind":"Name","value":"showCargo"}},{"kind":"Field","name":{"kind":"Name","value":"showPalletScans"}},{"kind":"Field","name":{"kind":"Name","value":"showMap"}},{"kind":"Field","name":{"kind":"Name","value":"showDriverPosition"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerReference"}},{"kind":"Field","name":{"kind":"Name","value":"showContainerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"showTransportService"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"showExtraFields"}},{"kind":"Field","name":{"kind":"Name","value":"showNotes"}},{"kind":"Field","name":{"kind":"Name","value":"showPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"showFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"showProofOfDelivery"}}]}}]} as unknown as DocumentNode<CustomerTemplatesQuery, CustomerTemplatesQueryVariables>;
export const SetCustomerTrackingLinkTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerTrackingLinkTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerTrackingLinkTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerTrackingLinkTemplateMutation, SetCustomerTrackingLinkTemplateMutationVariables>;
export const DeleteCustomerTrackingLinkTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomerTrackingLinkTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomerTrackingLinkTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomerTrackingLinkTemplateMutation, DeleteCustomerTrackingLinkTemplateMutationVariables>;
export const PreviewConsignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewConsignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewConsignmentsQuery, PreviewConsignmentsQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"billingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const SetTrackingIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTrackingIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTrackingIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingIntegrationEnabled"}}]}}]}}]} as unknown as DocumentNode<SetTrackingIntegrationMutation, SetTrackingIntegrationMutationVariables>;
export const SetTenantBillingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantBillingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTenantBillingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingStatus"}}]}}]}}]} as unknown as DocumentNode<SetTenantBillingStatusMutation, SetTenantBillingStatusMutationVariables>;