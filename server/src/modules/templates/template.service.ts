import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_TEMPLATE,
  isUuid,
  resolveSections,
  TEMPLATE_SECTIONS,
  type SectionOverrides,
  type SectionSettings,
} from '@tracklink/shared';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { CustomFieldService } from '../consignments/custom-field.service';
import type { Customer } from '../orders/customer.entity';
import type { OrderService } from '../orders/order.service';
import { TrackingLinkTemplateRecord } from './tracking-link-template.entity';
import type { CustomerTrackingLinkTemplate, TrackingLinkTemplate, TrackingLinkTemplateInput } from './template.inputs';
import type { TenantScope } from '../../core/scope';
import { invalid, notFound } from '../../core/errors';

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
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly orders: OrderService,
    private readonly customFields: CustomFieldService,
  ) {}

  /** The tenant template: stored sections over the product defaults. */
  async tenantTemplate(tenantId: string, em: EntityManager = this.ds.manager): Promise<TrackingLinkTemplate> {
    const row = await em.getRepository(TrackingLinkTemplateRecord).findOneBy({ tenantId, customerId: IsNull() });
    return { ...resolveSections(DEFAULT_TEMPLATE, null, row?.sections), customFieldKeys: row?.customFieldKeys ?? null };
  }

  async updateTenantTemplate(scope: TenantScope, input: TrackingLinkTemplateInput): Promise<TrackingLinkTemplate> {
    const keys = input.customFieldKeys == null ? undefined : await this.checkCustomFieldKeys(scope.tenantId, input.customFieldKeys);
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
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
      // Open pages of the tenant check what they show.
      await tx.emit({ type: 'template.changed', tenantId: scope.tenantId });
      return this.tenantTemplate(scope.tenantId, em);
    });
  }

  async customerTemplates(scope: TenantScope): Promise<CustomerTrackingLinkTemplate[]> {
    const tenant = await this.tenantTemplate(scope.tenantId);
    const rows = await this.ds
      .getRepository(TrackingLinkTemplateRecord)
      .find({ where: { tenantId: scope.tenantId, customerId: Not(IsNull()) } });
    if (!rows.length) return [];
    const byCustomer = new Map(rows.map((r) => [r.customerId as string, r]));
    // The customers come in name order.
    const customers = await this.orders.customersByIds([...byCustomer.keys()]);
    return customers.map((customer) => this.customerView(tenant, byCustomer.get(customer.id)!, customer));
  }

  /** Replaces a customer's overrides with the sections the input sets. */
  async setCustomerTemplate(scope: TenantScope, customerId: string, input: TrackingLinkTemplateInput): Promise<CustomerTrackingLinkTemplate> {
    const customer = await this.orders.customer(scope, customerId);
    if (!customer) throw invalid('input.customerId', 'is not a customer of this tenant');
    const keys = input.customFieldKeys == null ? null : await this.checkCustomFieldKeys(scope.tenantId, input.customFieldKeys);
    const row = await this.uow.run(scope, async (tx) => {
      await tx.em.query(
      `INSERT INTO tracking_link_templates (tenant_id, customer_id, sections, custom_field_keys) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, customer_id) WHERE customer_id IS NOT NULL
       DO UPDATE SET sections = EXCLUDED.sections, custom_field_keys = EXCLUDED.custom_field_keys, updated_at = now()`,
        [scope.tenantId, customer.id, JSON.stringify(overridesFrom(input)), keys?.length ? keys : null],
      );
      await tx.emit({ type: 'template.changed', tenantId: scope.tenantId });
      return tx.em.getRepository(TrackingLinkTemplateRecord).findOneByOrFail({ tenantId: scope.tenantId, customerId: customer.id });
    });
    return this.customerView(await this.tenantTemplate(scope.tenantId), row, customer);
  }

  async deleteCustomerTemplate(scope: TenantScope, customerId: string): Promise<boolean> {
    if (!isUuid(customerId)) throw notFound('Customer template');
    return this.uow.run(scope, async (tx) => {
      const result = await tx.em.getRepository(TrackingLinkTemplateRecord).delete({ tenantId: scope.tenantId, customerId });
      if (!result.affected) return false;
      await tx.emit({ type: 'template.changed', tenantId: scope.tenantId });
      return true;
    });
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
    const unknown = await this.customFields.firstUnknown(tenantId, keys);
    if (unknown >= 0) throw invalid(`input.customFieldKeys[${unknown}]`, `"${keys[unknown]}" is not a custom field of this tenant`);
    return [...new Set(keys)];
  }
}
