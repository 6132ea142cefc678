import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConsignmentStatus, PackagingType, PalletScanEvent, StopType } from '@tracklink/shared';

// The public surface's own view types: never entities, so nothing internal can leak through a
// field added to an entity later. A section the effective template hides resolves to null.
// They are plain data: a field reads the property of its name, with no resolver of its own.
const PLAIN = { simpleResolvers: true };

/** A time on the page: a Date, or text exactly as `Date#toISOString` writes it (from SQL). */
export type Instant = Date | string;


export enum UnavailableReason {
  EXPIRED = 'EXPIRED',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}
registerEnumType(UnavailableReason, {
  name: 'UnavailableReason',
  description: 'Why a tracking link shows no page.',
  valuesConfig: {
    EXPIRED: { description: "The link's expiry has passed." },
    NOT_AVAILABLE: { description: 'Unknown, revoked or deleted link, or tracking is off for the company.' },
  },
});

export enum TrackingUpdateKind {
  POSITION = 'POSITION',
  CHANGED = 'CHANGED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(TrackingUpdateKind, {
  name: 'TrackingUpdateKind',
  description: 'What a tracking update carries.',
  valuesConfig: {
    CHANGED: { description: 'The consignment changed: page holds the fresh, filtered page.' },
    POSITION: { description: 'The driver moved: driverPosition holds where.' },
    UNAVAILABLE: { description: 'The link stopped working: page holds why; the stream then ends.' },
  },
});

@ObjectType({ ...PLAIN, description: 'Why a link shows no page. Deliberately says no more: an unknown, revoked or deleted link all read NOT_AVAILABLE.' })
export class TrackingUnavailable {
  @Field(() => UnavailableReason, { description: 'EXPIRED or NOT_AVAILABLE.' }) reason!: UnavailableReason;
  @Field(() => String, { description: 'A short text for the recipient saying why.' }) message!: string;
}

@ObjectType({ ...PLAIN, description: 'The transport company behind a tracking page.' })
export class TrackingOrganization {
  @Field(() => String, { description: 'The company\'s name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The logo\'s URL; null: none.' }) logoUrl!: string | null;
  @Field(() => String, { description: 'BCP 47 locale for dates and numbers, e.g. "nl-NL".' }) locale!: string;
  @Field(() => String, { nullable: true, description: 'Brand colour as #rrggbb; null: the default.' }) brandColor!: string | null;
  @Field(() => String, { description: 'The company\'s IANA time zone, e.g. "Europe/Amsterdam".' }) timezone!: string;
}

@ObjectType({ ...PLAIN, description: 'A stop as the public page shows it (no contact details).' })
export class TrackingStop {
  @Field(() => StopType, { description: 'PICKUP or DELIVERY.' }) type!: StopType;
  @Field(() => String, { description: 'The place\'s name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The address; null: none.' }) address!: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS 84 latitude in degrees; null when the map is hidden.' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'WGS 84 longitude in degrees; null when the map is hidden.' }) longitude!: number | null;
  @Field(() => String, { description: 'IANA time zone of the place: show its times in it.' }) timezone!: string;
  @Field(() => String, { nullable: true, description: 'The stop\'s reference; null: none or hidden.' }) reference!: string | null;
  @Field(() => Date, { nullable: true, description: 'Start of the planned window; null: none or hidden.' }) plannedArrival!: Instant | null;
  @Field(() => Date, { nullable: true, description: 'End of the planned window; null: none or hidden.' }) plannedWindowEnd!: Instant | null;
  @Field(() => Date, { nullable: true, description: 'The current ETA; null: unknown or hidden.' }) estimatedArrival!: Instant | null;
  @Field(() => Date, {
    nullable: true,
    description: "Earliest expected arrival of the live ETA's window, to 5 minutes (shown with estimated times, until arrived); null: no window or hidden.",
  })
  etaEarliest!: Instant | null;
  @Field(() => Date, { nullable: true, description: "Latest expected arrival of the live ETA's window, to 5 minutes; null: no window or hidden." })
  etaLatest!: Instant | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "How many other stops the driver serves before this one: open stops of the driver's other consignments whose ETA (or planned time) comes first. " +
      'A count only, nothing of those consignments. Shown with estimated times, until arrived; null: no driver, not on its way, no time to order by, or hidden.',
  })
  stopsBefore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Running late by about this many minutes (shown with estimated times); null: not late.' })
  lateByMinutes!: number | null;
  @Field(() => Boolean, { description: 'The stop was running late and is back within its window (shown with estimated times).' })
  lateRecovered!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the vehicle arrived; null: not yet or hidden.' }) actualArrival!: Instant | null;
  @Field(() => Date, { nullable: true, description: 'When the vehicle left; null: not yet or hidden.' }) actualDeparture!: Instant | null;
  @Field(() => [TrackingField], {
    nullable: true,
    description:
      'The proof of delivery of a delivery stop, null when there is none yet or the template hides it: label is the key, value its text. ' +
      'receiverName; deliveredAt (ISO 8601); signature (its URL); photo (a URL, one field per photo, in order); latitude and longitude (only with the map). ' +
      'Image URLs are signed and work for a short while (POD_URL_TTL_SECONDS): a fresh page has fresh ones.',
  })
  proofOfDelivery!: TrackingField[] | null;
}

@ObjectType({ ...PLAIN, description: 'A cargo line as the public page shows it.' })
export class TrackingCargoLine {
  @Field(() => String, { description: 'What the goods are.' }) description!: string;
  @Field(() => Int, { description: 'Number of packages.' }) quantity!: number;
  @Field(() => PackagingType, { description: 'How they are packed.' }) packagingType!: PackagingType;
  @Field(() => Float, { nullable: true, description: 'Gross weight of the line in kilograms; null: not known.' }) weightKg!: number | null;
}

@ObjectType({ ...PLAIN, description: 'A pallet scan as the public page shows it.' })
export class TrackingPalletScan {
  @Field(() => String, { description: 'The pallet\'s barcode.' }) palletBarcode!: string;
  @Field(() => PalletScanEvent, { description: 'What the scan recorded.' }) event!: PalletScanEvent;
  @Field(() => Date, { description: 'When it was scanned.' }) scannedAt!: Instant;
  @Field(() => String, { nullable: true, description: 'The stop where it was scanned; null: between stops.' }) stopName!: string | null;
}

@ObjectType({ ...PLAIN, description: 'A label and a value on the public page.' })
export class TrackingField {
  @Field(() => String, { description: 'The label, e.g. a custom field\'s label or an extra field\'s key.' }) label!: string;
  @Field(() => String, { description: 'The value, text.' }) value!: string;
}

@ObjectType({ ...PLAIN, description: 'Where the driver of a consignment was last seen.' })
export class DriverPosition {
  @Field(() => Float, { description: 'WGS 84 latitude in degrees.' }) latitude!: number;
  @Field(() => Float, { description: 'WGS 84 longitude in degrees.' }) longitude!: number;
  @Field(() => Float, { nullable: true, description: 'Direction of travel in degrees clockwise from north, 0 to 360; null: not reported.' }) heading!: number | null;
  @Field(() => Date, { description: 'When the device recorded the fix.' }) recordedAt!: Instant;
}

@ObjectType({ ...PLAIN, description: 'What a tracking link shows: the consignment as its template allows. A section the template hides is null.' })
export class TrackingPage {
  @Field(() => TrackingOrganization, { description: 'The transport company.' }) organization!: TrackingOrganization;
  @Field(() => String, { description: 'The consignment\'s reference.' }) reference!: string;
  @Field(() => ConsignmentStatus, { nullable: true, description: 'The consignment\'s status; null: hidden.' }) status!: ConsignmentStatus | null;
  @Field(() => [ConsignmentStatus], {
    nullable: true,
    description: 'Steps reached so far of TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED; the last is the current one. Empty while DRAFT; [CANCELLED] when cancelled.',
  })
  progress!: ConsignmentStatus[] | null;
  @Field(() => [TrackingStop], { description: 'The stops in route order; their times are null when the template hides estimated times.' }) stops!: TrackingStop[];
  @Field(() => [TrackingCargoLine], { nullable: true, description: 'Cargo lines; null: hidden.' }) cargo!: TrackingCargoLine[] | null;
  @Field(() => [TrackingPalletScan], { nullable: true, description: 'Pallet scans, oldest first; null: hidden.' }) palletScans!: TrackingPalletScan[] | null;
  @Field(() => String, { nullable: true, description: 'The customer\'s reference; null: hidden or none.' }) customerReference!: string | null;
  @Field(() => String, { nullable: true, description: 'The container number; null: hidden or none.' }) containerNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The service booked; null: hidden or none.' }) transportService!: string | null;
  @Field(() => [TrackingField], { nullable: true, description: 'Custom fields with values; null: hidden.' }) customFields!: TrackingField[] | null;
  @Field(() => [TrackingField], { nullable: true, description: 'Extra fields; null: hidden.' }) extraFields!: TrackingField[] | null;
  @Field(() => [String], { nullable: true, description: 'Notes for the customer, oldest first.' }) notes!: string[] | null;
  @Field(() => [TrackingField], { nullable: true, description: 'Photos: label is the caption (may be empty), value the image URL.' })
  photos!: TrackingField[] | null;
  @Field(() => [TrackingField], {
    nullable: true,
    description:
      "The recipient's word back (sent with POST /public/feedback), null unless the template shows it: label is the key, value its text. " +
      'Always stage (INSTRUCTIONS before delivery, RATING once delivered, CLOSED when cancelled) and submissionsLeft; instructions, rating and comment once sent.',
  })
  feedback!: TrackingField[] | null;
  @Field(() => Boolean, { description: 'Stops carry coordinates only when the map is shown.' }) showMap!: boolean;
  @Field(() => DriverPosition, { nullable: true, description: 'Only while the consignment is IN_TRANSIT.' }) driverPosition!: DriverPosition | null;
  @Field(() => Date, { description: 'When the consignment last changed.' }) lastUpdatedAt!: Instant;
  @Field(() => Date, { description: 'When this link stops working.' }) expiresAt!: Instant;
  @Field(() => [TrackingPage], {
    nullable: true,
    description:
      "An order link's page: every consignment of the order (at most 100, oldest first, then by reference; deleted ones never), each filtered by the templates and the order link's options as its own page would be, its feedback null. " +
      "The order page itself then carries the order's reference, the organization and the times; its status, progress and sections are null and its stops empty. Null on a consignment's page.",
  })
  consignments!: TrackingPage[] | null;
}

/** Which member of TrackingPageResult a value is (by name: the schema keeps it synchronous). */
export const trackingPageResultType = (value: TrackingPage | TrackingUnavailable): string =>
  'reason' in value ? 'TrackingUnavailable' : 'TrackingPage';

export const TrackingPageResult = createUnionType({
  name: 'TrackingPageResult',
  description: 'A tracking page, or TrackingUnavailable when the link shows none (expired, revoked, unknown, or tracking is off).',
  types: () => [TrackingPage, TrackingUnavailable] as const,
  resolveType: trackingPageResultType,
});

@ObjectType({ ...PLAIN, description: 'POSITION: driverPosition set. CHANGED: page holds the fresh, filtered page. UNAVAILABLE: page holds the TrackingUnavailable; the stream then ends.' })
export class TrackingUpdate {
  @Field(() => TrackingUpdateKind, { description: 'What the update carries.' }) kind!: TrackingUpdateKind;
  @Field(() => DriverPosition, { nullable: true, description: 'The driver\'s new position, with kind POSITION; else null.' }) driverPosition!: DriverPosition | null;
  @Field(() => TrackingPageResult, { nullable: true, description: 'The fresh page (CHANGED) or the TrackingUnavailable (UNAVAILABLE); null with POSITION.' }) page!: TrackingPage | TrackingUnavailable | null;
}
