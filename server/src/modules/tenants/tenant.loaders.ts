import { oneLoader } from '../../graphql/loader-utils';
import type { TenantService } from './tenant.service';

export function tenantLoaders(tenants: TenantService) {
  return {
    tenant: oneLoader((ids) => tenants.byIds(ids), (t) => t.id),
  };
}
