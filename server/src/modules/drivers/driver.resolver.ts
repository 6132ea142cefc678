import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { REPORTERS, TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import { PlainArg } from '../../adapters/type-graphql/plain-arguments';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { refusedItems } from '../../graphql/refused-item';
import { DriverPositionRecord } from './driver-position.entity';
import { Driver } from './driver.entity';
import { CreateDriverInput, DriverConnection, DriverCredentials, DriverDeviceKey, PositionInput, PositionReport } from './driver.inputs';

@Resolver(() => Driver)
export class DriverResolver {
  @Authorized(...TENANT_API)
  @Query(() => [Driver], { description: 'The tenant\'s drivers, by name. Staff and API keys.' })
  drivers(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<Driver[]> {
    return ctx.services.drivers.list(scope);
  }

  @Authorized(...TENANT_API)
  @Query(() => DriverConnection, { description: "The tenant's drivers a page at a time, by name (the same list as drivers). Staff and API keys." })
  driversConnection(
    @CurrentScope() scope: TenantScope,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<DriverConnection> {
    return ctx.services.drivers.page(scope, { first, after });
  }

  @Authorized(...TENANT_API)
  @Mutation(() => DriverCredentials, { description: 'A driver and the token for their app (shown once). Staff and API keys.' })
  createDriver(@CurrentScope() scope: TenantScope, @Arg('input', () => CreateDriverInput, { description: 'The driver\'s details.' }) input: CreateDriverInput, @Ctx() ctx: Context): Promise<DriverCredentials> {
    return ctx.services.drivers.create(scope, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => DriverDeviceKey, {
    description:
      "A new device key for the driver: the identifier to type into Traccar Client or OsmAnd with the URL beside it. Shown once; it replaces the driver's previous key, which stops working.",
  })
  createDriverDeviceKey(@CurrentScope() scope: TenantScope, @Arg('driverId', () => ID, { description: 'The driver to make a key for.' }) driverId: string, @Ctx() ctx: Context): Promise<DriverDeviceKey> {
    return ctx.services.drivers.createDeviceKey(scope, driverId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Driver, { description: "The driver's device key stops working at once (the driver token is not touched)." })
  revokeDriverDeviceKey(@CurrentScope() scope: TenantScope, @Arg('driverId', () => ID, { description: 'The driver whose key stops working.' }) driverId: string, @Ctx() ctx: Context): Promise<Driver> {
    return ctx.services.drivers.revokeDeviceKey(scope, driverId);
  }

  @FieldResolver(() => String, {
    description: 'The server URL to type into Traccar Client ("Server URL") or OsmAnd; its identifier is the device key (createDriverDeviceKey).',
  })
  deviceAppUrl(@Ctx() ctx: Context): string {
    return ctx.services.drivers.deviceAppUrl;
  }

  @Authorized(...REPORTERS)
  @Mutation(() => PositionReport, { description: 'Idempotent by clientId: replays count as duplicates. A bad position is refused by its index; the rest are stored. Staff, API keys and driver tokens.' })
  async reportPositions(
    @CurrentScope() scope: TenantScope,
    // As coerced by GraphQL, not rebuilt as PositionInput instances (a batch is up to 1,000
    // objects); DriverService checks every value and names the field of any it refuses.
    @PlainArg('positions', () => [PositionInput], { description: 'Up to 1,000 positions, any order.' }) positions: PositionInput[],
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
