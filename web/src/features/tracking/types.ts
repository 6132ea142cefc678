import type { ConsignmentStatus, PackagingType, PalletScanEvent, StopType } from '@tracklink/shared';

// The public API's result types, as selected by trackingQuery.ts. Hand-written until the web's
// GraphQL codegen reads the public schema; keep them in step with the selection.
// Scalars: DateTimeISO arrives as an ISO 8601 string in UTC.

export type Status = `${ConsignmentStatus}`;
export type StopKind = `${StopType}`;
export type Packaging = `${PackagingType}`;
export type ScanEvent = `${PalletScanEvent}`;
export type UnavailableReason = 'EXPIRED' | 'NOT_AVAILABLE';
export type UpdateKind = 'POSITION' | 'CHANGED' | 'UNAVAILABLE';

export interface TrackingOrganization {
  name: string;
  logoUrl: string | null;
  /** BCP 47 tag from the tenant's language and country, e.g. "nl-NL". */
  locale: string;
  brandColor: string | null;
  /** IANA zone, e.g. "Europe/Amsterdam". */
  timezone: string;
}

export interface TrackingProgressStep {
  status: Status;
  done: boolean;
  current: boolean;
}

export interface TrackingStop {
  type: StopKind;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  reference: string | null;
  plannedArrival: string | null;
  plannedWindowEnd: string | null;
  estimatedArrival: string | null;
  actualArrival: string | null;
  actualDeparture: string | null;
}

export interface TrackingCargoLine {
  description: string;
  quantity: number;
  packagingType: Packaging;
  weightKg: number | null;
}

export interface TrackingPalletScan {
  palletBarcode: string;
  event: ScanEvent;
  scannedAt: string;
  stopName: string | null;
}

export interface TrackingField {
  label: string;
  value: string;
}

export interface TrackingNote {
  text: string;
}

export interface TrackingPhoto {
  url: string;
  caption: string | null;
}

export interface DriverPosition {
  latitude: number;
  longitude: number;
  /** Degrees clockwise from north. */
  heading: number | null;
  recordedAt: string;
}

/** Every nullable section is null when the tenant's template hides it. */
export interface TrackingPage {
  __typename: 'TrackingPage';
  organization: TrackingOrganization;
  reference: string;
  status: Status | null;
  progress: TrackingProgressStep[] | null;
  stops: TrackingStop[];
  cargo: TrackingCargoLine[] | null;
  palletScans: TrackingPalletScan[] | null;
  customerReference: string | null;
  containerNumber: string | null;
  transportService: string | null;
  customFields: TrackingField[] | null;
  extraFields: TrackingField[] | null;
  notes: TrackingNote[] | null;
  photos: TrackingPhoto[] | null;
  showMap: boolean;
  driverPosition: DriverPosition | null;
  lastUpdatedAt: string;
  expiresAt: string;
}

export interface TrackingUnavailable {
  __typename: 'TrackingUnavailable';
  reason: UnavailableReason;
  message: string;
}

export type TrackingPageResult = TrackingPage | TrackingUnavailable;

export interface TrackingUpdate {
  kind: UpdateKind;
  driverPosition: DriverPosition | null;
  page: TrackingPageResult | null;
}
