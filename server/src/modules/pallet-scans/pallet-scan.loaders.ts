import { manyLoader } from '../../graphql/loader-utils';
import type { PalletScanService } from './pallet-scan.service';

export function palletScanLoaders(scans: PalletScanService) {
  return {
    palletScans: manyLoader((ids) => scans.byConsignmentIds(ids), (s) => s.consignmentId),
  };
}
