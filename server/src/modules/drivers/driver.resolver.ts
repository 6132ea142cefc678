import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { REPORTERS, TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { refusedItems } from '../../graphql/refused-item';
import { DriverPositionRecord } from './driver-position.entity';
import { Driver } from './driver.entity';
import { CreateDriverInput, DriverCredentials, DriverDeviceKey, PositionInput, PositionReport } from './driver.inputs';

@Resolver(() => Driver)
export class DriverResolver {
  @Authorized(...TENANT_API)
  @Query(() => [Driver])
  drivers(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<Driver[]> {
    return ctx.services.drivers.list(scope);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => DriverCredentials, { description: 'A driver and the token for their app (shown once).' })
  createDriver(@CurrentScope() scope: TenantScope, @Arg('input', () => CreateDriverInput) input: CreateDriverInput, @Ctx() ctx: Context): Promise<DriverCredentials> {
    return ctx.services.drivers.create(scope, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => DriverDeviceKey, {
    description:
      "A new device key for the driver: the identifier to type into Traccar Client or OsmAnd with the URL beside it. Shown once; it replaces the driver's previous key, which stops working.",
  })
  createDriverDeviceKey(@CurrentScope() scope: TenantScope, @Arg('driverId', () => ID) driverId: string, @Ctx() ctx: Context): Promise<DriverDeviceKey> {
    return ctx.services.drivers.createDeviceKey(scope, driverId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Driver, { description: "The driver's device key stops working at once (the driver token is not touched)." })
  revokeDriverDeviceKey(@CurrentScope() scope: TenantScope, @Arg('driverId', () => ID) driverId: string, @Ctx() ctx: Context): Promise<Driver> {
    return ctx.services.drivers.revokeDeviceKey(scope, driverId);
  }

  @FieldResolver(() => String, {
    description: 'The server URL to type into Traccar Client ("Server URL") or OsmAnd; its identifier is the device key (createDriverDeviceKey).',
  })
  deviceAppUrl(@Ctx() ctx: Context): string {
    return ctx.services.drivers.deviceAppUrl;
  }

  @Authorized(...REPORTERS)
  @Mutation(() => PositionReport, { description: 'Idempotent by clientId: replays count as duplicates. A bad position is refused by its index; the rest are stored.' })
  async reportPositions(
    @CurrentScope() scope: TenantScope,
    @Arg('positions', () => [PositionInput]) positions: PositionInput[],
    @Ctx() ctx: Context,
  ): Promise<PositionReport> {
    const report = await ctx.services.drivers.reportPositions(scope, positions);
    ctx.metrics.ingest('positions', report);
    return { accepted: report.accepted, duplicates: report.duplicates, refused: refusedItems(report.refused) };
  }

  @FieldResolver(() => DriverPositionRecord, { nullable: true, description: 'The position with the greatest recordedAt.' })
  latestPosition(@Root() driver: Driver, @Ctx() ctx: Context): Promise<DriverPositionRecord | null> {
    return ctx.loaders.latestPosition.load(driver.id);
  }
}
