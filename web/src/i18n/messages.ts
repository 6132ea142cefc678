import type { ConsignmentStatus, PackagingType, PalletScanEvent, StopType } from '@tracklink/shared';

// The shape every catalogue must fill in. Catalogues are typed `Messages`, so a missing or
// misspelt key is a compile error. `{name}` placeholders are filled by `interpolate`.
// Enum-keyed groups use the wire values (e.g. 'IN_TRANSIT') as keys.

export const LANGUAGES = ['en', 'nl', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  states: {
    loading: string;
    expiredTitle: string;
    expiredBody: string;
    notAvailableTitle: string;
    notAvailableBody: string;
    errorTitle: string;
    errorBody: string;
    rateLimitedTitle: string;
    rateLimitedBody: string;
    /** {when}: a relative time such as "in 30 seconds". */
    retryingAutomatically: string;
    retry: string;
    crashTitle: string;
    crashBody: string;
    reload: string;
  };
  page: {
    /** {reference}: the consignment reference. Used as the page heading. */
    title: string;
    status: string;
    progress: string;
    stepDone: string;
    stepCurrent: string;
    stepUpcoming: string;
    /** {time}: absolute time; {when}: relative time. */
    lastUpdated: string;
    connectionLive: string;
    connectionPolling: string;
    connectionOffline: string;
    deliveredAt: string;
    expectedArrival: string;
    plannedDelivery: string;
    /** {date}: when the link stops working. */
    validUntil: string;
  };
  stops: {
    heading: string;
    reference: string;
    planned: string;
    /** {time}: the end of a planned window that has no start. */
    plannedUntil: string;
    estimated: string;
    /** {minutes}: about how late the stop's ETA is past its planned window. */
    runningLate: string;
    /** The stop was running late and is back within its window. */
    backOnSchedule: string;
    /** {window}: the live ETA's expected window, e.g. "Wed 12 Mar, 14:20–14:50 CET". */
    expectedWindow: string;
    /** The driver serves one other stop before this one. */
    stopsBeforeOne: string;
    /** {count}: how many other stops the driver serves before this one. */
    stopsBeforeMany: string;
    arrived: string;
    departed: string;
  };
  cargo: {
    heading: string;
    description: string;
    quantity: string;
    packaging: string;
    weight: string;
    total: string;
  };
  scans: {
    heading: string;
    pallet: string;
    event: string;
    time: string;
    stop: string;
    /** {count}: the number of scans. */
    showAll: string;
    showFewer: string;
  };
  details: {
    heading: string;
    customerReference: string;
    containerNumber: string;
    transportService: string;
  };
  notes: {
    heading: string;
  };
  /** The recipient's word back: instructions before delivery, a rating after it. */
  feedback: {
    instructionsHeading: string;
    instructionsLabel: string;
    ratingHeading: string;
    ratingLegend: string;
    commentLabel: string;
    send: string;
    sending: string;
    saved: string;
    /** {count}: messages the link still takes. */
    left: string;
    noMore: string;
    tooMany: string;
    invalid: string;
    failed: string;
  };
  photos: {
    heading: string;
    /** {number}: 1-based position, for photos without a caption. */
    untitled: string;
    opensFullSize: string;
  };
  proofOfDelivery: {
    /** The card's title: the goods were delivered. */
    heading: string;
    /** {stop}: the delivery stop's name, when the consignment has more than one. */
    headingAt: string;
    receivedBy: string;
    deliveredAt: string;
    /** Where the delivery was recorded: latitude, longitude. */
    position: string;
    signature: string;
    /** {name}: the receiver's name; the signature image's alt text. */
    signatureAlt: string;
    photos: string;
    /** {number} of {count}: a delivery photo's alt text. */
    photoAlt: string;
  };
  order: {
    /** {reference}: the order reference. Used as the heading of an order link's page. */
    title: string;
    /** {count}: how many shipments the order's page lists. */
    shipments: string;
    /** The next arrival expected of a shipment (its next stop not yet reached). */
    nextEta: string;
    /** A shipment with no time known for its next stop. */
    noEta: string;
    /** The accessible name of the order's map. */
    mapLabel: string;
  };
  map: {
    heading: string;
    /** The map's accessible name. */
    label: string;
    driver: string;
    /** {when}: relative time, e.g. "3 minutes ago". */
    driverUpdated: string;
    /** {distance}: formatted distance; {stop}: stop name. */
    driverDistance: string;
    /** {when}: relative time. Shown when the position is older than 5 minutes. */
    stale: string;
  };
  time: {
    /** A moment less than a minute ago, as in "updated just now". */
    justNow: string;
  };
  statusNames: Record<`${ConsignmentStatus}`, string>;
  stopTypes: Record<`${StopType}`, string>;
  packagingTypes: Record<`${PackagingType}`, string>;
  scanEvents: Record<`${PalletScanEvent}`, string>;
}
