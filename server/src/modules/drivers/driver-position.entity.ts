import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One reported position, in a table partitioned by day of recordedAt. Keyed and idempotent by
 * (driver, recordedAt, clientId), the client id in the key as its 64-bit hash (`client_key`, a
 * generated column: migrations/1765330000000-position-partitions.ts); the latest is the
 * greatest recordedAt (then the greater client_key, an order of no meaning that is the same everywhere).
 */
@ObjectType('StaffDriverPosition', { description: 'A stored GPS fix of a driver, for staff.' })
@Entity('driver_positions')
export class DriverPositionRecord {
  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => ID, { description: 'The driver it is of.' })
  @PrimaryColumn({ type: 'uuid' })
  driverId!: string;

  @PrimaryColumn({ type: 'text' })
  clientId!: string;

  @Field(() => Float, { description: 'WGS 84 latitude in degrees.' })
  @Column({ type: 'double precision' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS 84 longitude in degrees.' })
  @Column({ type: 'double precision' })
  longitude!: number;

  @Field(() => Float, { nullable: true, description: 'Direction of travel in degrees clockwise from north, 0 to 360; null: not reported.' })
  @Column({ type: 'real', nullable: true })
  heading!: number | null;

  @Field(() => Float, { nullable: true, description: 'Speed in km/h; null: not reported.' })
  @Column({ type: 'real', nullable: true })
  speedKmh!: number | null;

  @Field(() => Float, { nullable: true, description: 'Horizontal accuracy radius in metres; null: not reported.' })
  @Column({ type: 'real', nullable: true })
  accuracyM!: number | null;

  @Field(() => Date, { description: 'When the device recorded the fix.' })
  @PrimaryColumn({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
