import { PageArgs } from '../../graphql/page-info';
import type { Connection } from '../../core/pagination';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, STAFF } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { ContactTask } from './contact-task.entity';
import { ContactTaskConnection, ContactTaskInput } from './contact-task.inputs';

@Resolver(() => ContactTask)
export class ContactTaskResolver {
  @Authorized(...STAFF)
  @Query(() => [ContactTask], { description: "The tenant's contact tasks, oldest first. Staff sessions only (super admins and dispatchers)." })
  contactTasks(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<ContactTask[]> {
    return ctx.services.tasks.list(scope);
  }

  @Authorized(...STAFF)
  @Query(() => ContactTaskConnection, { description: "The tenant's contact tasks a page at a time, oldest first (the same list as contactTasks). Staff sessions only (super admins and dispatchers)." })
  contactTasksConnection(@CurrentScope() scope: TenantScope, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<ContactTask>> {
    return ctx.services.tasks.page(scope, page);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask, { description: 'Adds an automatic email. Super admins only.' })
  createContactTask(@CurrentScope() scope: TenantScope, @Arg('input', () => ContactTaskInput, { description: 'The task\'s settings.' }) input: ContactTaskInput, @Ctx() ctx: Context): Promise<ContactTask> {
    return ctx.services.tasks.create(scope, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask, { description: 'Replaces the settings of a task; messages already queued are not changed. Super admins only.' })
  updateContactTask(
    @CurrentScope() scope: TenantScope,
    @Arg('id', () => ID, { description: 'The task.' }) id: string,
    @Arg('input', () => ContactTaskInput, { description: 'All of its new settings.' }) input: ContactTaskInput,
    @Ctx() ctx: Context,
  ): Promise<ContactTask> {
    return ctx.services.tasks.update(scope, id, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask, { description: 'Turns a task on or off without changing its settings. Super admins only.' })
  setContactTaskEnabled(
    @CurrentScope() scope: TenantScope,
    @Arg('id', () => ID, { description: 'The task.' }) id: string,
    @Arg('enabled', () => Boolean, { description: 'True: it sends; false: it sends nothing.' }) enabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<ContactTask> {
    return ctx.services.tasks.setEnabled(scope, id, enabled);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean, { description: 'The messages it queued stay in the outbox. Super admins only.' })
  deleteContactTask(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The task to delete.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.tasks.delete(scope, id);
  }
}
