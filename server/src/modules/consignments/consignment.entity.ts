import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConsignmentStatus } from '@tracklink/shared';
import type { FieldReads } from '../../db/raw-rows';

export interface KeyValue {
  key: string;
  value: string;
}

@ObjectType({ simpleResolvers: true, description: 'A shipment of one order: its stops in route order, cargo, status, driver and tracking links. Readable by the tenant\'s staff and API keys.' })
@Entity('consignments')
@Index(['tenantId', 'createdAt'])
export class Consignment {
  @Field(() => ID, { description: 'The consignment\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @Field(() => String, { description: 'The tenant\'s reference for the consignment.' })
  @Column({ type: 'text' })
  reference!: string;

  @Field(() => ConsignmentStatus, { description: 'Where the consignment is in its flow; see allowedNextStatuses and setConsignmentStatus.' })
  @Column({ type: 'text', default: ConsignmentStatus.DRAFT })
  status!: ConsignmentStatus;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the arrival at the last DELIVERY stop was recorded, with the tenant's offerDeliveredOnArrival on: delivery detected, for the dispatcher to confirm " +
      '(setConsignmentStatus to DELIVERED). Never sets DELIVERED by itself; cleared when the status changes. Null: nothing to confirm.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  deliveryDetectedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s own reference for this shipment (shown on the public page when the template allows).' })
  @Column({ type: 'text', nullable: true })
  customerReference!: string | null;

  @Field(() => String, { nullable: true, description: 'The ISO 6346 container number, if the goods travel in a container.' })
  @Column({ type: 'text', nullable: true })
  containerNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The service booked, free text (e.g. "Express", "Groupage").' })
  @Column({ type: 'text', nullable: true })
  transportService!: string | null;

  /** Values of the tenant's custom fields, by key. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  customFields!: Record<string, string>;

  /** Free key/value pairs, in the order given. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  extraFields!: KeyValue[];

  // Internal-only data: staff fields, never part of any public type.
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  price!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  cost!: string | null;

  @Column({ type: 'text', nullable: true })
  internalNotes!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  driverId!: string | null;

  @Field(() => String, { nullable: true, description: 'The licence plate of the vehicle carrying it, free text.' })
  @Column({ type: 'text', nullable: true })
  vehiclePlate!: string | null;

  @Field(() => Date, { description: 'When the consignment was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Moved by database triggers on every change of the consignment or its children. */
  @Field(() => Date, { description: 'When the consignment or any of its stops, cargo, notes, photos or scans last changed; tracking links expire relative to it.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/**
 * What the Consignment type's field resolvers read of a consignment (db/raw-rows
 * `propertiesFor`); every other field is the property of its name. A field resolver added
 * anywhere without an entry here is handed every column.
 */
export const CONSIGNMENT_FIELD_READS: FieldReads = {
  allowedNextStatuses: ['status'],
  order: ['orderId'],
  stops: ['id'],
  cargo: ['id'],
  notes: ['id'],
  notesConnection: ['id'],
  photos: ['id'],
  photosConnection: ['id'],
  palletScans: ['id'],
  palletScansConnection: ['id'],
  recipientFeedback: ['id'],
  trackingLinks: ['id'],
  trackingLinksConnection: ['id'],
  customFields: ['tenantId', 'customFields'],
  driver: ['driverId'],
  driverPosition: ['driverId'],
};
