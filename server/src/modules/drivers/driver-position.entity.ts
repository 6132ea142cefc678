import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One reported position. Idempotent by (driver, clientId); the latest is the greatest recordedAt. */
@ObjectType('StaffDriverPosition')
@Entity('driver_positions')
@Unique(['driverId', 'clientId'])
@Index(['driverId', 'recordedAt'])
export class DriverPositionRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  driverId!: string;

  @Column({ type: 'text' })
  clientId!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude!: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude!: number;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'real', nullable: true })
  heading!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'real', nullable: true })
  speedKmh!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'real', nullable: true })
  accuracyM!: number | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
