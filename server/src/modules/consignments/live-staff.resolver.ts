import { tenantScopeOf } from '../../core/scope';
import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { STAFF } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import { busIterator } from '../../graphql/bus-iterator';
import type { Context } from '../../graphql/context';
import { createLoaders } from '../../graphql/loaders';
import { DriverPositionRecord } from '../drivers/driver-position.entity';
import { Consignment } from './consignment.entity';
import { Topic } from '../../bus/event-bus';

@ObjectType({ description: "A change of one of the caller's tenant's consignments (or its stops, cargo, scans…)." })
export class ConsignmentChange {
  @Field(() => ID, { description: 'The id of the consignment that changed (also when it was deleted).' }) consignmentId!: string;
  @Field(() => Boolean, { description: 'True when the consignment was deleted; consignment is then null.' }) deleted!: boolean;
}

/** Live updates for the admin console, limited to the caller's tenant. */
@Resolver(() => ConsignmentChange)
export class LiveStaffResolver {
  @Authorized(...STAFF)
  @Subscription(() => ConsignmentChange, { subscribe: async ({ context }) => {
      const { tenantId } = tenantScopeOf((context as Context).principal);
      return busIterator((context as Context).services.bus, Topic.CONSIGNMENT_CHANGED, (p) =>
        p.tenantId === tenantId ? { consignmentId: p.consignmentId, deleted: p.deleted ?? false } : null,
      );
    }, description: 'Every change of the caller\'s tenant\'s consignments, as it commits (graphql-ws). Staff sessions only (super admins and dispatchers).' })
  consignmentChanged(@Root() change: ConsignmentChange, @Ctx() ctx: Context): ConsignmentChange {
    // A subscription keeps one context for all its events: each event reads afresh.
    ctx.loaders = createLoaders(ctx.services);
    return change;
  }

  @FieldResolver(() => Consignment, { nullable: true, description: 'The consignment as it is now; null once deleted.' })
  consignment(@CurrentScope() scope: TenantScope, @Root() change: ConsignmentChange, @Ctx() ctx: Context): Promise<Consignment | null> {
    return ctx.services.consignments.find(scope, change.consignmentId);
  }

  @Authorized(...STAFF)
  @Subscription(() => DriverPositionRecord, {
    description: "Every new latest position of the caller's tenant's drivers (graphql-ws). Staff sessions only (super admins and dispatchers).",
    subscribe: async ({ context }) => {
      const { tenantId } = tenantScopeOf((context as Context).principal);
      return busIterator((context as Context).services.bus, Topic.DRIVER_POSITION, (p) =>
        p.tenantId === tenantId
          ? Object.assign(new DriverPositionRecord(), { ...p, accuracyM: null, recordedAt: new Date(p.recordedAt) })
          : null,
      );
    },
  })
  driverPositionChanged(@Root() position: DriverPositionRecord): DriverPositionRecord {
    return position;
  }
}
