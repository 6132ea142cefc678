import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BillingStatus } from '@tracklink/shared';

@ObjectType({ description: 'A transport company using Tracklink.' })
@Entity('tenants')
export class Tenant {
  @Field(() => ID, { description: 'The tenant\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The company name, shown on tracking pages.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) URL of the logo shown on tracking pages; null: none.' })
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

  @Field(() => Boolean, { description: 'Whether public tracking is on (platform admins decide): off, pages show "not available" and no link emails are sent.' })
  @Column({ type: 'boolean', default: false })
  trackingIntegrationEnabled!: boolean;

  @Field(() => BillingStatus, { description: 'LOCKED: tracking pages show "not available" and link emails are not sent.' })
  @Column({ type: 'text', default: BillingStatus.ACTIVE })
  billingStatus!: BillingStatus;

  @Field(() => Int, { description: 'Days a link keeps working after its consignment\'s last update, 1 to 3650.' })
  @Column({ type: 'integer', default: 30 })
  linkLifetimeDays!: number;

  @Field(() => Boolean, { description: 'Whether each new consignment gets a default tracking link.' })
  @Column({ type: 'boolean', default: true })
  autoCreateLinks!: boolean;

  @Field(() => Boolean, { description: 'Whether each new order gets an order link: one public page showing every consignment of the order. Off by default.' })
  @Column({ type: 'boolean', default: false })
  orderLinksEnabled!: boolean;

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

  @Field(() => Boolean, {
    description: "Whether the departure from a consignment's last PICKUP stop (detected or typed in) moves a TO_PLAN or PLANNED consignment to IN_TRANSIT, step by step along the status flow. Default off.",
  })
  @Column({ type: 'boolean', default: false })
  inTransitOnPickupDeparture!: boolean;

  @Field(() => Boolean, {
    description: "Whether the arrival at a consignment's last DELIVERY stop offers DELIVERED to the dispatcher (Consignment.deliveryDetectedAt); it never sets DELIVERED by itself. Default off.",
  })
  @Column({ type: 'boolean', default: false })
  offerDeliveredOnArrival!: boolean;

  @Field(() => Int, { description: "A recipient's rating at or below this (1 to 4) is a low rating: it triggers the LOW_RATING contact tasks." })
  @Column({ type: 'integer', default: 2 })
  lowRatingThreshold!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Days the drivers' positions are kept and shown, 1 to 730; older ones are removed and refused as they arrive. Null: the installation's default (POSITION_RETENTION_DAYS, 90 unless set).",
  })
  @Column({ type: 'integer', nullable: true })
  positionRetentionDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Days a delivered consignment's track is kept after its delivery, 1 to 730: the positions of the driver who delivered it from when it went in transit until it was delivered, except those that also belong to another consignment of the driver still in transit or delivered more recently. Null: no policy of its own; the positions go with positionRetentionDays.",
  })
  @Column({ type: 'integer', nullable: true })
  deliveredTrackRetentionDays!: number | null;

  @Field(() => Date, { description: 'When the tenant was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the tenant\'s settings last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
