// Domain vocabulary shared by the server and the web app. Pure data: no I/O, no decorators.

export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  SUPER_ADMIN = 'SUPER_ADMIN',
  DISPATCHER = 'DISPATCHER',
}

export enum BillingStatus {
  ACTIVE = 'ACTIVE',
  LOCKED = 'LOCKED',
}

export enum ConsignmentStatus {
  DRAFT = 'DRAFT',
  TO_PLAN = 'TO_PLAN',
  PLANNED = 'PLANNED',
  IN_TRANSIT = 'IN_TRANSIT',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

export enum StopType {
  PICKUP = 'PICKUP',
  DELIVERY = 'DELIVERY',
}

/** Where a stop's actual arrival or departure came from. A MANUAL time is never overwritten by a detected one. */
export enum StopTimeSource {
  GEOFENCE = 'GEOFENCE',
  MANUAL = 'MANUAL',
}

export enum PackagingType {
  PALLET = 'PALLET',
  BOX = 'BOX',
  CRATE = 'CRATE',
  DRUM = 'DRUM',
  BULK = 'BULK',
  OTHER = 'OTHER',
}

export enum PalletScanEvent {
  LOADED = 'LOADED',
  UNLOADED = 'UNLOADED',
  SCANNED_AT_HUB = 'SCANNED_AT_HUB',
  DAMAGED = 'DAMAGED',
  MISSING = 'MISSING',
}

export enum NoteScope {
  INTERNAL = 'INTERNAL',
  CUSTOMER = 'CUSTOMER',
}

/** The order in which a consignment normally moves; CANCELLED sits outside it. */
export const STATUS_FLOW: readonly ConsignmentStatus[] = [
  ConsignmentStatus.DRAFT,
  ConsignmentStatus.TO_PLAN,
  ConsignmentStatus.PLANNED,
  ConsignmentStatus.IN_TRANSIT,
  ConsignmentStatus.DELIVERED,
];

const TRANSITIONS: Readonly<Record<ConsignmentStatus, readonly ConsignmentStatus[]>> = {
  [ConsignmentStatus.DRAFT]: [ConsignmentStatus.TO_PLAN, ConsignmentStatus.CANCELLED],
  [ConsignmentStatus.TO_PLAN]: [ConsignmentStatus.PLANNED, ConsignmentStatus.CANCELLED],
  [ConsignmentStatus.PLANNED]: [ConsignmentStatus.IN_TRANSIT, ConsignmentStatus.CANCELLED],
  [ConsignmentStatus.IN_TRANSIT]: [ConsignmentStatus.DELIVERED, ConsignmentStatus.CANCELLED],
  [ConsignmentStatus.DELIVERED]: [],
  [ConsignmentStatus.CANCELLED]: [],
};

/** Statuses a consignment in `from` may move to next. */
export function nextStatuses(from: ConsignmentStatus): readonly ConsignmentStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ConsignmentStatus, to: ConsignmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
