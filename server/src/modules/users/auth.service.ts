import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, isValidEmail, Role } from '@tracklink/shared';
import type { Clock } from '../../core/clock';
import { plainText } from '../../core/validation';
import type { AppEvents } from '../../events/domain-events';
import type { DriverService } from '../drivers/driver.service';
import { ApiKey } from './api-key.entity';
import { LoginAttempt, LoginOutcome } from './login-attempt.entity';
import type { LoginThrottle } from './login-throttle';
import { passwordProblem } from './password-policy';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
import { hashToken, newToken, TOKEN_PREFIX } from './tokens';
import { User } from './user.entity';
import { queryPrepared, type PreparedStatement } from '../../adapters/typeorm/prepared';
import { DomainError, invalid, notFound } from '../../core/errors';
import type { Principal, TenantScope } from '../../core/scope';

/**
 * A session token's user, on every staff request: prepared, so each pooled connection plans it
 * once (planning it took longer than running it). $1: the token's hash.
 */
const SESSION_BY_TOKEN: PreparedStatement = {
  name: 'users.session-by-token',
  text: `SELECT s.id AS session_id, s.expires_at, u.id, u.role, u.tenant_id, u.email FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
};

/** A token's principal, and until when the token works (null: until revoked). */
export interface Authenticated {
  principal: Principal;
  expiresAt: Date | null;
}

/** An API key's last use is written at most this often. */
const LAST_USED_EVERY_MS = 60_000;

export class AuthService {
  /** API keys whose last use was written, and when (ms): the write is skipped within a minute. */
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly sessionTtlHours: number,
    private readonly clock: Clock,
    private readonly drivers: DriverService,
    private readonly events: AppEvents,
    private readonly throttle: LoginThrottle,
    private readonly onError: (message: string, error: unknown) => void = () => undefined,
  ) {}

  /**
   * Checks an email and password from a client address; on success opens a session and returns
   * its token once. Throttled (login-throttle.ts): a refused attempt is RATE_LIMITED and checks
   * no password. Attempts on existing accounts are kept for their super admins.
   */
  async login(email: string, password: string, ip: string): Promise<{ token: string; user: User; expiresAt: Date }> {
    const address = plainText(email, 'email').trim().toLowerCase();
    const verdict = await this.throttle.check(address, ip);
    if (!verdict.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many failed sign-ins; try again in ${verdict.retryAfter} s`, undefined, verdict.retryAfter);
    }
    const user = await this.ds.getRepository(User).findOneBy({ email: address });
    // Verify against a decoy when there is no such user, so the timing says nothing.
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) {
      const { locked } = await this.throttle.failed(address, ip);
      if (user) await this.recordAttempt(user, ip, locked ? LoginOutcome.LOCKED : LoginOutcome.WRONG_PASSWORD);
      throw new DomainError('INVALID_CREDENTIALS', 'Email or password is incorrect');
    }
    await this.throttle.succeeded(address);
    const token = newToken(TOKEN_PREFIX.session);
    const expiresAt = new Date(this.clock.now().getTime() + this.sessionTtlHours * 3_600_000);
    await this.ds.getRepository(Session).insert({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    await this.recordAttempt(user, ip, LoginOutcome.SUCCEEDED);
    return { token, user, expiresAt };
  }

  private async recordAttempt(user: User, ip: string, outcome: LoginOutcome): Promise<void> {
    await this.ds.getRepository(LoginAttempt).insert({ userId: user.id, tenantId: user.tenantId, email: user.email, ip, outcome });
  }

  /** Ends the session of this token; open connections made with it are closed (credentials.ended). */
  async logout(token: string): Promise<void> {
    const { raw } = await this.ds
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('token_hash = :tokenHash', { tokenHash: hashToken(token) })
      .returning(['id', 'user_id'])
      .execute();
    const rows = raw as Array<{ id: string; user_id: string }>;
    this.events.dispatchCommitted(
      rows.map((row) => ({ type: 'credentials.ended', credentials: { kind: 'session', sessionId: row.id, userId: row.user_id } })),
    );
  }

  /** Resolves a bearer token to its principal, or null when it is unknown, expired or revoked. */
  async principalFor(token: string): Promise<Principal | null> {
    return (await this.authenticate(token))?.principal ?? null;
  }

  /** A token's principal and until when it works, or null when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Authenticated | null> {
    const tokenHash = hashToken(token);
    if (token.startsWith(TOKEN_PREFIX.session)) {
      const rows = await queryPrepared<{ session_id: string; expires_at: Date; id: string; role: Role; tenant_id: string | null; email: string }>(
        this.ds,
        SESSION_BY_TOKEN,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        principal: { kind: 'user', userId: row.id, role: row.role, tenantId: row.tenant_id, label: row.email, sessionId: row.session_id },
        expiresAt: row.expires_at,
      };
    }
    if (token.startsWith(TOKEN_PREFIX.apiKey)) {
      const key = await this.ds.getRepository(ApiKey).findOneBy({ tokenHash, revokedAt: IsNull() });
      if (!key || (key.expiresAt && key.expiresAt.getTime() <= this.clock.now().getTime())) return null;
      this.touchApiKey(key);
      return { principal: { kind: 'apiKey', apiKeyId: key.id, tenantId: key.tenantId, label: `api key ${key.name}` }, expiresAt: key.expiresAt };
    }
    if (token.startsWith(TOKEN_PREFIX.driver)) {
      const driver = await this.drivers.byTokenHash(tokenHash);
      return driver ? { principal: { kind: 'driver', driverId: driver.id, tenantId: driver.tenantId, label: `driver ${driver.name}` }, expiresAt: null } : null;
    }
    return null;
  }

  /**
   * Notes an API key's use, at most once a minute per key and process (and the statement itself
   * skips a row written within the minute by another replica), off the request's path.
   */
  private touchApiKey(key: ApiKey): void {
    const now = this.clock.now().getTime();
    const written = this.lastUsedWritten.get(key.id) ?? key.lastUsedAt?.getTime() ?? 0;
    if (now - written < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(key.id, now);
    if (this.lastUsedWritten.size > 10_000) this.lastUsedWritten.clear();
    this.ds
      .query(
        `UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
        [key.id, new Date(now)],
      )
      .catch((error) => this.onError('noting the use of an API key failed:', error));
  }

  /** Creates a user; `field` prefixes error paths (e.g. "input.adminEmail"). */
  async createUser(
    em: EntityManager,
    fields: { email: string; password: string; role: Role; tenantId: string | null; name?: string | null },
    paths: { email: string; password: string } = { email: 'email', password: 'password' },
  ): Promise<User> {
    const email = plainText(fields.email, paths.email).trim().toLowerCase();
    if (!isValidEmail(email)) throw invalid(paths.email, 'is not a valid email address');
    const problem = passwordProblem(fields.password);
    if (problem) throw invalid(paths.password, problem);
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

  /** A page of the tenant's users, by address. */
  usersPage(scope: TenantScope, args: { first?: number | null; after?: string | null }): Promise<Connection<User>> {
    const qb = this.ds.getRepository(User).createQueryBuilder('u').where('u.tenantId = :tenantId', { tenantId: scope.tenantId });
    return keysetPage(qb, { alias: 'u', table: 'users', property: 'email', column: 'email', direction: 'ASC' }, args);
  }

  async userById(id: string): Promise<User | null> {
    return this.ds.getRepository(User).findOneBy({ id });
  }

  /**
   * Removes a user of the caller's tenant: their sessions end with them, and their open
   * connections are closed (credentials.ended). A super admin cannot remove themselves.
   */
  async removeUser(scope: TenantScope, id: string): Promise<void> {
    const repo = this.ds.getRepository(User);
    const user = isUuid(id) ? await repo.findOneBy({ id, tenantId: scope.tenantId }) : null;
    if (!user) throw notFound('User');
    if (scope.principal.kind === 'user' && scope.principal.userId === user.id) {
      throw new DomainError('CONFLICT', 'You cannot remove yourself; ask another super admin');
    }
    await repo.delete({ id: user.id });
    this.events.dispatchCommitted([{ type: 'credentials.ended', credentials: { kind: 'user', userId: user.id } }]);
  }

  /** Recent sign-ins to the accounts of the caller's tenant, newest first. */
  async loginAttempts(scope: TenantScope, options: { userId?: string | null; failedOnly?: boolean; first?: number | null }): Promise<LoginAttempt[]> {
    const first = options.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 200) throw invalid('first', 'must be from 1 to 200');
    if (options.userId && !isUuid(options.userId)) return [];
    const qb = this.ds
      .getRepository(LoginAttempt)
      .createQueryBuilder('a')
      .where('a.tenantId = :tenantId', { tenantId: scope.tenantId })
      .orderBy('a.createdAt', 'DESC')
      .limit(first);
    if (options.userId) qb.andWhere('a.userId = :userId', { userId: options.userId });
    if (options.failedOnly) qb.andWhere('a.outcome <> :ok', { ok: LoginOutcome.SUCCEEDED });
    return qb.getMany();
  }

  /** A page of the sign-ins to the tenant's accounts, newest first. */
  async loginAttemptsPage(scope: TenantScope, filter: { userId?: string | null; failedOnly?: boolean }, args: { first?: number | null; after?: string | null }): Promise<Connection<LoginAttempt>> {
    const qb = this.ds.getRepository(LoginAttempt).createQueryBuilder('a').where('a.tenantId = :tenantId', { tenantId: scope.tenantId });
    if (filter.userId != null) {
      if (!isUuid(filter.userId)) throw invalid('userId', 'is not an id of this API');
      qb.andWhere('a.userId = :userId', { userId: filter.userId });
    }
    if (filter.failedOnly) qb.andWhere('a.outcome <> :ok', { ok: LoginOutcome.SUCCEEDED });
    return keysetPage(qb, { alias: 'a', table: 'login_attempts', property: 'createdAt', column: 'created_at', direction: 'DESC' }, args);
  }

  async createApiKey(scope: TenantScope, name: string, expiresAt: Date | null = null): Promise<{ key: string; apiKey: ApiKey }> {
    const trimmed = plainText(name, 'name').trim();
    if (!trimmed || trimmed.length > 100) throw invalid('name', 'must be 1 to 100 characters');
    if (expiresAt && expiresAt.getTime() <= this.clock.now().getTime()) throw invalid('expiresAt', 'must be in the future');
    const key = newToken(TOKEN_PREFIX.apiKey);
    const apiKey = await this.ds.getRepository(ApiKey).save(
      this.ds.getRepository(ApiKey).create({
        tenantId: scope.tenantId,
        name: trimmed,
        prefix: key.slice(0, 10),
        tokenHash: hashToken(key),
        expiresAt,
        lastUsedAt: null,
      }),
    );
    return { key, apiKey };
  }

  async listApiKeys(scope: TenantScope): Promise<ApiKey[]> {
    return this.ds.getRepository(ApiKey).find({ where: { tenantId: scope.tenantId }, order: { createdAt: 'DESC' } });
  }

  /** A page of the tenant's API keys, revoked ones included, newest first. */
  apiKeysPage(scope: TenantScope, args: { first?: number | null; after?: string | null }): Promise<Connection<ApiKey>> {
    const qb = this.ds.getRepository(ApiKey).createQueryBuilder('k').where('k.tenantId = :tenantId', { tenantId: scope.tenantId });
    return keysetPage(qb, { alias: 'k', table: 'api_keys', property: 'createdAt', column: 'created_at', direction: 'DESC' }, args);
  }

  /** Revokes a key at once; open connections made with it are closed (credentials.ended). */
  async revokeApiKey(scope: TenantScope, id: string): Promise<ApiKey> {
    const repo = this.ds.getRepository(ApiKey);
    const key = isUuid(id) ? await repo.findOneBy({ id, tenantId: scope.tenantId }) : null;
    if (!key) throw new DomainError('NOT_FOUND', 'API key not found');
    if (!key.revokedAt) {
      key.revokedAt = this.clock.now();
      await repo.save(key);
      this.events.dispatchCommitted([{ type: 'credentials.ended', credentials: { kind: 'apiKey', apiKeyId: key.id, tenantId: key.tenantId } }]);
    }
    return key;
  }
}
