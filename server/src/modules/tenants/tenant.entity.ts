import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BillingStatus } from '@tracklink/shared';

@ObjectType({ description: 'A transport company using Tracklink.' })
@Entity('tenants')
export class Tenant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Brand colour as #rrggbb.' })
  @Column({ type: 'text', nullable: true })
  brandColor!: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code; drives date and number formats.' })
  @Column({ type: 'text' })
  country!: string;

  @Field(() => String, { description: 'BCP 47 language tag, e.g. "en" or "nl".' })
  @Column({ type: 'text', default: 'en' })
  defaultLanguage!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. "Europe/Amsterdam".' })
  @Column({ type: 'text', default: 'UTC' })
  timezone!: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  trackingIntegrationEnabled!: boolean;

  @Field(() => BillingStatus)
  @Column({ type: 'text', default: BillingStatus.ACTIVE })
  billingStatus!: BillingStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 30 })
  linkLifetimeDays!: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  autoCreateLinks!: boolean;

  @Field(() => Int, { description: 'Default geofence radius of a stop, in metres: arrival and departure are detected from the assigned driver\'s positions within it.' })
  @Column({ type: 'integer', default: 150 })
  geofenceRadiusM!: number;

  @Field(() => Int, { description: 'Seconds within a stop\'s geofence before the stop counts as arrived.' })
  @Column({ type: 'integer', default: 120 })
  geofenceDwellSeconds!: number;

  @Field(() => Int, { description: 'Seconds outside a stop\'s geofence, after arriving, before the stop counts as departed.' })
  @Column({ type: 'integer', default: 180 })
  geofenceExitSeconds!: number;

  @Field(() => Int, { description: "Minutes a stop's live ETA may pass its planned window's end before the stop is running late (ETA_LATE)." })
  @Column({ type: 'integer', default: 15 })
  lateThresholdMinutes!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
