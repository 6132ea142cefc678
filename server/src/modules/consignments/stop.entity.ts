import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StopTimeSource, StopType } from '@tracklink/shared';

@ObjectType()
@Entity('stops')
@Index(['consignmentId', 'sequence'], { unique: true })
export class Stop {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sequence!: number;

  @Field(() => StopType)
  @Column({ type: 'text' })
  type!: StopType;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude!: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude!: number;

  @Field(() => String)
  @Column({ type: 'text', default: 'UTC' })
  timezone!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the planned window.' })
  @Column({ type: 'timestamptz', nullable: true })
  plannedArrival!: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the planned window.' })
  @Column({ type: 'timestamptz', nullable: true })
  plannedWindowEnd!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  estimatedArrival!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  actualArrival!: Date | null;

  @Field(() => StopTimeSource, { nullable: true, description: 'Where actualArrival came from; null while it is unknown.' })
  @Column({ type: 'text', nullable: true })
  arrivalSource!: StopTimeSource | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  actualDeparture!: Date | null;

  @Field(() => StopTimeSource, { nullable: true, description: 'Where actualDeparture came from; null while it is unknown.' })
  @Column({ type: 'text', nullable: true })
  departureSource!: StopTimeSource | null;

  @Field(() => Int, {
    nullable: true,
    description: "This stop's geofence radius in metres for arrival and departure detection; null: the tenant's default (geofenceRadiusM).",
  })
  @Column({ type: 'integer', nullable: true })
  geofenceRadiusM!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Running late by about this many minutes: the live ETA is past the planned window's end by more than the tenant's lateThresholdMinutes. Null: not late.",
  })
  @Column({ type: 'integer', nullable: true })
  lateByMinutes!: number | null;

  @Field(() => Int, { description: 'How many times the stop became late (each one an ETA_LATE occasion). Above 0 with lateByMinutes null: it recovered.' })
  @Column({ type: 'integer', default: 0 })
  lateEpisodes!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone!: string | null;
}
