import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_TEMPLATE,
  isUuid,
  resolveSections,
  TEMPLATE_SECTIONS,
  type SectionOverrides,
  type SectionSettings,
} from '@tracklink/shared';
import type { TenantScope } from '../../graphql/auth';
import { invalid, notFound } from '../../graphql/errors';
import { Customer } from '../orders/customer.entity';
import { TrackingLinkTemplateRecord } from './tracking-link-template.entity';
import type { CustomerTrackingLinkTemplate, TrackingLinkTemplate, TrackingLinkTemplateInput } from './template.inputs';

/** Sections named in an input, ignoring nulls. */
export function overridesFrom(input: SectionOverrides): SectionOverrides {
  const overrides: SectionOverrides = {};
  for (const section of TEMPLATE_SECTIONS) {
    const value = input[section];
    if (typeof value === 'boolean') overrides[section] = value;
  }
  return overrides;
}

export class TemplateService {
  private readonly changeListeners: Array<(tenantId: string) => void> = [];

  constructor(private readonly ds: DataSource) {}

  /** Called after a tenant's or a customer's template changed: open pages re-check what they show. */
  onChanged(listener: (tenantId: string) => void): void {
    this.changeListeners.push(listener);
  }

  private changed(tenantId: string): void {
    for (const listener of this.changeListeners) listener(tenantId);
  }

  /** The tenant template: stored sections over the product defaults. */
  async tenantTemplate(tenantId: string, em: EntityManager = this.ds.manager): Promise<TrackingLinkTemplate> {
    const row = await em.getRepository(TrackingLinkTemplateRecord).findOneBy({ tenantId, customerId: IsNull() });
    return { ...resolveSections(DEFAULT_TEMPLATE, null, row?.sections), customFieldKeys: row?.customFieldKeys ?? null };
  }

  async updateTenantTemplate(scope: TenantScope, input: TrackingLinkTemplateInput): Promise<TrackingLinkTemplate> {
    const keys = input.customFieldKeys == null ? undefined : await this.checkCustomFieldKeys(scope.tenantId, input.customFieldKeys);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(TrackingLinkTemplateRecord);
      await em.query(
        `INSERT INTO tracking_link_templates (tenant_id) VALUES ($1)
         ON CONFLICT (tenant_id) WHERE customer_id IS NULL DO NOTHING`,
        [scope.tenantId],
      );
      const row = await repo.findOneOrFail({ where: { tenantId: scope.tenantId, customerId: IsNull() }, lock: { mode: 'pessimistic_write' } });
      const current = resolveSections(DEFAULT_TEMPLATE, null, row.sections);
      row.sections = { ...current, ...overridesFrom(input) };
      if (keys !== undefined) row.customFieldKeys = keys.length ? keys : null;
      await repo.save(row);
      return this.tenantTemplate(scope.tenantId, em);
    }).then((template) => {
      this.changed(scope.tenantId);
      return template;
    });
  }

  async customerTemplates(scope: TenantScope): Promise<CustomerTrackingLinkTemplate[]> {
    const tenant = await this.tenantTemplate(scope.tenantId);
    const rows = await this.ds
      .getRepository(TrackingLinkTemplateRecord)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.customer', Customer, 'c', 'c.id = t.customerId')
      .where('t.tenantId = :tenantId AND t.customerId IS NOT NULL', { tenantId: scope.tenantId })
      .orderBy('c.name')
      .getMany();
    return rows.map((row) => this.customerView(tenant, row, (row as unknown as { customer: Customer }).customer));
  }

  /** Replaces a customer's overrides with the sections the input sets. */
  async setCustomerTemplate(scope: TenantScope, customerId: string, input: TrackingLinkTemplateInput): Promise<CustomerTrackingLinkTemplate> {
    const customer = isUuid(customerId)
      ? await this.ds.getRepository(Customer).findOneBy({ id: customerId, tenantId: scope.tenantId })
      : null;
    if (!customer) throw invalid('input.customerId', 'is not a customer of this tenant');
    const keys = input.customFieldKeys == null ? null : await this.checkCustomFieldKeys(scope.tenantId, input.customFieldKeys);
    await this.ds.query(
      `INSERT INTO tracking_link_templates (tenant_id, customer_id, sections, custom_field_keys) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, customer_id) WHERE customer_id IS NOT NULL
       DO UPDATE SET sections = EXCLUDED.sections, custom_field_keys = EXCLUDED.custom_field_keys, updated_at = now()`,
      [scope.tenantId, customer.id, JSON.stringify(overridesFrom(input)), keys?.length ? keys : null],
    );
    const row = await this.ds.getRepository(TrackingLinkTemplateRecord).findOneByOrFail({ tenantId: scope.tenantId, customerId: customer.id });
    this.changed(scope.tenantId);
    return this.customerView(await this.tenantTemplate(scope.tenantId), row, customer);
  }

  async deleteCustomerTemplate(scope: TenantScope, customerId: string): Promise<boolean> {
    if (!isUuid(customerId)) throw notFound('Customer template');
    const result = await this.ds.getRepository(TrackingLinkTemplateRecord).delete({ tenantId: scope.tenantId, customerId });
    if (result.affected) this.changed(scope.tenantId);
    return (result.affected ?? 0) > 0;
  }

  private customerView(tenant: TrackingLinkTemplate, row: TrackingLinkTemplateRecord, customer: Customer): CustomerTrackingLinkTemplate {
    const sections = Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, row.sections[s] ?? null])) as Record<keyof SectionSettings, boolean | null>;
    return {
      customer,
      ...sections,
      effective: { ...resolveSections(tenant, row.sections, null), customFieldKeys: row.customFieldKeys ?? tenant.customFieldKeys },
    };
  }

  private async checkCustomFieldKeys(tenantId: string, keys: string[]): Promise<string[]> {
    const defined: Array<{ key: string }> = await this.ds.query('SELECT key FROM custom_field_definitions WHERE tenant_id = $1', [tenantId]);
    const known = new Set(defined.map((d) => d.key));
    keys.forEach((k, i) => {
      if (!known.has(k)) throw invalid(`input.customFieldKeys[${i}]`, `"${k}" is not a custom field of this tenant`);
    });
    return [...new Set(keys)];
  }
}
