import type { TrackingPageQuery, TrackingUpdatesSubscription } from '../../gql-public/graphql';

// The public API's shapes, as the documents in tracking.graphql select them: derived from the
// types that codegen writes into src/gql-public/, never written out by hand. The page the
// components show differs in three sections; wire.ts adapts those.
// Scalars: DateTimeISO arrives as an ISO 8601 string in UTC.

type Item<List> = NonNullable<List> extends readonly (infer T)[] ? T : never;

/** What the query answers for a token: the page, or why there is none. */
export type WireTrackingPageResult = TrackingPageQuery['trackingPage'];
/** The page as the API sends it. Every nullable section is null when the template hides it. */
export type WireTrackingPage = Extract<WireTrackingPageResult, { __typename: 'TrackingPage' }>;
export type TrackingUnavailable = Extract<WireTrackingPageResult, { __typename: 'TrackingUnavailable' }>;
/** One message of the `trackingUpdates` subscription. */
export type WireTrackingUpdate = TrackingUpdatesSubscription['trackingUpdates'];

export type Status = NonNullable<WireTrackingPage['status']>;
export type UnavailableReason = TrackingUnavailable['reason'];
export type TrackingOrganization = WireTrackingPage['organization'];
export type TrackingStop = Item<WireTrackingPage['stops']>;
export type TrackingCargoLine = Item<WireTrackingPage['cargo']>;
export type TrackingPalletScan = Item<WireTrackingPage['palletScans']>;
export type TrackingField = Item<WireTrackingPage['customFields']>;
export type DriverPosition = NonNullable<WireTrackingPage['driverPosition']>;
