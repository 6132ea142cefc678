import { oneLoader } from '../../graphql/loader-utils';
import type { DriverService } from './driver.service';

export function driverLoaders(drivers: DriverService) {
  return {
    driver: oneLoader((ids) => drivers.byIds(ids), (d) => d.id),
    latestPosition: oneLoader((ids) => drivers.latestPositions(ids), (p) => p.driverId),
  };
}
