import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, STAFF, tenantScope } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { ContactTask } from './contact-task.entity';
import { ContactTaskInput } from './contact-task.inputs';

@Resolver(() => ContactTask)
export class ContactTaskResolver {
  @Authorized(...STAFF)
  @Query(() => [ContactTask], { description: "The tenant's contact tasks, oldest first." })
  contactTasks(@Ctx() ctx: Context): Promise<ContactTask[]> {
    return ctx.services.tasks.list(tenantScope(ctx.principal));
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask)
  createContactTask(@Arg('input', () => ContactTaskInput) input: ContactTaskInput, @Ctx() ctx: Context): Promise<ContactTask> {
    return ctx.services.tasks.create(tenantScope(ctx.principal), input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask, { description: 'Replaces the settings of a task; messages already queued are not changed.' })
  updateContactTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContactTaskInput) input: ContactTaskInput,
    @Ctx() ctx: Context,
  ): Promise<ContactTask> {
    return ctx.services.tasks.update(tenantScope(ctx.principal), id, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => ContactTask)
  setContactTaskEnabled(
    @Arg('id', () => ID) id: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<ContactTask> {
    return ctx.services.tasks.setEnabled(tenantScope(ctx.principal), id, enabled);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean, { description: 'The messages it queued stay in the outbox.' })
  deleteContactTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.tasks.delete(tenantScope(ctx.principal), id);
  }
}
