import { PageArgs } from '../../graphql/page-info';
import type { Connection } from '../../core/pagination';
import { PalletScanConnection } from '../pallet-scans/pallet-scan.inputs';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldsAt } from '../../graphql/selection';
import { nextStatuses, NoteScope } from '@tracklink/shared';
import { TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { DriverPositionRecord } from '../drivers/driver-position.entity';
import { Driver } from '../drivers/driver.entity';
import { Order } from '../orders/order.entity';
import { listedCustomers } from '../orders/order.resolver';
import { listedLinks } from '../tracking-links/tracking-link.resolver';
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
  NoteConnection,
  NoteInput,
  PhotoConnection,
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

/**
 * The stops the list read with its rows, by row: only the columns of the fields its query shows
 * of them, so they stay with the rows that list answers (a row object of one list field) and
 * never reach the request's stops loader, which holds whole stops for everything else.
 */
const listedStops = new WeakMap<Consignment, Stop[]>();
/** The orders a list read with its rows (only the columns its query shows), by row. */
const listedOrders = new WeakMap<Consignment, Order>();

@Resolver(() => Consignment)
export class ConsignmentResolver {
  @Authorized(...TENANT_API)
  @Query(() => Consignment, { nullable: true, description: 'A consignment of the caller\'s tenant; null when there is none with this id. Staff and API keys.' })
  consignment(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The consignment\'s id.' }) id: string, @Ctx() ctx: Context): Promise<Consignment | null> {
    return ctx.services.consignments.find(scope, id);
  }

  @Authorized(...TENANT_API)
  @Query(() => ConsignmentConnection, { description: 'Newest first. Staff and API keys.' })
  async consignments(
    @CurrentScope() scope: TenantScope,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' }) after?: string,
    @Arg('filter', () => ConsignmentFilter, { nullable: true, description: 'Narrows the list; null: all.' }) filter?: ConsignmentFilter,
  ): Promise<ConsignmentConnection> {
    // The capped total, and of the rows, their stops, links, orders and customers only what the
    // query shows, are read with the page in one statement and handed to the rows that asked
    // (never to the request's loaders: they may hold only some columns); the rows' fields then
    // resolve synchronously, without a statement.
    const wanted = selectedFieldsAt(info, ['edges', 'node']);
    const under = (...path: string[]) => selectedFieldsAt(info, ['edges', 'node', ...path]);
    const orderFields = wanted.has('order') ? under('order') : undefined;
    const page = await ctx.services.consignments.list(
      scope,
      { first, after, filter },
      {
        countCap: selectedFieldsAt(info, []).has('total') ? LIST_COUNT_CAP + 1 : undefined,
        fields: wanted,
        stopFields: wanted.has('stops') ? under('stops') : undefined,
        linkFields: wanted.has('trackingLinks') ? under('trackingLinks') : undefined,
        orderFields,
        customerFields: orderFields?.has('customer') ? under('order', 'customer') : undefined,
      },
    );
    for (const { node } of page.edges) {
      if (page.stops) listedStops.set(node, page.stops.get(node.id) ?? []);
      if (page.links) listedLinks.set(node, page.links.get(node.id) ?? []);
      const order = page.orders?.get(node.orderId);
      if (!order) continue;
      listedOrders.set(node, order);
      if (page.customers) listedCustomers.set(order, (order.customerId && page.customers.get(order.customerId)) || null);
    }
    return page;
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment, { description: 'Changes a consignment\'s details; null fields stay as they are, lists replace what was there. Staff and API keys.' })
  updateConsignment(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment to change.' }) id: string,
    @Arg('input', () => UpdateConsignmentInput, { description: 'What to change.' }) input: UpdateConsignmentInput,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.update(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment, { description: 'DRAFT → TO_PLAN → PLANNED → IN_TRANSIT → DELIVERED; CANCELLED before DELIVERED. Staff and API keys.' })
  setConsignmentStatus(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment to move.' }) id: string,
    @Arg('status', () => ConsignmentStatus, { description: 'One of the consignment\'s allowedNextStatuses.' }) status: ConsignmentStatus,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.setStatus(scope, id, status);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment, { description: 'Makes the driver the consignment\'s driver (replacing any other); their positions then show on its page while IN_TRANSIT. Staff and API keys.' })
  assignDriver(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment to assign.' }) id: string,
    @Arg('driverId', () => ID, { description: 'A driver of the caller\'s tenant.' }) driverId: string,
    @Ctx() ctx: Context,
  ): Promise<Consignment> {
    return ctx.services.consignments.assignDriver(scope, id, driverId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Consignment, { description: 'Removes the consignment\'s driver; its page no longer shows a position. Staff and API keys.' })
  unassignDriver(@CurrentScope() scope: TenantScope, @Arg('consignmentId', () => ID, { description: 'The consignment.' }) id: string, @Ctx() ctx: Context): Promise<Consignment> {
    return ctx.services.consignments.assignDriver(scope, id, null);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean, { description: 'Deletes a consignment: its tracking pages show "not available" from now on. True when it was deleted. Staff and API keys.' })
  deleteConsignment(@CurrentScope() scope: TenantScope, @Arg('consignmentId', () => ID, { description: 'The consignment to delete.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.consignments.delete(scope, id);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Stop, { description: "Times, ETA and contact of a stop; null fields stay as they are. Staff and API keys." })
  updateStop(
    @CurrentScope() scope: TenantScope,
    @Arg('stopId', () => ID, { description: 'The stop.' }) stopId: string,
    @Arg('input', () => UpdateStopInput, { description: 'What to change.' }) input: UpdateStopInput,
    @Ctx() ctx: Context,
  ): Promise<Stop> {
    return ctx.services.stops.update(scope, stopId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Note, { description: 'Adds a note to a consignment. Staff and API keys.' })
  addConsignmentNote(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment to add the note to.' }) id: string,
    @Arg('input', () => NoteInput, { description: 'The note\'s text and who may see it.' }) input: NoteInput,
    @Ctx() ctx: Context,
  ): Promise<Note> {
    return ctx.services.notes.add(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean, { description: 'Deletes a note; true when it was deleted. Staff and API keys.' })
  deleteConsignmentNote(@CurrentScope() scope: TenantScope, @Arg('noteId', () => ID, { description: 'The note to delete.' }) noteId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.notes.delete(scope, noteId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Photo, { description: 'Adds a photo, by URL, to a consignment. Staff and API keys.' })
  addConsignmentPhoto(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment the photo is of.' }) id: string,
    @Arg('input', () => PhotoInput, { description: 'The photo\'s URL, caption and visibility.' }) input: PhotoInput,
    @Ctx() ctx: Context,
  ): Promise<Photo> {
    return ctx.services.photos.add(scope, id, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Photo, { description: 'Lets the public page show a photo, or stops it. Staff and API keys.' })
  setPhotoCustomerVisible(
    @CurrentScope() scope: TenantScope,
    @Arg('photoId', () => ID, { description: 'The photo.' }) photoId: string,
    @Arg('customerVisible', () => Boolean, { description: 'True: the page may show it.' }) customerVisible: boolean,
    @Ctx() ctx: Context,
  ): Promise<Photo> {
    return ctx.services.photos.setVisibility(scope, photoId, customerVisible);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Boolean, { description: 'Deletes a photo; true when it was deleted. Staff and API keys.' })
  deleteConsignmentPhoto(@CurrentScope() scope: TenantScope, @Arg('photoId', () => ID, { description: 'The photo to delete.' }) photoId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.photos.delete(scope, photoId);
  }

  @Authorized(...TENANT_API)
  @Query(() => [CustomFieldDefinition], { description: 'The tenant\'s custom fields, by key. Staff and API keys.' })
  customFieldDefinitions(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<CustomFieldDefinition[]> {
    return ctx.services.customFields.definitions(scope.tenantId);
  }

  @Authorized('SUPER_ADMIN')
  @Mutation(() => CustomFieldDefinition, { description: 'Creates the field, or relabels it when the key exists. Super admins only.' })
  defineCustomField(
    @CurrentScope() scope: TenantScope,
    @Arg('key', () => String, { description: 'Starts with a letter; letters, digits and _ only.' }) key: string,
    @Arg('label', () => String, { description: 'The label for staff and the public page.' }) label: string,
    @Ctx() ctx: Context,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.define(scope, key, label);
  }

  @Authorized('SUPER_ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes the definition; stored values stay on consignments and show under their key. Super admins only.' })
  deleteCustomField(@CurrentScope() scope: TenantScope, @Arg('key', () => String, { description: 'The field\'s key.' }) key: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.customFields.delete(scope, key);
  }

  // ---- fields ----

  @FieldResolver(() => [ConsignmentStatus], { description: 'Statuses this consignment may move to next.' })
  allowedNextStatuses(@Root() c: Consignment): readonly ConsignmentStatus[] {
    return nextStatuses(c.status);
  }

  @FieldResolver(() => Order, { description: 'The order this consignment belongs to.' })
  order(@Root() c: Consignment, @Ctx() ctx: Context): Order | Promise<Order> {
    return listedOrders.get(c) ?? (ctx.loaders.order.get(c.orderId) as Order | Promise<Order>);
  }

  @FieldResolver(() => [Stop], { description: 'The stops in route order (sequence from 1): at least one PICKUP and one DELIVERY.' })
  stops(@Root() c: Consignment, @Ctx() ctx: Context): Stop[] | Promise<Stop[]> {
    return listedStops.get(c) ?? ctx.loaders.stops.get(c.id);
  }

  @FieldResolver(() => [CargoLine], { description: 'The cargo lines, in the order given.' })
  cargo(@Root() c: Consignment, @Ctx() ctx: Context): Promise<CargoLine[]> {
    return ctx.loaders.cargo.load(c.id);
  }

  @FieldResolver(() => [Note], { description: 'Notes on the consignment, oldest first.' })
  async notes(
    @Root() c: Consignment,
    @Ctx() ctx: Context,
    @Arg('scope', () => NoteScope, { nullable: true, description: 'Only notes of this scope; null: all.' }) scope?: NoteScope,
  ): Promise<Note[]> {
    const notes = await ctx.loaders.notes.load(c.id);
    return scope ? notes.filter((n) => n.scope === scope) : notes;
  }

  @FieldResolver(() => NoteConnection, { description: 'Notes on the consignment a page at a time, oldest first (the same list as notes).' })
  notesConnection(
    @Root() c: Consignment,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('scope', () => NoteScope, { nullable: true, description: 'Only notes of this scope; null: all.' }) scope?: NoteScope,
  ): Promise<Connection<Note>> {
    return ctx.services.notes.page(c.id, scope, page);
  }

  @FieldResolver(() => PhotoConnection, { description: 'Photos a page at a time, oldest first (the same list as photos).' })
  photosConnection(@Root() c: Consignment, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Photo>> {
    return ctx.services.photos.page(c.id, page);
  }

  @FieldResolver(() => PalletScanConnection, { description: 'Scans of its pallets a page at a time, by scannedAt, oldest first (the same list as palletScans).' })
  palletScansConnection(@Root() c: Consignment, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<PalletScan>> {
    return ctx.services.palletScans.page(c.id, page);
  }

  @FieldResolver(() => [Photo], { description: 'Photos added by staff or the driver app, oldest first; customerVisible ones may appear on the public page.' })
  photos(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Photo[]> {
    return ctx.loaders.photos.load(c.id);
  }

  @FieldResolver(() => [PalletScan], { description: 'Scans of its pallets, by scannedAt, oldest first.' })
  palletScans(@Root() c: Consignment, @Ctx() ctx: Context): Promise<PalletScan[]> {
    return ctx.loaders.palletScans.load(c.id);
  }

  @FieldResolver(() => [KeyValueInput], { description: 'Free key/value pairs, in the order given.' })
  extraFields(@Root() c: Consignment): KeyValueInput[] {
    return c.extraFields;
  }

  @FieldResolver(() => [CustomFieldValue], { description: 'Values of the tenant\'s custom fields (see customFieldDefinitions), with their current labels; fields without a value are absent.' })
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

  @FieldResolver(() => Driver, { nullable: true, description: 'The assigned driver; null while none is assigned.' })
  driver(@Root() c: Consignment, @Ctx() ctx: Context): Promise<Driver | null> | null {
    return c.driverId ? ctx.loaders.driver.load(c.driverId) : null;
  }

  @FieldResolver(() => DriverPositionRecord, { nullable: true, description: "The assigned driver's latest position." })
  driverPosition(@Root() c: Consignment, @Ctx() ctx: Context): Promise<DriverPositionRecord | null> | null {
    return c.driverId ? ctx.loaders.latestPosition.load(c.driverId) : null;
  }
}
