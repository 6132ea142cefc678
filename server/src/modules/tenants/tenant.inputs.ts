import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class CreateTenantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. "NL".' })
  country!: string;

  @Field(() => String)
  adminEmail!: string;

  @Field(() => String)
  adminPassword!: string;

  @Field(() => String, { nullable: true })
  defaultLanguage?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;
}

/** Null fields leave the setting as it is. */
@InputType()
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  brandColor?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  defaultLanguage?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => Int, { nullable: true })
  linkLifetimeDays?: number | null;

  @Field(() => Boolean, { nullable: true })
  autoCreateLinks?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Default geofence radius in metres, 10 to 5000.' })
  geofenceRadiusM?: number | null;

  @Field(() => Int, { nullable: true, description: 'Dwell before arrival, in seconds, 30 to 3600.' })
  geofenceDwellSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Time outside before departure, in seconds, 30 to 3600.' })
  geofenceExitSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes past the planned window before a stop runs late, 1 to 240.' })
  lateThresholdMinutes?: number | null;
}
