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
registerEnumType(UnavailableReason, { name: 'UnavailableReason' });

export enum TrackingUpdateKind {
  POSITION = 'POSITION',
  CHANGED = 'CHANGED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(TrackingUpdateKind, { name: 'TrackingUpdateKind' });

@ObjectType(PLAIN)
export class TrackingUnavailable {
  @Field(() => UnavailableReason) reason!: UnavailableReason;
  @Field(() => String) message!: string;
}

@ObjectType(PLAIN)
export class TrackingOrganization {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => String, { description: 'BCP 47 locale for dates and numbers, e.g. "nl-NL".' }) locale!: string;
  @Field(() => String, { nullable: true }) brandColor!: string | null;
  @Field(() => String) timezone!: string;
}

@ObjectType(PLAIN)
export class TrackingStop {
  @Field(() => StopType) type!: StopType;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => String) timezone!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => Date, { nullable: true }) plannedArrival!: Instant | null;
  @Field(() => Date, { nullable: true }) plannedWindowEnd!: Instant | null;
  @Field(() => Date, { nullable: true }) estimatedArrival!: Instant | null;
  @Field(() => Int, { nullable: true, description: 'Running late by about this many minutes (shown with estimated times); null: not late.' })
  lateByMinutes!: number | null;
  @Field(() => Boolean, { description: 'The stop was running late and is back within its window (shown with estimated times).' })
  lateRecovered!: boolean;
  @Field(() => Date, { nullable: true }) actualArrival!: Instant | null;
  @Field(() => Date, { nullable: true }) actualDeparture!: Instant | null;
}

@ObjectType(PLAIN)
export class TrackingCargoLine {
  @Field(() => String) description!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => PackagingType) packagingType!: PackagingType;
  @Field(() => Float, { nullable: true }) weightKg!: number | null;
}

@ObjectType(PLAIN)
export class TrackingPalletScan {
  @Field(() => String) palletBarcode!: string;
  @Field(() => PalletScanEvent) event!: PalletScanEvent;
  @Field(() => Date) scannedAt!: Instant;
  @Field(() => String, { nullable: true }) stopName!: string | null;
}

@ObjectType(PLAIN)
export class TrackingField {
  @Field(() => String) label!: string;
  @Field(() => String) value!: string;
}

@ObjectType(PLAIN)
export class DriverPosition {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
  @Field(() => Float, { nullable: true }) heading!: number | null;
  @Field(() => Date) recordedAt!: Instant;
}

@ObjectType(PLAIN)
export class TrackingPage {
  @Field(() => TrackingOrganization) organization!: TrackingOrganization;
  @Field(() => String) reference!: string;
  @Field(() => ConsignmentStatus, { nullable: true }) status!: ConsignmentStatus | null;
  @Field(() => [ConsignmentStatus], {
    nullable: true,
    description: 'Steps reached so far of TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED; the last is the current one. Empty while DRAFT; [CANCELLED] when cancelled.',
  })
  progress!: ConsignmentStatus[] | null;
  @Field(() => [TrackingStop]) stops!: TrackingStop[];
  @Field(() => [TrackingCargoLine], { nullable: true }) cargo!: TrackingCargoLine[] | null;
  @Field(() => [TrackingPalletScan], { nullable: true }) palletScans!: TrackingPalletScan[] | null;
  @Field(() => String, { nullable: true }) customerReference!: string | null;
  @Field(() => String, { nullable: true }) containerNumber!: string | null;
  @Field(() => String, { nullable: true }) transportService!: string | null;
  @Field(() => [TrackingField], { nullable: true }) customFields!: TrackingField[] | null;
  @Field(() => [TrackingField], { nullable: true }) extraFields!: TrackingField[] | null;
  @Field(() => [String], { nullable: true, description: 'Notes for the customer, oldest first.' }) notes!: string[] | null;
  @Field(() => [TrackingField], { nullable: true, description: 'Photos: label is the caption (may be empty), value the image URL.' })
  photos!: TrackingField[] | null;
  @Field(() => Boolean, { description: 'Stops carry coordinates only when the map is shown.' }) showMap!: boolean;
  @Field(() => DriverPosition, { nullable: true, description: 'Only while the consignment is IN_TRANSIT.' }) driverPosition!: DriverPosition | null;
  @Field(() => Date) lastUpdatedAt!: Instant;
  @Field(() => Date) expiresAt!: Instant;
}

/** Which member of TrackingPageResult a value is (by name: the schema keeps it synchronous). */
export const trackingPageResultType = (value: TrackingPage | TrackingUnavailable): string =>
  'reason' in value ? 'TrackingUnavailable' : 'TrackingPage';

export const TrackingPageResult = createUnionType({
  name: 'TrackingPageResult',
  types: () => [TrackingPage, TrackingUnavailable] as const,
  resolveType: trackingPageResultType,
});

@ObjectType({ ...PLAIN, description: 'POSITION: driverPosition set. CHANGED: page holds the fresh, filtered page. UNAVAILABLE: page holds the TrackingUnavailable; the stream then ends.' })
export class TrackingUpdate {
  @Field(() => TrackingUpdateKind) kind!: TrackingUpdateKind;
  @Field(() => DriverPosition, { nullable: true }) driverPosition!: DriverPosition | null;
  @Field(() => TrackingPageResult, { nullable: true }) page!: TrackingPage | TrackingUnavailable | null;
}
