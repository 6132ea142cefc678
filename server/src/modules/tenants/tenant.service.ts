import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BillingStatus,
  isUuid,
  isValidCountryCode,
  isValidHexColor,
  isValidHttpUrl,
  isValidTimeZone,
  Role,
} from '@tracklink/shared';
import { systemScope } from '../../core/scope';
import { checkGeofenceRadius, plainText } from '../../core/validation';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { AuthService } from '../users/auth.service';
import type { CreateTenantInput, UpdateTenantSettingsInput } from './tenant.inputs';
import { Tenant } from './tenant.entity';
import { MAX_POSITION_RETENTION_DAYS } from './tenant.sql';
import { invalid, notFound } from '../../core/errors';
import type { TenantScope } from '../../core/scope';

const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;

function checkName(value: string, field: string): string {
  const name = plainText(value, field).trim();
  if (!name || name.length > 200) throw invalid(field, 'must be 1 to 200 characters');
  return name;
}

export class TenantService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly auth: AuthService,
  ) {}

  /** A tenant; inside a transaction when `em` is given. */
  async byId(id: string, em: EntityManager = this.ds.manager): Promise<Tenant | null> {
    if (!isUuid(id)) return null;
    return em.getRepository(Tenant).findOneBy({ id });
  }

  /** How many days each tenant's links live after their consignment's last change, by tenant id. */
  async linkLifetimes(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; link_lifetime_days: number }> = await em.query('SELECT id, link_lifetime_days FROM tenants WHERE id = ANY($1::uuid[])', [[...ids]]);
    return new Map(rows.map((r) => [r.id, r.link_lifetime_days]));
  }

  async byIds(ids: readonly string[]): Promise<Tenant[]> {
    return this.ds.getRepository(Tenant).createQueryBuilder('t').where('t.id IN (:...ids)', { ids }).getMany();
  }

  /** A page of every tenant, by name. */
  page(args: { first?: number | null; after?: string | null }): Promise<Connection<Tenant>> {
    return keysetPage(this.ds.getRepository(Tenant).createQueryBuilder('t'), { alias: 't', table: 'tenants', property: 'name', column: 'name', direction: 'ASC' }, args);
  }

  async list(): Promise<Tenant[]> {
    return this.ds.getRepository(Tenant).find({ order: { name: 'ASC' } });
  }

  /** A tenant with its first super admin, in one transaction. */
  async create(input: CreateTenantInput): Promise<Tenant> {
    const name = checkName(input.name, 'input.name');
    const country = plainText(input.country, 'input.country').trim().toUpperCase();
    if (!isValidCountryCode(country)) throw invalid('input.country', 'must be a two-letter ISO country code such as NL');
    const language = input.defaultLanguage?.trim() || 'en';
    if (!LANGUAGE.test(language)) throw invalid('input.defaultLanguage', 'must be a language code such as en or nl');
    const timezone = (input.timezone && plainText(input.timezone, 'input.timezone').trim()) || 'UTC';
    if (!isValidTimeZone(timezone)) throw invalid('input.timezone', `"${timezone}" is not a known time zone`);
    return this.ds.transaction(async (em) => {
      const tenant = await em.getRepository(Tenant).save(
        em.getRepository(Tenant).create({ name, country, defaultLanguage: language, timezone }),
      );
      await this.auth.createUser(
        em,
        { email: input.adminEmail, password: input.adminPassword, role: Role.SUPER_ADMIN, tenantId: tenant.id },
        { email: 'input.adminEmail', password: 'input.adminPassword' },
      );
      return tenant;
    });
  }

  async updateSettings(scope: TenantScope, input: UpdateTenantSettingsInput): Promise<Tenant> {
    const patch: Partial<Tenant> = {};
    if (input.name != null) patch.name = checkName(input.name, 'input.name');
    if (input.logoUrl != null) {
      const url = plainText(input.logoUrl, 'input.logoUrl').trim();
      if (url && !isValidHttpUrl(url)) throw invalid('input.logoUrl', 'must be an http(s) URL');
      patch.logoUrl = url || null;
    }
    if (input.brandColor != null) {
      const color = input.brandColor.trim();
      if (color && !isValidHexColor(color)) throw invalid('input.brandColor', 'must be a colour such as #0a5fff');
      patch.brandColor = color || null;
    }
    if (input.country != null) {
      const country = input.country.trim().toUpperCase();
      if (!isValidCountryCode(country)) throw invalid('input.country', 'must be a two-letter ISO country code such as NL');
      patch.country = country;
    }
    if (input.defaultLanguage != null) {
      if (!LANGUAGE.test(input.defaultLanguage)) throw invalid('input.defaultLanguage', 'must be a language code such as en or nl');
      patch.defaultLanguage = input.defaultLanguage;
    }
    if (input.timezone != null) {
      if (!isValidTimeZone(input.timezone)) throw invalid('input.timezone', `"${input.timezone}" is not a known time zone`);
      patch.timezone = input.timezone;
    }
    if (input.linkLifetimeDays != null) {
      if (input.linkLifetimeDays < 1 || input.linkLifetimeDays > 3650) {
        throw invalid('input.linkLifetimeDays', 'must be from 1 to 3650 days');
      }
      patch.linkLifetimeDays = input.linkLifetimeDays;
    }
    if (input.autoCreateLinks != null) patch.autoCreateLinks = input.autoCreateLinks;
    if (input.inTransitOnPickupDeparture != null) patch.inTransitOnPickupDeparture = input.inTransitOnPickupDeparture;
    if (input.offerDeliveredOnArrival != null) patch.offerDeliveredOnArrival = input.offerDeliveredOnArrival;
    if (input.orderLinksEnabled != null) patch.orderLinksEnabled = input.orderLinksEnabled;
    if (input.geofenceRadiusM != null) patch.geofenceRadiusM = checkGeofenceRadius(input.geofenceRadiusM, 'input.geofenceRadiusM');
    if (input.lateThresholdMinutes != null) {
      if (!Number.isInteger(input.lateThresholdMinutes) || input.lateThresholdMinutes < 1 || input.lateThresholdMinutes > 240) {
        throw invalid('input.lateThresholdMinutes', 'must be a whole number of minutes from 1 to 240');
      }
      patch.lateThresholdMinutes = input.lateThresholdMinutes;
    }
    if (input.lowRatingThreshold != null) {
      if (!Number.isInteger(input.lowRatingThreshold) || input.lowRatingThreshold < 1 || input.lowRatingThreshold > 4) {
        throw invalid('input.lowRatingThreshold', 'must be a whole number from 1 to 4');
      }
      patch.lowRatingThreshold = input.lowRatingThreshold;
    }
    /** A retention in days, 1 to MAX_POSITION_RETENTION_DAYS; 0 (what `zero` says it means) is null. */
    const retention = (days: number, field: string, zero: string): number | null => {
      if (!Number.isInteger(days) || days < 0 || days > MAX_POSITION_RETENTION_DAYS) {
        throw invalid(`input.${field}`, `must be a whole number of days from 1 to ${MAX_POSITION_RETENTION_DAYS} (0: ${zero})`);
      }
      return days === 0 ? null : days;
    };
    if (input.positionRetentionDays != null) {
      patch.positionRetentionDays = retention(input.positionRetentionDays, 'positionRetentionDays', "the installation's default");
    }
    if (input.deliveredTrackRetentionDays != null) {
      patch.deliveredTrackRetentionDays = retention(input.deliveredTrackRetentionDays, 'deliveredTrackRetentionDays', 'no policy of its own');
    }
    for (const key of ['geofenceDwellSeconds', 'geofenceExitSeconds'] as const) {
      const value = input[key];
      if (value == null) continue;
      if (!Number.isInteger(value) || value < 30 || value > 3600) throw invalid(`input.${key}`, 'must be a whole number of seconds from 30 to 3600');
      patch[key] = value;
    }
    return this.patch(scope.tenantId, patch);
  }

  /** The tenants that chose a position retention of their own, with it in days. */
  positionRetentions(): Promise<Array<{ tenantId: string; days: number }>> {
    return this.daysSet('position_retention_days');
  }

  /** The tenants with a policy for their delivered consignments' tracks, with it in days. */
  deliveredTrackRetentions(): Promise<Array<{ tenantId: string; days: number }>> {
    return this.daysSet('delivered_track_retention_days');
  }

  /** The tenants whose `column` (a number of days) is set, with it. */
  private async daysSet(column: 'position_retention_days' | 'delivered_track_retention_days'): Promise<Array<{ tenantId: string; days: number }>> {
    const rows: Array<{ id: string; days: number }> = await this.ds.query(`SELECT id, ${column} AS days FROM tenants WHERE ${column} IS NOT NULL ORDER BY id`);
    return rows.map((r) => ({ tenantId: r.id, days: r.days }));
  }

  /** Every tenant's id (the retention job visits those keeping less than the longest). */
  async ids(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query('SELECT id FROM tenants ORDER BY id');
    return rows.map((r) => r.id);
  }

  setTrackingIntegration(tenantId: string, enabled: boolean): Promise<Tenant> {
    return this.patch(tenantId, { trackingIntegrationEnabled: enabled });
  }

  setBillingStatus(tenantId: string, status: BillingStatus): Promise<Tenant> {
    return this.patch(tenantId, { billingStatus: status });
  }

  private async patch(tenantId: string, patch: Partial<Tenant>): Promise<Tenant> {
    if (!isUuid(tenantId)) throw notFound('Tenant');
    return this.uow.run(systemScope(tenantId), async (tx) => {
      const repo = tx.em.getRepository(Tenant);
      const tenant = await repo.findOne({ where: { id: tenantId }, lock: { mode: 'pessimistic_write' } });
      if (!tenant) throw notFound('Tenant');
      Object.assign(tenant, patch);
      const saved = await repo.save(tenant);
      await tx.emit({ type: 'tenant.changed', tenantId });
      return saved;
    });
  }
}
