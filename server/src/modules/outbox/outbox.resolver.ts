import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Consignment } from '../consignments/consignment.entity';
import { ContactTask } from '../tasks/contact-task.entity';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { OutboxConnection } from './outbox.inputs';

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Authorized(...STAFF)
  @Query(() => OutboxConnection, { description: "The tenant's emails, newest first. Staff sessions only (super admins and dispatchers)." })
  outbox(
    @CurrentScope() scope: TenantScope,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' }) after?: string,
    @Arg('status', () => OutboxStatus, { nullable: true, description: 'Only messages with this status; null: all.' }) status?: OutboxStatus,
  ): Promise<OutboxConnection> {
    return ctx.services.outbox.list(scope, { first, after, status });
  }

  @Authorized(...STAFF)
  @Mutation(() => OutboxMessage, { description: 'Sends a FAILED (or NOT_SENT) message again, now. Staff sessions only (super admins and dispatchers).' })
  retryOutboxMessage(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The message to send again.' }) id: string, @Ctx() ctx: Context): Promise<OutboxMessage> {
    return ctx.services.outbox.retry(scope, id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When a PENDING message is next attempted.' })
  nextAttemptAt(@Root() m: OutboxMessage): Date | null {
    return m.status === OutboxStatus.PENDING ? m.nextAttemptAt : null;
  }

  @FieldResolver(() => Consignment, { nullable: true, description: 'The consignment it is about; null once that was deleted.' })
  consignment(@Root() m: OutboxMessage, @Ctx() ctx: Context): Promise<Consignment | null> | null {
    return m.consignmentId ? ctx.loaders.outboxConsignment.load(m.consignmentId) : null;
  }

  @FieldResolver(() => ContactTask, { nullable: true, description: 'The task that queued it (null once deleted).' })
  task(@Root() m: OutboxMessage, @Ctx() ctx: Context): Promise<ContactTask | null> | null {
    return m.taskId ? ctx.loaders.contactTask.load(m.taskId) : null;
  }
}
