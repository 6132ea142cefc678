import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { REPORTERS } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { refusedItems } from '../../graphql/refused-item';
import { PalletScan } from './pallet-scan.entity';
import { PalletScanInput, PalletScanReport } from './pallet-scan.inputs';

@Resolver(() => PalletScan)
export class PalletScanResolver {
  @Authorized(...REPORTERS)
  @Mutation(() => PalletScanReport, { description: 'Idempotent by clientId: replays count as duplicates. A bad scan is refused by its index; the rest are stored. Staff, API keys and driver tokens.' })
  async recordPalletScans(
    @CurrentScope() scope: TenantScope,
    @Arg('scans', () => [PalletScanInput], { description: 'Up to 1,000 scans.' }) scans: PalletScanInput[],
    @Ctx() ctx: Context,
  ): Promise<PalletScanReport> {
    const report = await ctx.services.palletScans.record(scope, scans);
    ctx.metrics.ingest('pallet_scans', report);
    return { accepted: report.accepted, duplicates: report.duplicates, refused: refusedItems(report.refused) };
  }
}
