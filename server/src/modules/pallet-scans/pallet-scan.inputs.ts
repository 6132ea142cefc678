import { connectionType } from '../../graphql/page-info';
import { PalletScan } from './pallet-scan.entity';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RefusedItem } from '../../graphql/refused-item';
import { PalletScanEvent } from '@tracklink/shared';

@InputType({ description: 'A pallet scan to record.' })
export class PalletScanInput {
  @Field(() => String, { description: 'Made by the client; a known id is a duplicate, not stored twice.' })
  clientId!: string;

  @Field(() => ID, { description: 'The consignment the pallet belongs to (of the caller\'s tenant).' })
  consignmentId!: string;

  @Field(() => String, { description: 'The barcode as scanned (required).' })
  palletBarcode!: string;

  @Field(() => PalletScanEvent, { description: 'What the scan records.' })
  event!: PalletScanEvent;

  @Field(() => Date, { description: 'When the device scanned it: not before 2000 and not in the future (a little clock skew is allowed).' })
  scannedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The consignment\'s stop where it was scanned; null: between stops.' })
  stopId?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS 84 latitude in degrees, -90 to 90; null: unknown.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS 84 longitude in degrees, -180 to 180; null: unknown.' })
  longitude?: number | null;
}

@ObjectType({ description: 'What recordPalletScans did with a batch.' })
export class PalletScanReport {
  @Field(() => Int, { description: 'Items stored by this call.' })
  accepted!: number;

  @Field(() => Int, { description: 'Items already stored before (a replay): not stored again.' })
  duplicates!: number;

  @Field(() => [RefusedItem], { description: 'Items not stored, each with why; send them again only once corrected.' })
  refused!: RefusedItem[];
}

export const PalletScanConnection = connectionType(PalletScan, 'PalletScan', 'pallet scans of a consignment', 'by scannedAt, oldest first');
