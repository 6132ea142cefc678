import { PageArgs } from '../../graphql/page-info';
import type { Connection } from '../../core/pagination';
import { ApiKeyConnection, LoginAttemptConnection, UserConnection } from './user.inputs';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Tenant } from '../tenants/tenant.entity';
import { ApiKey } from './api-key.entity';
import { LoginAttempt } from './login-attempt.entity';
import { ApiKeyCredentials, CreateUserInput, Session } from './user.inputs';
import { User } from './user.entity';
import { DomainError, invalid } from '../../core/errors';

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => Session, {
    description:
      'The only operation that needs no token. Throttled per account and address: failures make the next attempt wait longer, then lock the account for a while (RATE_LIMITED, HTTP 429 with Retry-After).',
  })
  async login(
    @Arg('email', () => String, { description: 'The account\'s email address.' }) email: string,
    @Arg('password', () => String, { description: 'The account\'s password.' }) password: string,
    @Arg('cookie', () => Boolean, {
      defaultValue: false,
      description: "For the admin console: the session goes into an httpOnly cookie (with a CSRF token in a readable one) and the answer's token is empty.",
    })
    cookie: boolean,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    if (cookie && !ctx.sessionCookies) throw invalid('cookie', 'cookie sessions are made over HTTP');
    const { token, user, expiresAt } = await ctx.services.auth.login(email, password, ctx.ip);
    if (!cookie) return { token, user };
    ctx.sessionCookies!.start(token, expiresAt);
    return { token: '', user };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session that made this request (its token or cookie); its open WebSockets close. Any valid token.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.principal?.kind !== 'user' || !ctx.token) return false;
    await ctx.services.auth.logout(ctx.token);
    ctx.sessionCookies?.clear();
    return true;
  }

  @Authorized(Access.PLATFORM_ADMIN, Access.SUPER_ADMIN, Access.DISPATCHER)
  @Query(() => User, { description: 'The signed-in user. Any signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const principal = ctx.principal;
    if (principal?.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only signed-in users have a profile');
    const user = await ctx.services.auth.userById(principal.userId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'The user of this session no longer exists');
    return user;
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'Their tenant; null for platform admins.' })
  tenant(@Root() user: User, @Ctx() ctx: Context): Promise<Tenant | null> | null {
    return user.tenantId ? ctx.loaders.tenant.load(user.tenantId) : null;
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => User, { description: 'A super admin or dispatcher in the caller\'s tenant. Super admins only.' })
  async createUser(@CurrentScope() scope: TenantScope, @Arg('input', () => CreateUserInput, { description: 'The user\'s address, name, password and role.' }) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.createTenantUser(scope, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [User], { description: "The users of the caller's tenant. Super admins only." })
  users(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.auth.tenantUsers(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => UserConnection, { description: "The users of the caller's tenant a page at a time, by address (the same list as users). Super admins only." })
  usersConnection(@CurrentScope() scope: TenantScope, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<User>> {
    return ctx.services.auth.usersPage(scope, page);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => LoginAttemptConnection, { description: "Sign-ins to the accounts of the caller's tenant a page at a time, newest first. Super admins only." })
  loginAttemptsConnection(
    @CurrentScope() scope: TenantScope,
    @Arg('userId', () => ID, { nullable: true, description: 'Only the attempts on this user\'s account; null: all accounts.' }) userId: string | null,
    @Arg('failedOnly', () => Boolean, { defaultValue: false, description: 'True: only attempts that did not sign in.' }) failedOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<LoginAttempt>> {
    return ctx.services.auth.loginAttemptsPage(scope, { userId, failedOnly }, page);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => ApiKeyConnection, { description: "The tenant's API keys a page at a time, revoked ones included, newest first (the same list as apiKeys). Super admins only." })
  apiKeysConnection(@CurrentScope() scope: TenantScope, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<ApiKey>> {
    return ctx.services.auth.apiKeysPage(scope, page);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean, { description: "Removes a user of the caller's tenant: their sessions end and their open WebSockets close. Super admins only." })
  async removeUser(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The user to remove.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.removeUser(scope, id);
    return true;
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [LoginAttempt], { description: "Recent sign-ins to the accounts of the caller's tenant, newest first. Super admins only." })
  loginAttempts(
    @CurrentScope() scope: TenantScope,
    @Arg('userId', () => ID, { nullable: true, description: 'Only the attempts on this user\'s account; null: all accounts.' }) userId: string | null,
    @Arg('failedOnly', () => Boolean, { defaultValue: false, description: 'True: only attempts that did not sign in.' }) failedOnly: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'At most 200; default 50.' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<LoginAttempt[]> {
    return ctx.services.auth.loginAttempts(scope, { userId, failedOnly, first });
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [ApiKey], { description: 'The tenant\'s API keys, revoked ones included. Super admins only.' })
  apiKeys(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.auth.listApiKeys(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ApiKeyCredentials, { description: 'The key is in the answer once and never again. Super admins only.' })
  createApiKey(
    @CurrentScope() scope: TenantScope,
    @Arg('name', () => String, { description: 'A label for the key, 1 to 100 characters.' }) name: string,
    @Arg('expiresAt', () => Date, { nullable: true, description: 'From this moment the key no longer works; null: it does not expire.' })
    expiresAt: Date | null,
    @Ctx() ctx: Context,
  ): Promise<ApiKeyCredentials> {
    return ctx.services.auth.createApiKey(scope, name, expiresAt ?? null);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes a key at once: requests with it answer UNAUTHENTICATED and sockets made with it close. Super admins only.' })
  revokeApiKey(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The key\'s id.' }) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    return ctx.services.auth.revokeApiKey(scope, id);
  }
}
