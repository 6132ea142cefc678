import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Tenant } from '../tenants/tenant.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyCredentials, CreateUserInput, Session } from './user.inputs';
import { User } from './user.entity';
import { DomainError } from '../../core/errors';

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => Session, { description: 'The only operation that needs no token.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    return ctx.services.auth.login(email, password);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session whose token made this request.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.principal?.kind !== 'user' || !ctx.token) return false;
    await ctx.services.auth.logout(ctx.token);
    return true;
  }

  @Authorized(Access.PLATFORM_ADMIN, Access.SUPER_ADMIN, Access.DISPATCHER)
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const principal = ctx.principal;
    if (principal?.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only signed-in users have a profile');
    const user = await ctx.services.auth.userById(principal.userId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'The user of this session no longer exists');
    return user;
  }

  @FieldResolver(() => Tenant, { nullable: true })
  tenant(@Root() user: User, @Ctx() ctx: Context): Promise<Tenant | null> | null {
    return user.tenantId ? ctx.loaders.tenant.load(user.tenantId) : null;
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => User, { description: 'A super admin or dispatcher in the caller\'s tenant.' })
  async createUser(@CurrentScope() scope: TenantScope, @Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.createTenantUser(scope, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [User], { description: "The users of the caller's tenant." })
  users(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.auth.tenantUsers(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [ApiKey])
  apiKeys(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.auth.listApiKeys(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ApiKeyCredentials, { description: 'The key is in the answer once and never again.' })
  createApiKey(@CurrentScope() scope: TenantScope, @Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<ApiKeyCredentials> {
    return ctx.services.auth.createApiKey(scope, name);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ApiKey)
  revokeApiKey(@CurrentScope() scope: TenantScope, @Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    return ctx.services.auth.revokeApiKey(scope, id);
  }
}
