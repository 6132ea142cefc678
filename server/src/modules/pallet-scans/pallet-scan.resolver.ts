import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { REPORTERS, tenantScope } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { PalletScan } from './pallet-scan.entity';
import { PalletScanInput, PalletScanReport } from './pallet-scan.inputs';

@Resolver(() => PalletScan)
export class PalletScanResolver {
  @Authorized(...REPORTERS)
  @Mutation(() => PalletScanReport, { description: 'Idempotent by clientId: replays count as duplicates.' })
  recordPalletScans(
    @Arg('scans', () => [PalletScanInput]) scans: PalletScanInput[],
    @Ctx() ctx: Context,
  ): Promise<PalletScanReport> {
    return ctx.services.palletScans.record(tenantScope(ctx.principal), scans);
  }
}
