import { connectionType } from '../../graphql/page-info';
import { Tenant } from './tenant.entity';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new tenant and its first super admin.' })
export class CreateTenantInput {
  @Field(() => String, { description: 'The transport company\'s name, shown on tracking pages.' })
  name!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. "NL".' })
  country!: string;

  @Field(() => String, { description: 'Email address of the first super admin; they sign in with it.' })
  adminEmail!: string;

  @Field(() => String, { description: 'Password of the first super admin, at least 12 characters.' })
  adminPassword!: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 language of emails and pages, e.g. "nl"; default "en".' })
  defaultLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Amsterdam"; default UTC.' })
  timezone?: string | null;
}

/** Null fields leave the setting as it is. */
@InputType({ description: 'Changes to the caller\'s tenant\'s settings; null fields stay as they are.' })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true, description: 'The company name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  brandColor?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "NL".' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language, e.g. "nl".' })
  defaultLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Amsterdam".' })
  timezone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days a link keeps working after its consignment\'s last update, 1 to 3650.' })
  linkLifetimeDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new consignments get a default link.' })
  autoCreateLinks?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new orders get an order link (createMissingOrderLinks makes them for existing orders).' })
  orderLinksEnabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Default geofence radius in metres, 10 to 5000.' })
  geofenceRadiusM?: number | null;

  @Field(() => Int, { nullable: true, description: 'Dwell before arrival, in seconds, 30 to 3600.' })
  geofenceDwellSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Time outside before departure, in seconds, 30 to 3600.' })
  geofenceExitSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes past the planned window before a stop runs late, 1 to 240.' })
  lateThresholdMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether leaving the last pickup moves a consignment to IN_TRANSIT.' })
  inTransitOnPickupDeparture?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether arriving at the last delivery offers DELIVERED to the dispatcher.' })
  offerDeliveredOnArrival?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The rating at or below which a recipient\'s rating is low (LOW_RATING tasks), 1 to 4.' })
  lowRatingThreshold?: number | null;

  @Field(() => Int, { nullable: true, description: "Days positions are kept, 1 to 730; 0 goes back to the installation's default." })
  positionRetentionDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Days a delivered consignment's track is kept after its delivery, 1 to 730; 0 removes the policy." })
  deliveredTrackRetentionDays?: number | null;
}

export const TenantConnection = connectionType(Tenant, 'Tenant', 'tenants', 'by name');
