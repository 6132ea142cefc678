import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PalletScanEvent } from '@tracklink/shared';

/** A pallet barcode scan from a driver app; idempotent by (tenant, clientId). */
@ObjectType({ description: 'A scan of a pallet\'s barcode at a moment of its journey.' })
@Entity('pallet_scans')
@Unique(['tenantId', 'clientId'])
@Index(['consignmentId', 'scannedAt'])
export class PalletScan {
  @Field(() => ID, { description: 'The scan\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  stopId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  driverId!: string | null;

  @Column({ type: 'text' })
  clientId!: string;

  @Field(() => String, { description: 'The pallet\'s barcode (e.g. an SSCC), as scanned.' })
  @Column({ type: 'text' })
  palletBarcode!: string;

  @Field(() => PalletScanEvent, { description: 'What the scan recorded.' })
  @Column({ type: 'text' })
  event!: PalletScanEvent;

  @Field(() => Date, { description: 'When the device scanned it.' })
  @Column({ type: 'timestamptz' })
  scannedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'WGS 84 latitude in degrees where it was scanned; null: not reported.' })
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS 84 longitude in degrees where it was scanned; null: not reported.' })
  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
