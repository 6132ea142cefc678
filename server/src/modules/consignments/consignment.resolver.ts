import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { nextStatuses, NoteScope } from '@tracklink/shared';
import { TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { DriverPositionRecord } from '../drivers/driver-position.entity';
import { Driver } from '../drivers/driver.entity';
import { Order } from '../orders/order.entity';
import { PalletScan } from '../pallet-scans/pallet-scan.entity';
import { CargoLine } from './cargo-line.entity';
import { Consignment } from './consignment.entity';
import {
  CappedCount,
  ConsignmentConnection,
  LIST_COUNT_CAP,
  ConsignmentFilter,
  CustomFieldValue,
  KeyValueInput,
  NoteInput,
  PhotoInput,
  UpdateConsignmentInput,
  UpdateStopInput,
} from './consignment.inputs';
import { CustomFieldDefinition } from './custom-field.entity';
import { Note } from './note.entity';
import { Photo } from './photo.entity';
import { Stop } from './stop.entity';
import { ConsignmentStatus } from '@tracklink/shared';

/** The list's totals, counted only when a client asks for them. */
@Resolver(() => ConsignmentConnection)
export class ConsignmentConnectionResolver {
  @FieldResolver(() => Int, {
    description: 'Every matching consignment, counted exactly: on a large tenant a scan of all of them on each page. The admin console asks for `total` instead.',
  })
  totalCount(@Root() connection: ConsignmentConnection): Promise<number> {
    return connection.count();
  }

  @FieldResolver(() => CappedCount, { description: `The matching consignments counted up to ${LIST_COUNT_CAP.toLocaleString('en-US')}: cheap at any size.` })
  async total(@Root() connection: ConsignmentConnection): Promise<CappedCount> {
    const n = await connection.count(LIST_COUNT_CAP + 1);
    return { count: Math.min(n, LIST_COUNT_CAP), capped: n > LIST_COUNT_CAP };
  }
}

@Resolver(() => Consignment)
export class ConsignmentResolver {
  @Authorized(...TENANT_API)
  @Query(() => Consignment, { nullable: true })
  consignment(@CurrentScope() scope: TenantScope, @Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Consignment | null> {
    return ctx.services.consignments.find(scope, id);
  }

  @Authorized(...TENANT_API)
  @Query(() => ConsignmentConnection, { description: 'Newest first.' })
  consignments(
    @CurrentScope() scope: TenantScope,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ConsignmentFilter, { nullable: true }) filter?: ConsignmentFilter,
  ): Promise<ConsignmentConnection> {
    return ctx.services.consignments.list(scope, { first, after, filter });
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment)
  updateConsignment(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID) id: string,
    @Arg('input', () => UpdateConsignmentInput) input: UpdateConsignmentInput,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.update(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment, { description: 'DRAFT → TO_PLAN → PLANNED → IN_TRANSIT → DELIVERED; CANCELLED before DELIVERED.' })
  setConsignmentStatus(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID) id: string,
    @Arg('status', () => ConsignmentStatus) status: ConsignmentStatus,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.setStatus(scope, id, status);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment)
  assignDriver(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID) id: string,
    @Arg('driverId', () => ID) driverId: string,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.assignDriver(scope, id, driverId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment)
  unassignDriver(@CurrentScope() scope: TenantScope, @Arg('consignmentId', () => ID) id: string, @Ctx() ctx: Context): Promise<Consignment> {
    return ctx.services.consignments.assignDriver(scope, id, null);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean)
  deleteConsignment(@CurrentScope() scope: TenantScope, @Arg('consignmentId', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.consignments.delete(scope, id);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Stop, { description: "Times, ETA and contact of a stop; null fields stay as they are." })
  updateStop(
    @CurrentScope() scope: TenantScope,
    @Arg('stopId', () => ID) stopId: string,
    @Arg('input', () => UpdateStopInput) input: UpdateStopInput,
    @Ctx() ctx: Context,
  ): Promise<Stop> {
    return ctx.services.stops.update(scope, stopId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Note)
  addConsignmentNote(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID) id: string,
    @Arg('input', () => NoteInput) input: NoteInput,
    @Ctx() ctx: Context,
  ): Promise<Note> {
    return ctx.services.notes.add(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean)
  deleteConsignmentNote(@CurrentScope() scope: TenantScope, @Arg('noteId', () => ID) noteId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.notes.delete(scope, noteId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Photo)
  addConsignmentPhoto(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID) id: string,
    @Arg('input', () => PhotoInput) input: PhotoInput,
    @Ctx() ctx: Context,
  ): Promise<Photo> {
    return ctx.services.photos.add(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Photo)
  setPhotoCustomerVisible(
    @CurrentScope() scope: TenantScope,
    @Arg('photoId', () => ID) photoId: string,
    @Arg('customerVisible', () => Boolean) customerVisible: boolean,
    @Ctx() ctx: Context,
  ): Promise<Photo> {
    return ctx.services.photos.setVisibility(scope, photoId, customerVisible);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean)
  deleteConsignmentPhoto(@CurrentScope() scope: TenantScope, @Arg('photoId', () => ID) photoId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.photos.delete(scope, photoId);
  }

  @Authorized(...TENANT_API)
  @Query(() => [CustomFieldDefinition])
  customFieldDefinitions(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<CustomFieldDefinition[]> {
    return ctx.services.customFields.definitions(scope.tenantId);
  }

  @Authorized('SUPER_ADMIN')
  @Mutation(() => CustomFieldDefinition, { description: 'Creates the field, or relabels it when the key exists.' })
  defineCustomField(
    @CurrentScope() scope: TenantScope,
    @Arg('key', () => String) key: string,
    @Arg('label', () => String) label: string,
    @Ctx() ctx: Context,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.define(scope, key, label);
  }

  @Authorized('SUPER_ADMIN')
  @Mutation(() => Boolean)
  deleteCustomField(@CurrentScope() scope: TenantScope, @Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.customFields.delete(scope, key);
  }

  // ---- fields ----

  @FieldResolver(() => [ConsignmentStatus], { description: 'Statuses this consignment may move to next.' })
  allowedNextStatuses(@Root() c: Consignment): readonly ConsignmentStatus[] {
    return nextStatuses(c.status);
  }

  @FieldResolver(() => Order)
  order(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Order> {
    return ctx.loaders.order.load(c.orderId) as Promise<Order>;
  }

  @FieldResolver(() => [Stop])
  stops(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Stop[]> {
    return ctx.loaders.stops.load(c.id);
  }

  @FieldResolver(() => [CargoLine])
  cargo(@Root() c: Consignment, @Ctx() ctx: Context): Promise<CargoLine[]> {
    return ctx.loaders.cargo.load(c.id);
  }

  @FieldResolver(() => [Note])
  async notes(
    @Root() c: Consignment,
    @Ctx() ctx: Context,
    @Arg('scope', () => NoteScope, { nullable: true }) scope?: NoteScope,
  ): Promise<Note[]> {
    const notes = await ctx.loaders.notes.load(c.id);
    return scope ? notes.filter((n) => n.scope === scope) : notes;
  }

  @FieldResolver(() => [Photo])
  photos(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Photo[]> {
    return ctx.loaders.photos.load(c.id);
  }

  @FieldResolver(() => [PalletScan])
  palletScans(@Root() c: Consignment, @Ctx() ctx: Context): Promise<PalletScan[]> {
    return ctx.loaders.palletScans.load(c.id);
  }

  @FieldResolver(() => [KeyValueInput])
  extraFields(@Root() c: Consignment): KeyValueInput[] {
    return c.extraFields;
  }

  @FieldResolver(() => [CustomFieldValue])
  async customFields(@Root() c: Consignment, @Ctx() ctx: Context): Promise<CustomFieldValue[]> {
    const defs = await ctx.loaders.customFieldDefinitions.load(c.tenantId);
    return defs.filter((d) => c.customFields[d.key] !== undefined).map((d) => ({ key: d.key, label: d.label, value: c.customFields[d.key] }));
  }

  @Authorized(...TENANT_API)
  @FieldResolver(() => String, { nullable: true, description: 'Internal only.' })
  price(@Root() c: Consignment): string | null {
    return c.price;
  }

  @Authorized(...TENANT_API)
  @FieldResolver(() => String, { nullable: true, description: 'Internal only.' })
  cost(@Root() c: Consignment): string | null {
    return c.cost;
  }

  @Authorized(...TENANT_API)
  @FieldResolver(() => String, { nullable: true, description: 'Internal only.' })
  internalNotes(@Root() c: Consignment): string | null {
    return c.internalNotes;
  }

  @FieldResolver(() => Driver, { nullable: true })
  driver(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Driver | null> | null {
    return c.driverId ? ctx.loaders.driver.load(c.driverId) : null;
  }

  @FieldResolver(() => DriverPositionRecord, { nullable: true, description: "The assigned driver's latest position." })
  driverPosition(@Root() c: Consignment, @Ctx() ctx: Context): Promise<DriverPositionRecord | null> | null {
    return c.driverId ? ctx.loaders.latestPosition.load(c.driverId) : null;
  }
}
