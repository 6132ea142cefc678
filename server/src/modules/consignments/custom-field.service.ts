import type { DataSource, EntityManager } from 'typeorm';
import { invalid } from '../../core/errors';
import type { TenantScope } from '../../core/scope';
import type { KeyValueInput } from './consignment.inputs';
import { customFieldValues } from './consignment.validation';
import { CustomFieldDefinition } from './custom-field.entity';
import { requiredText } from '../../core/validation';

/** The tenant's own consignment fields: their definitions, and checking values against them. */
export class CustomFieldService {
  constructor(private readonly ds: DataSource) {}

  /** The keys the tenant has defined, inside the caller's transaction. */
  async keys(em: EntityManager, tenantId: string): Promise<Set<string>> {
    const defs = await em.getRepository(CustomFieldDefinition).find({ where: { tenantId }, select: { key: true } });
    return new Set(defs.map((d) => d.key));
  }

  /** Which of `keys` are not defined by the tenant: the first one's index, or -1. */
  async firstUnknown(tenantId: string, keys: readonly string[]): Promise<number> {
    const known = await this.keys(this.ds.manager, tenantId);
    return keys.findIndex((k) => !known.has(k));
  }

  /** Values for a consignment, checked against the tenant's definitions. */
  async values(em: EntityManager, tenantId: string, input: KeyValueInput[], field: string): Promise<Record<string, string>> {
    return customFieldValues(input, field, await this.keys(em, tenantId));
  }

  definitions(tenantId: string): Promise<CustomFieldDefinition[]> {
    return this.ds.getRepository(CustomFieldDefinition).find({ where: { tenantId }, order: { key: 'ASC' } });
  }

  async define(scope: TenantScope, key: string, label: string): Promise<CustomFieldDefinition> {
    const k = requiredText(key, 'key', 50);
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(k)) throw invalid('key', 'must start with a letter and hold only letters, digits and _');
    const l = requiredText(label, 'label', 100);
    const repo = this.ds.getRepository(CustomFieldDefinition);
    const existing = await repo.findOneBy({ tenantId: scope.tenantId, key: k });
    if (existing) {
      existing.label = l;
      return repo.save(existing);
    }
    return repo.save(repo.create({ tenantId: scope.tenantId, key: k, label: l }));
  }

  async delete(scope: TenantScope, key: string): Promise<boolean> {
    const result = await this.ds.getRepository(CustomFieldDefinition).delete({ tenantId: scope.tenantId, key });
    return (result.affected ?? 0) > 0;
  }
}
