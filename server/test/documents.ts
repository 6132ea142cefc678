import type {
  BillingStatus as BillingStatusEnum,
  ConsignmentStatus as ConsignmentStatusEnum,
  NoteScope as NoteScopeEnum,
  PackagingType as PackagingTypeEnum,
  PalletScanEvent as PalletScanEventEnum,
  Role as RoleEnum,
  SectionSettings,
  TaskLevel as TaskLevelEnum,
  TaskRecipient as TaskRecipientEnum,
  TaskTrigger as TaskTriggerEnum,
  TemplateSection,
} from '@tracklink/shared';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { doc } from './typed-document';

// The operations more than one test file sends, each written once: the text, the variables it
// takes and the data it answers with. A test's own, one-off operations stay in that test.

// ---- values ----

export type ConsignmentStatus = `${ConsignmentStatusEnum}`;
export type BillingStatus = `${BillingStatusEnum}`;
export type NoteScope = `${NoteScopeEnum}`;
export type PackagingType = `${PackagingTypeEnum}`;
export type PalletScanEvent = `${PalletScanEventEnum}`;
export type Role = `${RoleEnum}`;
export type TaskLevel = `${TaskLevelEnum}`;
export type TaskTrigger = `${TaskTriggerEnum}`;
export type TaskRecipient = `${TaskRecipientEnum}`;
export type LinkStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';
export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED' | 'NOT_SENT';
export type UnavailableReason = 'EXPIRED' | 'NOT_AVAILABLE';
/** An ISO 8601 timestamp, as DateTimeISO sends and takes it. */
export type Timestamp = string;

// ---- inputs ----

export interface StopInput {
  /** PICKUP or DELIVERY; a plain string, as tests also send types GraphQL must refuse. */
  type: string;
  name: string;
  latitude: number;
  longitude: number;
  timezone?: string;
  address?: string;
  reference?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  plannedArrival?: Timestamp;
  plannedWindowEnd?: Timestamp;
  estimatedArrival?: Timestamp;
}

export interface CargoLineInput {
  description: string;
  quantity: number;
  packagingType: PackagingType;
  weightKg?: number;
}

export interface KeyValueInput {
  key: string;
  value: string;
}

export interface ConsignmentInput {
  reference: string;
  status?: ConsignmentStatus;
  stops: StopInput[];
  cargo?: CargoLineInput[];
  customerReference?: string;
  containerNumber?: string;
  transportService?: string;
  vehiclePlate?: string;
  internalNotes?: string;
  price?: number;
  cost?: number;
  customFields?: KeyValueInput[];
  extraFields?: KeyValueInput[];
}

export interface CreateOrderInput {
  reference: string;
  customerName?: string;
  customerEmail?: string;
  consignments: ConsignmentInput[];
}

export type UpdateConsignmentInput = Partial<Omit<ConsignmentInput, 'status' | 'stops'>>;

export interface UpdateStopInput {
  name?: string;
  estimatedArrival?: Timestamp;
  actualArrival?: Timestamp;
  actualDeparture?: Timestamp;
  plannedWindowEnd?: Timestamp;
  geofenceRadiusM?: number;
}

export interface PositionInput {
  clientId: string;
  driverId?: string;
  latitude: number;
  longitude: number;
  heading?: number;
  speedKmh?: number;
  accuracyM?: number;
  recordedAt: Timestamp;
}

export interface PalletScanInput {
  clientId: string;
  consignmentId: string;
  stopId?: string;
  palletBarcode: string;
  event: PalletScanEvent;
  scannedAt: Timestamp;
}

/** Section switches; null (or absent) inherits. */
export type SectionInput = Partial<Record<TemplateSection, boolean | null>>;

export interface TrackingLinkInput extends SectionInput {
  recipientEmail?: string;
  expiresAt?: Timestamp;
  clearExpiresAt?: boolean;
  inherit?: TemplateSection[];
  photoIds?: string[];
}

export interface TemplateInput extends SectionInput {
  customFieldKeys?: string[];
}

export interface ContactTaskInput {
  name: string;
  level: TaskLevel;
  trigger: TaskTrigger;
  triggerStatus?: ConsignmentStatus;
  recipient: TaskRecipient;
  fixedEmail?: string;
  subject: string;
  body: string;
  enabled?: boolean;
}

// ---- sessions, tenants and users ----

export const LOGIN = doc<{ login: { token: string } }, { email: string; password: string }>(
  `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
);

/** The signed-in user. */
export const ME = doc<{ me: { id: string; email: string } }>('{ me { id email } }');

/** Ends the session that sent it. */
export const LOGOUT = doc<{ logout: boolean }>('mutation { logout }');

export const CREATE_TENANT = doc<
  { createTenant: { id: string } },
  { input: { name: string; country: string; adminEmail: string; adminPassword: string } }
>(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`);

export const CREATE_USER = doc<{ createUser: { id: string } }, { input: { email: string; password: string; role: Role } }>(
  `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
);

/** The users of the caller's tenant. */
export const USERS = doc<{ users: Array<{ id: string; email: string; role: Role }> }>('{ users { id email role } }');

export const SET_TRACKING_INTEGRATION = doc<
  { setTrackingIntegration: { id: string; trackingIntegrationEnabled: boolean } },
  { tenantId: string; enabled: boolean }
>(`mutation($tenantId: ID!, $enabled: Boolean!) {
  setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) { id trackingIntegrationEnabled }
}`);

export const SET_BILLING_STATUS = doc<
  { setTenantBillingStatus: { id: string; billingStatus: BillingStatus } },
  { tenantId: string; status: BillingStatus }
>(`mutation($tenantId: ID!, $status: BillingStatus!) {
  setTenantBillingStatus(tenantId: $tenantId, status: $status) { id billingStatus }
}`);

export const UPDATE_TENANT_SETTINGS = doc<
  { updateTenantSettings: { id: string; name: string; autoCreateLinks: boolean; orderLinksEnabled: boolean } },
  { input: { name?: string; brandColor?: string; autoCreateLinks?: boolean; orderLinksEnabled?: boolean; linkLifetimeDays?: number } }
>(`mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id name autoCreateLinks orderLinksEnabled } }`);

export const CREATE_API_KEY = doc<{ createApiKey: { key: string; apiKey: { id: string; prefix: string } } }, { name: string }>(
  `mutation($name: String!) { createApiKey(name: $name) { key apiKey { id prefix } } }`,
);

// ---- orders and consignments ----

export interface CreatedConsignment {
  id: string;
  reference: string;
  status: ConsignmentStatus;
  updatedAt: Timestamp;
  stops: Array<{ id: string; type: string; name: string }>;
}

export const CREATE_ORDER = doc<{ createOrder: { id: string; reference: string; consignments: CreatedConsignment[] } }, { input: CreateOrderInput }>(
  `mutation($input: CreateOrderInput!) {
  createOrder(input: $input) { id reference consignments { id reference status updatedAt stops { id type name } } }
}`,
);

/** A consignment by id, or null where the caller may not see it. */
export const FIND_CONSIGNMENT = doc<{ consignment: { id: string; reference: string } | null }, { id: string }>(
  `query($id: ID!) { consignment(id: $id) { id reference } }`,
);

export const COUNT_CONSIGNMENTS = doc<
  { consignments: { totalCount: number } },
  { first?: number; filter?: { status?: ConsignmentStatus; search?: string } }
>(`query($first: Int, $filter: ConsignmentFilter) { consignments(first: $first, filter: $filter) { totalCount } }`);

export const SET_CONSIGNMENT_STATUS = doc<
  { setConsignmentStatus: { id: string; status: ConsignmentStatus; allowedNextStatuses: ConsignmentStatus[] } },
  { consignmentId: string; status: ConsignmentStatus }
>(`mutation($consignmentId: ID!, $status: ConsignmentStatus!) {
  setConsignmentStatus(consignmentId: $consignmentId, status: $status) { id status allowedNextStatuses }
}`);

export const UPDATE_CONSIGNMENT = doc<{ updateConsignment: { id: string } }, { consignmentId: string; input: UpdateConsignmentInput }>(
  `mutation($consignmentId: ID!, $input: UpdateConsignmentInput!) { updateConsignment(consignmentId: $consignmentId, input: $input) { id } }`,
);

export const DELETE_CONSIGNMENT = doc<{ deleteConsignment: boolean }, { consignmentId: string }>(
  `mutation($consignmentId: ID!) { deleteConsignment(consignmentId: $consignmentId) }`,
);

export const UPDATE_STOP = doc<
  { updateStop: { id: string; name: string; estimatedArrival: Timestamp | null; actualArrival: Timestamp | null; actualDeparture: Timestamp | null } },
  { stopId: string; input: UpdateStopInput }
>(`mutation($stopId: ID!, $input: UpdateStopInput!) {
  updateStop(stopId: $stopId, input: $input) { id name estimatedArrival actualArrival actualDeparture }
}`);

export const ADD_NOTE = doc<{ addConsignmentNote: { id: string } }, { consignmentId: string; input: { scope: NoteScope; text: string } }>(
  `mutation($consignmentId: ID!, $input: NoteInput!) { addConsignmentNote(consignmentId: $consignmentId, input: $input) { id } }`,
);

export const ADD_PHOTO = doc<
  { addConsignmentPhoto: { id: string } },
  { consignmentId: string; input: { url: string; caption?: string; customerVisible?: boolean } }
>(`mutation($consignmentId: ID!, $input: PhotoInput!) { addConsignmentPhoto(consignmentId: $consignmentId, input: $input) { id } }`);

export const DEFINE_CUSTOM_FIELD = doc<{ defineCustomField: { key: string } }, { key: string; label: string }>(
  `mutation($key: String!, $label: String!) { defineCustomField(key: $key, label: $label) { key } }`,
);

// ---- drivers, positions and scans ----

export const CREATE_DRIVER = doc<
  { createDriver: { token: string; driver: { id: string; name: string } } },
  { input: { name: string; vehiclePlate?: string } }
>(`mutation($input: CreateDriverInput!) { createDriver(input: $input) { token driver { id name } } }`);

export const DRIVERS = doc<{ drivers: Array<{ id: string }> }>(`{ drivers { id } }`);

export const ASSIGN_DRIVER = doc<{ assignDriver: { id: string } }, { consignmentId: string; driverId: string }>(
  `mutation($consignmentId: ID!, $driverId: ID!) { assignDriver(consignmentId: $consignmentId, driverId: $driverId) { id } }`,
);

/** An item of a batch that was not stored, and why. */
export interface RefusedItem {
  index: number;
  code: string;
  field: string | null;
  message: string;
}

export const REPORT_POSITIONS = doc<{ reportPositions: { accepted: number; duplicates: number; refused: RefusedItem[] } }, { positions: PositionInput[] }>(
  `mutation($positions: [PositionInput!]!) { reportPositions(positions: $positions) { accepted duplicates refused { index code field message } } }`,
);

export const RECORD_PALLET_SCANS = doc<{ recordPalletScans: { accepted: number; duplicates: number; refused: RefusedItem[] } }, { scans: PalletScanInput[] }>(
  `mutation($scans: [PalletScanInput!]!) { recordPalletScans(scans: $scans) { accepted duplicates refused { index code field message } } }`,
);

// ---- tracking links ----

export interface TrackingLink {
  id: string;
  url: string;
  status: LinkStatus;
  recipientEmail: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  revokedAt: Timestamp | null;
  viewCount: number;
  lastViewedAt: Timestamp | null;
  photoIds: string[] | null;
  overrides: { showCargo: boolean | null };
}

const LINK_FIELDS = 'id url status recipientEmail createdAt expiresAt revokedAt viewCount lastViewedAt photoIds overrides { showCargo }';

export const LINKS_OF = doc<{ consignment: { trackingLinks: TrackingLink[] } | null }, { id: string }>(
  `query($id: ID!) { consignment(id: $id) { trackingLinks { ${LINK_FIELDS} } } }`,
);

export const CREATE_TRACKING_LINK = doc<{ createTrackingLink: TrackingLink }, { consignmentId: string; input?: TrackingLinkInput }>(
  `mutation($consignmentId: ID!, $input: TrackingLinkInput) { createTrackingLink(consignmentId: $consignmentId, input: $input) { ${LINK_FIELDS} } }`,
);

export const UPDATE_TRACKING_LINK = doc<{ updateTrackingLink: TrackingLink }, { linkId: string; input: TrackingLinkInput }>(
  `mutation($linkId: ID!, $input: TrackingLinkInput!) { updateTrackingLink(linkId: $linkId, input: $input) { ${LINK_FIELDS} } }`,
);

export const REVOKE_TRACKING_LINK = doc<{ revokeTrackingLink: TrackingLink }, { linkId: string }>(
  `mutation($linkId: ID!) { revokeTrackingLink(linkId: $linkId) { ${LINK_FIELDS} } }`,
);

export const REGENERATE_TRACKING_LINK = doc<{ regenerateTrackingLink: TrackingLink }, { linkId: string }>(
  `mutation($linkId: ID!) { regenerateTrackingLink(linkId: $linkId) { ${LINK_FIELDS} } }`,
);

// ---- order links ----

export interface OrderLink {
  id: string;
  url: string;
  status: LinkStatus;
  createdAt: Timestamp;
  createdBy: string;
  expiresAt: Timestamp;
  explicitExpiresAt: Timestamp | null;
  revokedAt: Timestamp | null;
  viewCount: number;
  lastViewedAt: Timestamp | null;
  overrides: Record<TemplateSection, boolean | null>;
}

const ORDER_LINK_FIELDS = `id url status createdAt createdBy expiresAt explicitExpiresAt revokedAt viewCount lastViewedAt
  overrides { ${TEMPLATE_SECTIONS.join(' ')} }`;

export type OrderLinkInput = SectionInput & { expiresAt?: Timestamp; clearExpiresAt?: boolean; inherit?: TemplateSection[] };

export const CREATE_ORDER_LINK = doc<{ createOrderLink: OrderLink }, { orderId: string; input?: OrderLinkInput | null }>(
  `mutation($orderId: ID!, $input: OrderLinkInput) { createOrderLink(orderId: $orderId, input: $input) { ${ORDER_LINK_FIELDS} } }`,
);

export const UPDATE_ORDER_LINK = doc<{ updateOrderLink: OrderLink }, { linkId: string; input: OrderLinkInput }>(
  `mutation($linkId: ID!, $input: OrderLinkInput!) { updateOrderLink(linkId: $linkId, input: $input) { ${ORDER_LINK_FIELDS} } }`,
);

export const REVOKE_ORDER_LINK = doc<{ revokeOrderLink: OrderLink }, { linkId: string }>(
  `mutation($linkId: ID!) { revokeOrderLink(linkId: $linkId) { ${ORDER_LINK_FIELDS} } }`,
);

export const REGENERATE_ORDER_LINK = doc<{ regenerateOrderLink: OrderLink }, { linkId: string }>(
  `mutation($linkId: ID!) { regenerateOrderLink(linkId: $linkId) { ${ORDER_LINK_FIELDS} } }`,
);

export const CREATE_MISSING_ORDER_LINKS = doc<{ createMissingOrderLinks: { created: number; more: boolean } }>(
  `mutation { createMissingOrderLinks { created more } }`,
);

export const ORDER_LINKS = doc<{ order: { id: string; reference: string; orderLinks: OrderLink[] } | null }, { id: string }>(
  `query($id: ID!) { order(id: $id) { id reference orderLinks { ${ORDER_LINK_FIELDS} } } }`,
);

export const RECALCULATE_TASKS = doc<
  { recalculateTasks: { consignments: number; linksCreated: number; emailsQueued: number } },
  { orderIds: string[] }
>(`mutation($orderIds: [ID!]!) { recalculateTasks(orderIds: $orderIds) { consignments linksCreated emailsQueued } }`);

// ---- templates ----

export type Template = SectionSettings & { customFieldKeys: string[] | null };

export const TEMPLATE_FIELDS = `showStatus showProgress showStopReferences showEstimatedTimes showCargo showPalletScans showMap
  showDriverPosition showCustomerReference showContainerNumber showTransportService showCustomFields showExtraFields
  showNotes showPhotos showFeedback showProofOfDelivery customFieldKeys`;

export const UPDATE_TEMPLATE = doc<{ updateTrackingLinkTemplate: Template }, { input: TemplateInput }>(
  `mutation($input: TrackingLinkTemplateInput!) { updateTrackingLinkTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`,
);

export const SET_CUSTOMER_TEMPLATE = doc<{ setCustomerTrackingLinkTemplate: SectionInput }, { input: SectionInput & { customerId: string } }>(
  `mutation($input: CustomerTemplateInput!) { setCustomerTrackingLinkTemplate(input: $input) { showStatus showCargo } }`,
);

export const DELETE_CUSTOMER_TEMPLATE = doc<{ deleteCustomerTrackingLinkTemplate: boolean }, { customerId: string }>(
  `mutation($customerId: ID!) { deleteCustomerTrackingLinkTemplate(customerId: $customerId) }`,
);

// ---- contact tasks and the outbox ----

export interface ContactTask {
  id: string;
  name: string;
  level: TaskLevel;
  trigger: TaskTrigger;
  triggerStatus: ConsignmentStatus | null;
  recipient: TaskRecipient;
  fixedEmail: string | null;
  subject: string;
  body: string;
  enabled: boolean;
}

const TASK_FIELDS = 'id name level trigger triggerStatus recipient fixedEmail subject body enabled';

export const CREATE_CONTACT_TASK = doc<{ createContactTask: ContactTask }, { input: ContactTaskInput }>(
  `mutation($input: ContactTaskInput!) { createContactTask(input: $input) { ${TASK_FIELDS} } }`,
);

export const UPDATE_CONTACT_TASK = doc<{ updateContactTask: ContactTask }, { id: string; input: ContactTaskInput }>(
  `mutation($id: ID!, $input: ContactTaskInput!) { updateContactTask(id: $id, input: $input) { ${TASK_FIELDS} } }`,
);

export const SET_CONTACT_TASK_ENABLED = doc<{ setContactTaskEnabled: ContactTask }, { id: string; enabled: boolean }>(
  `mutation($id: ID!, $enabled: Boolean!) { setContactTaskEnabled(id: $id, enabled: $enabled) { ${TASK_FIELDS} } }`,
);

export const DELETE_CONTACT_TASK = doc<{ deleteContactTask: boolean }, { id: string }>(`mutation($id: ID!) { deleteContactTask(id: $id) }`);

export const CONTACT_TASKS = doc<{ contactTasks: ContactTask[] }>(`{ contactTasks { ${TASK_FIELDS} } }`);

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Timestamp;
  sentAt: Timestamp | null;
  nextAttemptAt: Timestamp | null;
  bodyText: string;
  trigger: TaskTrigger;
}

const MESSAGE_FIELDS = 'id to subject status attempts lastError createdAt sentAt nextAttemptAt bodyText trigger';

export const OUTBOX = doc<
  {
    outbox: {
      totalCount: number;
      pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
      edges: Array<{ cursor: string; node: OutboxMessage }>;
    };
  },
  { first?: number; after?: string | null; status?: OutboxStatus }
>(`query($first: Int, $after: String, $status: OutboxStatus) {
  outbox(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { ${MESSAGE_FIELDS} } }
  }
}`);

export const RETRY_OUTBOX_MESSAGE = doc<{ retryOutboxMessage: OutboxMessage }, { id: string }>(
  `mutation($id: ID!) { retryOutboxMessage(id: $id) { ${MESSAGE_FIELDS} } }`,
);

// ---- the public API ----

export interface DriverPosition {
  latitude: number;
  longitude: number;
  heading: number | null;
  recordedAt: Timestamp;
}

export interface Unavailable {
  __typename: 'TrackingUnavailable';
  reason: UnavailableReason;
  message: string;
}

export interface TrackingPage {
  __typename: 'TrackingPage';
  organization: { name: string; logoUrl: string | null; locale: string; brandColor: string | null; timezone: string };
  reference: string;
  status: ConsignmentStatus | null;
  progress: ConsignmentStatus[] | null;
  stops: Array<{
    type: string;
    name: string;
    address: string | null;
    latitude: number | null;
    longitude: number | null;
    timezone: string;
    reference: string | null;
    plannedArrival: Timestamp | null;
    plannedWindowEnd: Timestamp | null;
    estimatedArrival: Timestamp | null;
    etaEarliest: Timestamp | null;
    etaLatest: Timestamp | null;
    stopsBefore: number | null;
    lateByMinutes: number | null;
    lateRecovered: boolean;
    actualArrival: Timestamp | null;
    actualDeparture: Timestamp | null;
    /** label: key, value: its text (receiverName, deliveredAt, signature, photo…); null: none or hidden. */
    proofOfDelivery: Array<{ label: string; value: string }> | null;
  }>;
  cargo: Array<{ description: string; quantity: number; packagingType: string; weightKg: number | null }> | null;
  palletScans: Array<{ palletBarcode: string; event: string; scannedAt: Timestamp; stopName: string | null }> | null;
  customerReference: string | null;
  containerNumber: string | null;
  transportService: string | null;
  customFields: Array<{ label: string; value: string }> | null;
  extraFields: Array<{ label: string; value: string }> | null;
  notes: string[] | null;
  photos: Array<{ label: string; value: string }> | null;
  feedback: Array<{ label: string; value: string }> | null;
  showMap: boolean;
  driverPosition: DriverPosition | null;
  lastUpdatedAt: Timestamp;
  expiresAt: Timestamp;
}

export type PageResult = TrackingPage | Unavailable;

export const TRACKING_PAGE = doc<{ trackingPage: PageResult }, { token: string }>(`query($token: String!) {
  trackingPage(token: $token) {
    __typename
    ... on TrackingUnavailable { reason message }
    ... on TrackingPage {
      organization { name logoUrl locale brandColor timezone }
      reference status progress
      stops { type name address latitude longitude timezone reference plannedArrival plannedWindowEnd estimatedArrival etaEarliest etaLatest stopsBefore lateByMinutes lateRecovered actualArrival actualDeparture proofOfDelivery { label value } }
      cargo { description quantity packagingType weightKg }
      palletScans { palletBarcode event scannedAt stopName }
      customerReference containerNumber transportService
      customFields { label value } extraFields { label value } notes photos { label value }
      feedback { label value }
      showMap driverPosition { latitude longitude heading recordedAt }
      lastUpdatedAt expiresAt
    }
  }
}`);

export type OrderPage = TrackingPage & { consignments: TrackingPage[] | null };
export type OrderPageResult = OrderPage | Unavailable;

const PAGE_FIELDS = `organization { name logoUrl locale brandColor timezone }
      reference status progress
      stops { type name address latitude longitude timezone reference plannedArrival plannedWindowEnd estimatedArrival etaEarliest etaLatest stopsBefore lateByMinutes lateRecovered actualArrival actualDeparture proofOfDelivery { label value } }
      cargo { description quantity packagingType weightKg }
      palletScans { palletBarcode event scannedAt stopName }
      customerReference containerNumber transportService
      customFields { label value } extraFields { label value } notes photos { label value }
      feedback { label value }
      showMap driverPosition { latitude longitude heading recordedAt }
      lastUpdatedAt expiresAt`;

/** The page query of an order link: the order page and every consignment's page in it. */
export const ORDER_TRACKING_PAGE = doc<{ trackingPage: OrderPageResult }, { token: string }>(`query($token: String!) {
  trackingPage(token: $token) {
    __typename
    ... on TrackingUnavailable { reason message }
    ... on TrackingPage { ${PAGE_FIELDS} consignments { __typename ${PAGE_FIELDS} } }
  }
}`);

/** The smallest page query: which of the two answers a token gets. */
export const PAGE_TYPENAME = doc<{ trackingPage: { __typename: PageResult['__typename'] } }, { token: string }>(
  `query($token: String!) { trackingPage(token: $token) { __typename } }`,
);

export type UpdateKind = 'POSITION' | 'CHANGED' | 'UNAVAILABLE';

/** What a live update carries of the page. */
export type UpdatePage =
  | Unavailable
  | {
      __typename: 'TrackingPage';
      status: ConsignmentStatus | null;
      cargo: Array<{ quantity: number }> | null;
      driverPosition: { latitude: number } | null;
      stops: Array<{ estimatedArrival: Timestamp | null }>;
    };

export interface TrackingUpdate {
  kind: UpdateKind;
  driverPosition: DriverPosition | null;
  page: UpdatePage | null;
}

export const TRACKING_UPDATES = doc<{ trackingUpdates: TrackingUpdate }, { token: string }>(`subscription($token: String!) {
  trackingUpdates(token: $token) {
    kind driverPosition { latitude longitude heading recordedAt }
    page { __typename ... on TrackingUnavailable { reason message } ... on TrackingPage { status cargo { quantity } driverPosition { latitude } stops { estimatedArrival } } }
  }
}`);

/** Positions only, as the frames of a raw socket are compared. */
export const POSITION_UPDATES = doc<
  { trackingUpdates: { kind: UpdateKind; driverPosition: { latitude: number; longitude: number } | null } },
  { token: string }
>(`subscription($token: String!) { trackingUpdates(token: $token) { kind driverPosition { latitude longitude } } }`);
