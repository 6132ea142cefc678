import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConsignmentStatus } from '@tracklink/shared';

export interface KeyValue {
  key: string;
  value: string;
}

@ObjectType()
@Entity('consignments')
@Index(['tenantId', 'createdAt'])
export class Consignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reference!: string;

  @Field(() => ConsignmentStatus)
  @Column({ type: 'text', default: ConsignmentStatus.DRAFT })
  status!: ConsignmentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  customerReference!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  containerNumber!: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  vehiclePlate!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Moved by database triggers on every change of the consignment or its children. */
  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
