import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RefusedItem } from '../../graphql/refused-item';
import { PalletScanEvent } from '@tracklink/shared';

@InputType()
export class PalletScanInput {
  @Field(() => String, { description: 'Made by the client; a known id is a duplicate, not stored twice.' })
  clientId!: string;

  @Field(() => ID)
  consignmentId!: string;

  @Field(() => String)
  palletBarcode!: string;

  @Field(() => PalletScanEvent)
  event!: PalletScanEvent;

  @Field(() => Date)
  scannedAt!: Date;

  @Field(() => ID, { nullable: true })
  stopId?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

@ObjectType()
export class PalletScanReport {
  @Field(() => Int, { description: 'Items stored by this call.' })
  accepted!: number;

  @Field(() => Int, { description: 'Items already stored before (a replay): not stored again.' })
  duplicates!: number;

  @Field(() => [RefusedItem], { description: 'Items not stored, each with why; send them again only once corrected.' })
  refused!: RefusedItem[];
}
