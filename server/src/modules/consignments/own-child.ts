import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '@tracklink/shared';
import type { TenantScope } from '../../core/scope';
import { Consignment } from './consignment.entity';

/** A row that belongs to one of the caller's (not deleted) consignments, or null. */
export async function findOwnChild<T extends ObjectLiteral & { consignmentId: string }>(
  em: EntityManager,
  scope: TenantScope,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  if (!isUuid(id)) return null;
  return em
    .getRepository(entity)
    .createQueryBuilder('x')
    .innerJoin(Consignment, 'c', 'c.id = x.consignmentId AND c.deletedAt IS NULL')
    .where('x.id = :id AND c.tenantId = :tenantId', { id, tenantId: scope.tenantId })
    .getOne();
}
