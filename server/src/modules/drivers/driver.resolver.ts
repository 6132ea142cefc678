import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { REPORTERS, TENANT_API, tenantScope } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { DriverPositionRecord } from './driver-position.entity';
import { Driver } from './driver.entity';
import { CreateDriverInput, DriverCredentials, PositionInput, PositionReport } from './driver.inputs';

@Resolver(() => Driver)
export class DriverResolver {
  @Authorized(...TENANT_API)
  @Query(() => [Driver])
  drivers(@Ctx() ctx: Context): Promise<Driver[]> {
    return ctx.services.drivers.list(tenantScope(ctx.principal));
  }

  @Authorized(...TENANT_API)
  @Mutation(() => DriverCredentials, { description: 'A driver and the token for their app (shown once).' })
  createDriver(@Arg('input', () => CreateDriverInput) input: CreateDriverInput, @Ctx() ctx: Context): Promise<DriverCredentials> {
    return ctx.services.drivers.create(tenantScope(ctx.principal), input);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => PositionReport, { description: 'Idempotent by clientId: replays count as duplicates.' })
  async reportPositions(
    @Arg('positions', () => [PositionInput]) positions: PositionInput[],
    @Ctx() ctx: Context,
  ): Promise<PositionReport> {
    const { accepted, duplicates } = await ctx.services.drivers.reportPositions(tenantScope(ctx.principal), positions);
    return { accepted, duplicates };
  }

  @FieldResolver(() => DriverPositionRecord, { nullable: true, description: 'The position with the greatest recordedAt.' })
  latestPosition(@Root() driver: Driver, @Ctx() ctx: Context): Promise<DriverPositionRecord | null> {
    return ctx.loaders.latestPosition.load(driver.id);
  }
}
