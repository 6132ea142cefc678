/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What happens at a stop. */
export type StopType =
  /** Goods are delivered. */
  | 'DELIVERY'
  /** Goods are picked up. */
  | 'PICKUP';

/** What a tracking update carries. */
export type TrackingUpdateKind =
  /** The consignment changed: page holds the fresh, filtered page. */
  | 'CHANGED'
  /** The driver moved: driverPosition holds where. */
  | 'POSITION'
  /** The link stopped working: page holds why; the stream then ends. */
  | 'UNAVAILABLE';

/** Why a tracking link shows no page. */
export type UnavailableReason =
  /** The link's expiry has passed. */
  | 'EXPIRED'
  /** Unknown, revoked or deleted link, or tracking is off for the company. */
  | 'NOT_AVAILABLE';

export type TrackingPageFieldsFragment = { reference: string, status: ConsignmentStatus | null, progress: Array<ConsignmentStatus> | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, notes: Array<string> | null, showMap: boolean, lastUpdatedAt: string, expiresAt: string, organization: { name: string, logoUrl: string | null, locale: string, brandColor: string | null, timezone: string }, stops: Array<{ type: StopType, name: string, address: string | null, latitude: number | null, longitude: number | null, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, stopsBefore: number | null, lateByMinutes: number | null, lateRecovered: boolean, actualArrival: string | null, actualDeparture: string | null, proofOfDelivery: Array<{ label: string, value: string }> | null }>, cargo: Array<{ description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }> | null, palletScans: Array<{ palletBarcode: string, event: PalletScanEvent, scannedAt: string, stopName: string | null }> | null, customFields: Array<{ label: string, value: string }> | null, extraFields: Array<{ label: string, value: string }> | null, photos: Array<{ label: string, value: string }> | null, feedback: Array<{ label: string, value: string }> | null, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null };

type TrackingPageResultFields_TrackingPage_Fragment = { __typename: 'TrackingPage', reference: string, status: ConsignmentStatus | null, progress: Array<ConsignmentStatus> | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, notes: Array<string> | null, showMap: boolean, lastUpdatedAt: string, expiresAt: string, organization: { name: string, logoUrl: string | null, locale: string, brandColor: string | null, timezone: string }, stops: Array<{ type: StopType, name: string, address: string | null, latitude: number | null, longitude: number | null, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, stopsBefore: number | null, lateByMinutes: number | null, lateRecovered: boolean, actualArrival: string | null, actualDeparture: string | null, proofOfDelivery: Array<{ label: string, value: string }> | null }>, cargo: Array<{ description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }> | null, palletScans: Array<{ palletBarcode: string, event: PalletScanEvent, scannedAt: string, stopName: string | null }> | null, customFields: Array<{ label: string, value: string }> | null, extraFields: Array<{ label: string, value: string }> | null, photos: Array<{ label: string, value: string }> | null, feedback: Array<{ label: string, value: string }> | null, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null };

type TrackingPageResultFields_TrackingUnavailable_Fragment = { __typename: 'TrackingUnavailable', reason: UnavailableReason, message: string };

export type TrackingPageResultFieldsFragment =
  | TrackingPageResultFields_TrackingPage_Fragment
  | TrackingPageResultFields_TrackingUnavailable_Fragment
;

export type TrackingPageQueryVariables = Exact<{
  token: string;
}>;


export type TrackingPageQuery = { trackingPage:
    | { __typename: 'TrackingPage', reference: string, status: ConsignmentStatus | null, progress: Array<ConsignmentStatus> | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, notes: Array<string> | null, showMap: boolean, lastUpdatedAt: string, expiresAt: string, consignments: Array<{ reference: string, status: ConsignmentStatus | null, progress: Array<ConsignmentStatus> | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, notes: Array<string> | null, showMap: boolean, lastUpdatedAt: string, expiresAt: string, organization: { name: string, logoUrl: string | null, locale: string, brandColor: string | null, timezone: string }, stops: Array<{ type: StopType, name: string, address: string | null, latitude: number | null, longitude: number | null, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, stopsBefore: number | null, lateByMinutes: number | null, lateRecovered: boolean, actualArrival: string | null, actualDeparture: string | null, proofOfDelivery: Array<{ label: string, value: string }> | null }>, cargo: Array<{ description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }> | null, palletScans: Array<{ palletBarcode: string, event: PalletScanEvent, scannedAt: string, stopName: string | null }> | null, customFields: Array<{ label: string, value: string }> | null, extraFields: Array<{ label: string, value: string }> | null, photos: Array<{ label: string, value: string }> | null, feedback: Array<{ label: string, value: string }> | null, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null }> | null, organization: { name: string, logoUrl: string | null, locale: string, brandColor: string | null, timezone: string }, stops: Array<{ type: StopType, name: string, address: string | null, latitude: number | null, longitude: number | null, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, stopsBefore: number | null, lateByMinutes: number | null, lateRecovered: boolean, actualArrival: string | null, actualDeparture: string | null, proofOfDelivery: Array<{ label: string, value: string }> | null }>, cargo: Array<{ description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }> | null, palletScans: Array<{ palletBarcode: string, event: PalletScanEvent, scannedAt: string, stopName: string | null }> | null, customFields: Array<{ label: string, value: string }> | null, extraFields: Array<{ label: string, value: string }> | null, photos: Array<{ label: string, value: string }> | null, feedback: Array<{ label: string, value: string }> | null, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null }
    | { __typename: 'TrackingUnavailable', reason: UnavailableReason, message: string }
   };

export type TrackingUpdatesSubscriptionVariables = Exact<{
  token: string;
}>;


export type TrackingUpdatesSubscription = { trackingUpdates: { kind: TrackingUpdateKind, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null, page:
      | { __typename: 'TrackingPage', reference: string, status: ConsignmentStatus | null, progress: Array<ConsignmentStatus> | null, customerReference: string | null, containerNumber: string | null, transportService: string | null, notes: Array<string> | null, showMap: boolean, lastUpdatedAt: string, expiresAt: string, organization: { name: string, logoUrl: string | null, locale: string, brandColor: string | null, timezone: string }, stops: Array<{ type: StopType, name: string, address: string | null, latitude: number | null, longitude: number | null, timezone: string, reference: string | null, plannedArrival: string | null, plannedWindowEnd: string | null, estimatedArrival: string | null, etaEarliest: string | null, etaLatest: string | null, stopsBefore: number | null, lateByMinutes: number | null, lateRecovered: boolean, actualArrival: string | null, actualDeparture: string | null, proofOfDelivery: Array<{ label: string, value: string }> | null }>, cargo: Array<{ description: string, quantity: number, packagingType: PackagingType, weightKg: number | null }> | null, palletScans: Array<{ palletBarcode: string, event: PalletScanEvent, scannedAt: string, stopName: string | null }> | null, customFields: Array<{ label: string, value: string }> | null, extraFields: Array<{ label: string, value: string }> | null, photos: Array<{ label: string, value: string }> | null, feedback: Array<{ label: string, value: string }> | null, driverPosition: { latitude: number, longitude: number, heading: number | null, recordedAt: string } | null }
      | { __typename: 'TrackingUnavailable', reason: UnavailableReason, message: string }
     | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TrackingPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackingPageFields on TrackingPage {
  organization {
    name
    logoUrl
    locale
    brandColor
    timezone
  }
  reference
  status
  progress
  stops {
    type
    name
    address
    latitude
    longitude
    timezone
    reference
    plannedArrival
    plannedWindowEnd
    estimatedArrival
    etaEarliest
    etaLatest
    stopsBefore
    lateByMinutes
    lateRecovered
    actualArrival
    actualDeparture
    proofOfDelivery {
      label
      value
    }
  }
  cargo {
    description
    quantity
    packagingType
    weightKg
  }
  palletScans {
    palletBarcode
    event
    scannedAt
    stopName
  }
  customerReference
  containerNumber
  transportService
  customFields {
    label
    value
  }
  extraFields {
    label
    value
  }
  notes
  photos {
    label
    value
  }
  feedback {
    label
    value
  }
  showMap
  driverPosition {
    latitude
    longitude
    heading
    recordedAt
  }
  lastUpdatedAt
  expiresAt
}
    `, {"fragmentName":"TrackingPageFields"}) as unknown as TypedDocumentString<TrackingPageFieldsFragment, unknown>;
export const TrackingPageResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackingPageResultFields on TrackingPageResult {
  __typename
  ... on TrackingPage {
    ...TrackingPageFields
  }
  ... on TrackingUnavailable {
    reason
    message
  }
}
    fragment TrackingPageFields on TrackingPage {
  organization {
    name
    logoUrl
    locale
    brandColor
    timezone
  }
  reference
  status
  progress
  stops {
    type
    name
    address
    latitude
    longitude
    timezone
    reference
    plannedArrival
    plannedWindowEnd
    estimatedArrival
    etaEarliest
    etaLatest
    stopsBefore
    lateByMinutes
    lateRecovered
    actualArrival
    actualDeparture
    proofOfDelivery {
      label
      value
    }
  }
  cargo {
    description
    quantity
    packagingType
    weightKg
  }
  palletScans {
    palletBarcode
    event
    scannedAt
    stopName
  }
  customerReference
  containerNumber
  transportService
  customFields {
    label
    value
  }
  extraFields {
    label
    value
  }
  notes
  photos {
    label
    value
  }
  feedback {
    label
    value
  }
  showMap
  driverPosition {
    latitude
    longitude
    heading
    recordedAt
  }
  lastUpdatedAt
  expiresAt
}`, {"fragmentName":"TrackingPageResultFields"}) as unknown as TypedDocumentString<TrackingPageResultFieldsFragment, unknown>;
export const TrackingPageDocument = new TypedDocumentString(`
    query TrackingPage($token: String!) {
  trackingPage(token: $token) {
    ...TrackingPageResultFields
    ... on TrackingPage {
      consignments {
        ...TrackingPageFields
      }
    }
  }
}
    fragment TrackingPageFields on TrackingPage {
  organization {
    name
    logoUrl
    locale
    brandColor
    timezone
  }
  reference
  status
  progress
  stops {
    type
    name
    address
    latitude
    longitude
    timezone
    reference
    plannedArrival
    plannedWindowEnd
    estimatedArrival
    etaEarliest
    etaLatest
    stopsBefore
    lateByMinutes
    lateRecovered
    actualArrival
    actualDeparture
    proofOfDelivery {
      label
      value
    }
  }
  cargo {
    description
    quantity
    packagingType
    weightKg
  }
  palletScans {
    palletBarcode
    event
    scannedAt
    stopName
  }
  customerReference
  containerNumber
  transportService
  customFields {
    label
    value
  }
  extraFields {
    label
    value
  }
  notes
  photos {
    label
    value
  }
  feedback {
    label
    value
  }
  showMap
  driverPosition {
    latitude
    longitude
    heading
    recordedAt
  }
  lastUpdatedAt
  expiresAt
}
fragment TrackingPageResultFields on TrackingPageResult {
  __typename
  ... on TrackingPage {
    ...TrackingPageFields
  }
  ... on TrackingUnavailable {
    reason
    message
  }
}`) as unknown as TypedDocumentString<TrackingPageQuery, TrackingPageQueryVariables>;
export const TrackingUpdatesDocument = new TypedDocumentString(`
    subscription TrackingUpdates($token: String!) {
  trackingUpdates(token: $token) {
    kind
    driverPosition {
      latitude
      longitude
      heading
      recordedAt
    }
    page {
      ...TrackingPageResultFields
    }
  }
}
    fragment TrackingPageFields on TrackingPage {
  organization {
    name
    logoUrl
    locale
    brandColor
    timezone
  }
  reference
  status
  progress
  stops {
    type
    name
    address
    latitude
    longitude
    timezone
    reference
    plannedArrival
    plannedWindowEnd
    estimatedArrival
    etaEarliest
    etaLatest
    stopsBefore
    lateByMinutes
    lateRecovered
    actualArrival
    actualDeparture
    proofOfDelivery {
      label
      value
    }
  }
  cargo {
    description
    quantity
    packagingType
    weightKg
  }
  palletScans {
    palletBarcode
    event
    scannedAt
    stopName
  }
  customerReference
  containerNumber
  transportService
  customFields {
    label
    value
  }
  extraFields {
    label
    value
  }
  notes
  photos {
    label
    value
  }
  feedback {
    label
    value
  }
  showMap
  driverPosition {
    latitude
    longitude
    heading
    recordedAt
  }
  lastUpdatedAt
  expiresAt
}
fragment TrackingPageResultFields on TrackingPageResult {
  __typename
  ... on TrackingPage {
    ...TrackingPageFields
  }
  ... on TrackingUnavailable {
    reason
    message
  }
}`) as unknown as TypedDocumentString<TrackingUpdatesSubscription, TrackingUpdatesSubscriptionVariables>;