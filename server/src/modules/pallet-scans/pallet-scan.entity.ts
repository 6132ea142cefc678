import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PalletScanEvent } from '@tracklink/shared';

/** A pallet barcode scan from a driver app; idempotent by (tenant, clientId). */
@ObjectType()
@Entity('pallet_scans')
@Unique(['tenantId', 'clientId'])
@Index(['consignmentId', 'scannedAt'])
export class PalletScan {
  @Field(() => ID)
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

  @Field(() => String)
  @Column({ type: 'text' })
  palletBarcode!: string;

  @Field(() => PalletScanEvent)
  @Column({ type: 'text' })
  event!: PalletScanEvent;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  scannedAt!: Date;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
