import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { canTransition, ConsignmentStatus, isUuid, LIMITS, nextStatuses, NoteScope, isValidHttpUrl } from '@tracklink/shared';
import type { TenantScope } from '../../graphql/auth';
import { AppError, invalid, notFound } from '../../graphql/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import { CargoLine } from './cargo-line.entity';
import { Consignment } from './consignment.entity';
import type { ConsignmentEvent, ConsignmentEvents } from './consignment.events';
import type {
  ConsignmentConnection,
  ConsignmentFilter,
  ConsignmentInput,
  NoteInput,
  PhotoInput,
  UpdateConsignmentInput,
  UpdateStopInput,
} from './consignment.inputs';
import {
  cargoRows,
  checkWindow,
  consignmentFields,
  customFieldValues,
  keyValues,
  optionalEmail,
  optionalMoney,
  optionalText,
  requiredText,
} from './consignment.validation';
import { CustomFieldDefinition } from './custom-field.entity';
import { Note } from './note.entity';
import { Photo } from './photo.entity';
import { Stop } from './stop.entity';

export class ConsignmentService {
  constructor(
    private readonly ds: DataSource,
    readonly events: ConsignmentEvents,
  ) {}

  /** Runs `work` in a transaction; events it collects reach after-commit listeners once committed. */
  async mutate<T>(scope: TenantScope, work: (em: EntityManager, emit: (e: ConsignmentEvent) => Promise<void>) => Promise<T>): Promise<T> {
    const committed: ConsignmentEvent[] = [];
    const result = await this.ds.transaction(async (em) =>
      work(em, async (event) => {
        await this.events.emitInTransaction(em, scope, event);
        committed.push(event);
      }),
    );
    this.events.emitAfterCommit(committed);
    return result;
  }

  async customFieldKeys(em: EntityManager, tenantId: string): Promise<Set<string>> {
    const defs = await em.getRepository(CustomFieldDefinition).find({ where: { tenantId }, select: { key: true } });
    return new Set(defs.map((d) => d.key));
  }

  /** Validates every consignment of an order before anything is written. */
  prepare(inputs: ConsignmentInput[], field: string, customKeys: ReadonlySet<string>) {
    if (inputs.length === 0) throw invalid(field, 'needs at least one consignment');
    if (inputs.length > 100) throw invalid(field, 'at most 100 consignments per order');
    return inputs.map((input, i) => consignmentFields(input, `${field}[${i}]`, customKeys));
  }

  /** Inserts a prepared consignment with its stops and cargo, inside the caller's transaction. */
  async insert(
    em: EntityManager,
    scope: TenantScope,
    orderId: string,
    prepared: ReturnType<typeof consignmentFields>,
    emit: (e: ConsignmentEvent) => Promise<void>,
  ): Promise<Consignment> {
    const consignment = await em.getRepository(Consignment).save(
      em.getRepository(Consignment).create({ ...prepared.consignment, tenantId: scope.tenantId, orderId }),
    );
    await em.getRepository(Stop).insert(prepared.stops.map((s) => ({ ...s, consignmentId: consignment.id })));
    if (prepared.cargo.length) {
      await em.getRepository(CargoLine).insert(prepared.cargo.map((c) => ({ ...c, consignmentId: consignment.id })));
    }
    await emit({ type: 'created', consignment });
    return consignment;
  }

  /** The consignment in the caller's tenant, or null (another tenant's looks like no consignment). */
  /** One of the caller's consignments; inside a transaction when `em` is given. */
  async find(scope: TenantScope, id: string, em: EntityManager = this.ds.manager): Promise<Consignment | null> {
    if (!isUuid(id)) return null;
    return em.getRepository(Consignment).findOneBy({ id, tenantId: scope.tenantId });
  }

  /** The caller's consignments of some orders, oldest first, inside the caller's transaction. */
  ofOrders(em: EntityManager, scope: TenantScope, orderIds: readonly string[]): Promise<Consignment[]> {
    return em.getRepository(Consignment).find({ where: { orderId: In([...orderIds]), tenantId: scope.tenantId }, order: { createdAt: 'ASC' } });
  }

  /** Which of `photoIds` are photos of the consignment, inside the caller's transaction. */
  async photoIdsAmong(em: EntityManager, consignmentId: string, photoIds: readonly string[]): Promise<Set<string>> {
    const photos = await em.getRepository(Photo).find({ select: { id: true }, where: { consignmentId, id: In([...photoIds]) } });
    return new Set(photos.map((p) => p.id));
  }

  private async lockOwn(em: EntityManager, scope: TenantScope, id: string): Promise<Consignment> {
    const consignment = isUuid(id)
      ? await em.getRepository(Consignment).findOne({
          where: { id, tenantId: scope.tenantId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!consignment) throw notFound('Consignment');
    return consignment;
  }

  /** The caller's consignments among `ids`, locked for update, in id order (no deadlocks). */
  async ownedForUpdate(em: EntityManager, scope: TenantScope, ids: string[]): Promise<Consignment[]> {
    return em
      .getRepository(Consignment)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids) AND c.tenantId = :tenantId', { ids, tenantId: scope.tenantId })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  async list(
    scope: TenantScope,
    args: { first?: number | null; after?: string | null; filter?: ConsignmentFilter | null },
  ): Promise<ConsignmentConnection> {
    const limit = pageSize(args.first);
    const qb = this.ds
      .getRepository(Consignment)
      .createQueryBuilder('c')
      .where('c.tenantId = :tenantId', { tenantId: scope.tenantId });
    const filter = args.filter;
    if (filter?.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter?.orderId) {
      if (!isUuid(filter.orderId)) throw invalid('filter.orderId', 'is not an order id');
      qb.andWhere('c.orderId = :orderId', { orderId: filter.orderId });
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > 100) throw invalid('filter.search', 'must be at most 100 characters');
      const pattern = `%${search.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('c.reference ILIKE :pattern')
            .orWhere('c.customerReference ILIKE :pattern')
            .orWhere('c.containerNumber ILIKE :pattern')
            .orWhere(
              `EXISTS (SELECT 1 FROM orders o LEFT JOIN customers cu ON cu.id = o.customer_id
                WHERE o.id = c.order_id AND (o.reference ILIKE :pattern OR cu.name ILIKE :pattern))`,
            ),
        ),
        { pattern },
      );
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const afterId = decodeCursor(args.after);
      if (!isUuid(afterId)) throw invalid('after', 'is not a cursor from this API');
      qb.andWhere(
        '(c.createdAt, c.id) < (SELECT x.created_at, x.id FROM consignments x WHERE x.id = :afterId)',
        { afterId },
      );
    }
    const rows = await qb.orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'DESC').take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
      totalCount,
    };
  }

  async update(scope: TenantScope, id: string, input: UpdateConsignmentInput): Promise<Consignment> {
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, id);
      if (input.reference != null) c.reference = requiredText(input.reference, 'input.reference');
      if (input.customerReference != null) c.customerReference = optionalText(input.customerReference, 'input.customerReference');
      if (input.containerNumber != null) c.containerNumber = optionalText(input.containerNumber, 'input.containerNumber', 20);
      if (input.transportService != null) c.transportService = optionalText(input.transportService, 'input.transportService');
      if (input.vehiclePlate != null) c.vehiclePlate = optionalText(input.vehiclePlate, 'input.vehiclePlate', 20);
      if (input.extraFields != null) c.extraFields = keyValues(input.extraFields, 'input.extraFields');
      if (input.customFields != null) {
        c.customFields = customFieldValues(input.customFields, 'input.customFields', await this.customFieldKeys(em, scope.tenantId));
      }
      if (input.price != null) c.price = optionalMoney(input.price, 'input.price');
      if (input.cost != null) c.cost = optionalMoney(input.cost, 'input.cost');
      if (input.internalNotes != null) c.internalNotes = optionalText(input.internalNotes, 'input.internalNotes', LIMITS.longText);
      const cargo = input.cargo != null ? cargoRows(input.cargo, 'input.cargo') : null;
      await em.getRepository(Consignment).save(c);
      if (cargo) {
        await em.getRepository(CargoLine).delete({ consignmentId: c.id });
        if (cargo.length) await em.getRepository(CargoLine).insert(cargo.map((row) => ({ ...row, consignmentId: c.id })));
      }
      const fresh = await em.getRepository(Consignment).findOneByOrFail({ id: c.id });
      await emit({ type: 'changed', consignment: fresh });
      return fresh;
    });
  }

  async setStatus(scope: TenantScope, id: string, status: ConsignmentStatus): Promise<Consignment> {
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, id);
      const from = c.status;
      if (from === status) return c;
      if (!canTransition(from, status)) {
        const allowed = nextStatuses(from);
        throw new AppError(
          'INVALID_TRANSITION',
          `status: a ${from} consignment cannot become ${status}` +
            (allowed.length ? `; it can become ${allowed.join(' or ')}` : `; ${from} is final`),
          'status',
        );
      }
      c.status = status;
      await em.getRepository(Consignment).save(c);
      const fresh = await em.getRepository(Consignment).findOneByOrFail({ id: c.id });
      await emit({ type: 'statusChanged', consignment: fresh, from });
      return fresh;
    });
  }

  async assignDriver(scope: TenantScope, id: string, driverId: string | null): Promise<Consignment> {
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, id);
      if (driverId !== null) {
        const rows: unknown[] = isUuid(driverId)
          ? await em.query('SELECT 1 FROM drivers WHERE id = $1 AND tenant_id = $2', [driverId, scope.tenantId])
          : [];
        if (!rows.length) throw invalid('driverId', 'is not a driver of this tenant');
      }
      c.driverId = driverId;
      await em.getRepository(Consignment).save(c);
      const fresh = await em.getRepository(Consignment).findOneByOrFail({ id: c.id });
      await emit({ type: 'changed', consignment: fresh });
      return fresh;
    });
  }

  /** Soft delete: the row stays for audit, but nothing finds it and its links stop working. */
  async delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, id);
      await em.getRepository(Consignment).softDelete({ id: c.id });
      await emit({ type: 'deleted', consignment: c });
      return true;
    });
  }

  async updateStop(scope: TenantScope, stopId: string, input: UpdateStopInput): Promise<Stop> {
    if (!isUuid(stopId)) throw notFound('Stop');
    return this.mutate(scope, async (em, emit) => {
      const stop = await em
        .getRepository(Stop)
        .createQueryBuilder('s')
        .innerJoin(Consignment, 'c', 'c.id = s.consignmentId AND c.deletedAt IS NULL')
        .where('s.id = :stopId AND c.tenantId = :tenantId', { stopId, tenantId: scope.tenantId })
        .setLock('pessimistic_write', undefined, ['s'])
        .getOne();
      if (!stop) throw notFound('Stop');
      const arrived = stop.actualArrival === null && input.actualArrival != null;
      const departed = stop.actualDeparture === null && input.actualDeparture != null;
      if (input.name != null) stop.name = requiredText(input.name, 'input.name');
      if (input.address != null) stop.address = optionalText(input.address, 'input.address', 500);
      if (input.reference != null) stop.reference = optionalText(input.reference, 'input.reference');
      if (input.plannedArrival !== undefined && input.plannedArrival !== null) stop.plannedArrival = input.plannedArrival;
      if (input.plannedWindowEnd != null) stop.plannedWindowEnd = input.plannedWindowEnd;
      checkWindow(stop.plannedArrival, stop.plannedWindowEnd, 'input.plannedWindowEnd');
      if (input.estimatedArrival != null) stop.estimatedArrival = input.estimatedArrival;
      if (input.actualArrival != null) stop.actualArrival = input.actualArrival;
      if (input.actualDeparture != null) {
        if (stop.actualArrival && input.actualDeparture < stop.actualArrival) {
          throw invalid('input.actualDeparture', 'must not be before actualArrival');
        }
        stop.actualDeparture = input.actualDeparture;
      }
      if (input.contactName != null) stop.contactName = optionalText(input.contactName, 'input.contactName');
      if (input.contactEmail != null) stop.contactEmail = optionalEmail(input.contactEmail, 'input.contactEmail');
      if (input.contactPhone != null) stop.contactPhone = optionalText(input.contactPhone, 'input.contactPhone', 40);
      await em.getRepository(Stop).save(stop);
      const consignment = await em.getRepository(Consignment).findOneByOrFail({ id: stop.consignmentId });
      await emit({ type: 'stopChanged', consignment, stop, arrived, departed });
      return stop;
    });
  }

  /** A new ETA for a stop, from the live-ETA estimate; a no-op for a stop already reached. */
  async setEstimatedArrival(scope: TenantScope, stopId: string, eta: Date): Promise<void> {
    await this.mutate(scope, async (em, emit) => {
      const result = await em.query(
        `UPDATE stops s SET estimated_arrival = $3 FROM consignments c
          WHERE s.id = $1 AND c.id = s.consignment_id AND c.tenant_id = $2 AND c.deleted_at IS NULL AND s.actual_arrival IS NULL
          RETURNING s.consignment_id`,
        [stopId, scope.tenantId, eta],
      );
      const updated = (result[0] as Array<{ consignment_id: string }>) ?? [];
      if (!updated.length) return;
      const consignment = await em.getRepository(Consignment).findOneByOrFail({ id: updated[0].consignment_id });
      await emit({ type: 'changed', consignment });
    });
  }

  async addNote(scope: TenantScope, consignmentId: string, input: NoteInput): Promise<Note> {
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, consignmentId);
      const note = await em.getRepository(Note).save(
        em.getRepository(Note).create({
          consignmentId: c.id,
          scope: input.scope,
          text: requiredText(input.text, 'input.text', LIMITS.longText),
          authorId: scope.principal.kind === 'user' ? scope.principal.userId : null,
        }),
      );
      if (input.scope === NoteScope.CUSTOMER) await emit({ type: 'changed', consignment: c });
      return note;
    });
  }

  async deleteNote(scope: TenantScope, noteId: string): Promise<boolean> {
    return this.deleteChild(scope, Note, noteId, 'Note');
  }

  async addPhoto(scope: TenantScope, consignmentId: string, input: PhotoInput): Promise<Photo> {
    const url = requiredText(input.url, 'input.url', 2000);
    if (!isValidHttpUrl(url)) throw invalid('input.url', 'must be an http(s) URL');
    return this.mutate(scope, async (em, emit) => {
      const c = await this.lockOwn(em, scope, consignmentId);
      const photo = await em.getRepository(Photo).save(
        em.getRepository(Photo).create({
          consignmentId: c.id,
          url,
          caption: optionalText(input.caption, 'input.caption', 500),
          customerVisible: input.customerVisible ?? false,
        }),
      );
      if (photo.customerVisible) await emit({ type: 'changed', consignment: c });
      return photo;
    });
  }

  async setPhotoVisibility(scope: TenantScope, photoId: string, customerVisible: boolean): Promise<Photo> {
    if (!isUuid(photoId)) throw notFound('Photo');
    return this.mutate(scope, async (em, emit) => {
      const photo = await this.ownChild(em, scope, Photo, photoId);
      if (!photo) throw notFound('Photo');
      photo.customerVisible = customerVisible;
      await em.getRepository(Photo).save(photo);
      const consignment = await em.getRepository(Consignment).findOneByOrFail({ id: photo.consignmentId });
      await emit({ type: 'changed', consignment });
      return photo;
    });
  }

  async deletePhoto(scope: TenantScope, photoId: string): Promise<boolean> {
    return this.deleteChild(scope, Photo, photoId, 'Photo');
  }

  private async ownChild<T extends Note | Photo>(
    em: EntityManager,
    scope: TenantScope,
    entity: new () => T,
    id: string,
  ): Promise<T | null> {
    return em
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(Consignment, 'c', 'c.id = x.consignmentId AND c.deletedAt IS NULL')
      .where('x.id = :id AND c.tenantId = :tenantId', { id, tenantId: scope.tenantId })
      .getOne() as Promise<T | null>;
  }

  private async deleteChild(scope: TenantScope, entity: typeof Note | typeof Photo, id: string, what: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound(what);
    return this.mutate(scope, async (em, emit) => {
      const child = await this.ownChild(em, scope, entity as new () => Note | Photo, id);
      if (!child) throw notFound(what);
      await em.getRepository(entity).delete({ id });
      const consignment = await em.getRepository(Consignment).findOneByOrFail({ id: child.consignmentId });
      await emit({ type: 'changed', consignment });
      return true;
    });
  }

  // ---- batch reads for DataLoaders: one statement per batch ----

  byIds(ids: readonly string[]): Promise<Consignment[]> {
    return this.ds.getRepository(Consignment).findBy({ id: In([...ids]) });
  }

  byOrderIds(orderIds: readonly string[]): Promise<Consignment[]> {
    return this.ds.getRepository(Consignment).find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Stops of consignments in route order; inside a transaction when `em` is given. */
  stopsOf(consignmentIds: readonly string[], em: EntityManager = this.ds.manager): Promise<Stop[]> {
    return em.getRepository(Stop).find({ where: { consignmentId: In([...consignmentIds]) }, order: { sequence: 'ASC' } });
  }

  cargoOf(consignmentIds: readonly string[]): Promise<CargoLine[]> {
    return this.ds.getRepository(CargoLine).find({ where: { consignmentId: In([...consignmentIds]) }, order: { sequence: 'ASC' } });
  }

  notesOf(consignmentIds: readonly string[]): Promise<Note[]> {
    return this.ds.getRepository(Note).find({ where: { consignmentId: In([...consignmentIds]) }, order: { createdAt: 'ASC' } });
  }

  photosOf(consignmentIds: readonly string[]): Promise<Photo[]> {
    return this.ds.getRepository(Photo).find({ where: { consignmentId: In([...consignmentIds]) }, order: { createdAt: 'ASC' } });
  }

  // ---- custom field definitions ----

  customFieldDefinitions(tenantId: string): Promise<CustomFieldDefinition[]> {
    return this.ds.getRepository(CustomFieldDefinition).find({ where: { tenantId }, order: { key: 'ASC' } });
  }

  async defineCustomField(scope: TenantScope, key: string, label: string): Promise<CustomFieldDefinition> {
    const k = requiredText(key, 'key', 50);
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(k)) throw invalid('key', 'must start with a letter and hold only letters, digits and _');
    const l = requiredText(label, 'label', 100);
    const repo = this.ds.getRepository(CustomFieldDefinition);
    const existing = await repo.findOneBy({ tenantId: scope.tenantId, key: k });
    if (existing) {
      existing.label = l;
      return repo.save(existing);
    }
    return repo.save(repo.create({ tenantId: scope.tenantId, key: k, label: l }));
  }

  async deleteCustomField(scope: TenantScope, key: string): Promise<boolean> {
    const result = await this.ds.getRepository(CustomFieldDefinition).delete({ tenantId: scope.tenantId, key });
    return (result.affected ?? 0) > 0;
  }
}
