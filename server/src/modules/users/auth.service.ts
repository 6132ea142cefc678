import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, isValidEmail, Role } from '@tracklink/shared';
import type { Clock } from '../../core/clock';
import { plainText } from '../../core/validation';
import type { DriverService } from '../drivers/driver.service';
import { ApiKey } from './api-key.entity';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
import { hashToken, newToken, TOKEN_PREFIX } from './tokens';
import { User } from './user.entity';
import { DomainError, invalid } from '../../core/errors';
import type { Principal, TenantScope } from '../../core/scope';

export const MIN_PASSWORD_LENGTH = 8;

export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessionTtlHours: number,
    private readonly clock: Clock,
    private readonly drivers: DriverService,
  ) {}

  /** Checks an email and password; on success opens a session and returns its token once. */
  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.ds.getRepository(User).findOneBy({ email: plainText(email, 'email').trim().toLowerCase() });
    // Verify against a decoy when there is no such user, so the timing says nothing.
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) throw new DomainError('INVALID_CREDENTIALS', 'Email or password is incorrect');
    const token = newToken(TOKEN_PREFIX.session);
    await this.ds.getRepository(Session).insert({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.now().getTime() + this.sessionTtlHours * 3_600_000),
    });
    return { token, user };
  }

  async logout(token: string): Promise<void> {
    await this.ds.getRepository(Session).delete({ tokenHash: hashToken(token) });
  }

  /** Resolves a bearer token to its principal, or null when it is unknown, expired or revoked. */
  async principalFor(token: string): Promise<Principal | null> {
    const tokenHash = hashToken(token);
    if (token.startsWith(TOKEN_PREFIX.session)) {
      const rows: Array<{ id: string; role: Role; tenant_id: string | null; email: string }> = await this.ds.query(
        `SELECT u.id, u.role, u.tenant_id, u.email FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [tokenHash],
      );
      const row = rows[0];
      return row ? { kind: 'user', userId: row.id, role: row.role, tenantId: row.tenant_id, label: row.email } : null;
    }
    if (token.startsWith(TOKEN_PREFIX.apiKey)) {
      const key = await this.ds.getRepository(ApiKey).findOneBy({ tokenHash, revokedAt: IsNull() });
      return key ? { kind: 'apiKey', apiKeyId: key.id, tenantId: key.tenantId, label: `api key ${key.name}` } : null;
    }
    if (token.startsWith(TOKEN_PREFIX.driver)) {
      const driver = await this.drivers.byTokenHash(tokenHash);
      return driver ? { kind: 'driver', driverId: driver.id, tenantId: driver.tenantId, label: `driver ${driver.name}` } : null;
    }
    return null;
  }

  /** Creates a user; `field` prefixes error paths (e.g. "input.adminEmail"). */
  async createUser(
    em: EntityManager,
    fields: { email: string; password: string; role: Role; tenantId: string | null; name?: string | null },
    paths: { email: string; password: string } = { email: 'email', password: 'password' },
  ): Promise<User> {
    const email = plainText(fields.email, paths.email).trim().toLowerCase();
    if (!isValidEmail(email)) throw invalid(paths.email, 'is not a valid email address');
    if (fields.password.length < MIN_PASSWORD_LENGTH) {
      throw invalid(paths.password, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (await em.getRepository(User).existsBy({ email })) {
      throw new DomainError('CONFLICT', `${paths.email}: a user with this email already exists`, paths.email);
    }
    const user = em.getRepository(User).create({
      email,
      name: fields.name ?? null,
      role: fields.role,
      tenantId: fields.tenantId,
      passwordHash: await hashPassword(fields.password),
    });
    return em.getRepository(User).save(user);
  }

  /** A super admin or dispatcher in the caller's tenant. */
  async createTenantUser(
    scope: TenantScope,
    input: { email: string; password: string; role: Role; name?: string | null },
  ): Promise<User> {
    if (input.role === Role.PLATFORM_ADMIN) throw invalid('input.role', 'must be SUPER_ADMIN or DISPATCHER');
    return this.ds.transaction((em) =>
      this.createUser(em, { ...input, tenantId: scope.tenantId }, { email: 'input.email', password: 'input.password' }),
    );
  }

  async platformAdminExists(): Promise<boolean> {
    return this.ds.getRepository(User).existsBy({ role: Role.PLATFORM_ADMIN });
  }

  /** On first start: the platform admin from ADMIN_EMAIL / ADMIN_PASSWORD. Returns it when created. */
  async ensurePlatformAdmin(email: string, password: string): Promise<User | null> {
    return this.ds.transaction(async (em) => {
      // One start at a time creates it, even with several replicas booting together.
      await em.query('SELECT pg_advisory_xact_lock(7412001)');
      if (await em.getRepository(User).existsBy({ role: Role.PLATFORM_ADMIN })) return null;
      return this.createUser(em, { email, password, role: Role.PLATFORM_ADMIN, tenantId: null, name: 'Platform admin' });
    });
  }

  async tenantUsers(scope: TenantScope): Promise<User[]> {
    return this.ds.getRepository(User).find({ where: { tenantId: scope.tenantId }, order: { email: 'ASC' } });
  }

  async userById(id: string): Promise<User | null> {
    return this.ds.getRepository(User).findOneBy({ id });
  }

  async createApiKey(scope: TenantScope, name: string): Promise<{ key: string; apiKey: ApiKey }> {
    const trimmed = plainText(name, 'name').trim();
    if (!trimmed || trimmed.length > 100) throw invalid('name', 'must be 1 to 100 characters');
    const key = newToken(TOKEN_PREFIX.apiKey);
    const apiKey = await this.ds.getRepository(ApiKey).save(
      this.ds.getRepository(ApiKey).create({
        tenantId: scope.tenantId,
        name: trimmed,
        prefix: key.slice(0, 10),
        tokenHash: hashToken(key),
      }),
    );
    return { key, apiKey };
  }

  async listApiKeys(scope: TenantScope): Promise<ApiKey[]> {
    return this.ds.getRepository(ApiKey).find({ where: { tenantId: scope.tenantId }, order: { createdAt: 'DESC' } });
  }

  async revokeApiKey(scope: TenantScope, id: string): Promise<ApiKey> {
    const repo = this.ds.getRepository(ApiKey);
    const key = isUuid(id) ? await repo.findOneBy({ id, tenantId: scope.tenantId }) : null;
    if (!key) throw new DomainError('NOT_FOUND', 'API key not found');
    if (!key.revokedAt) {
      key.revokedAt = this.clock.now();
      await repo.save(key);
    }
    return key;
  }
}
