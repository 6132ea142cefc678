import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { In, type DataSource } from 'typeorm';
import { LIMITS, NoteScope } from '@tracklink/shared';
import { notFound } from '../../core/errors';
import type { TenantScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from './consignment.service';
import type { NoteInput } from './consignment.inputs';
import { Note } from './note.entity';
import { findOwnChild } from './own-child';
import { requiredText } from '../../core/validation';

/** Notes on consignments: internal ones for staff, customer ones on the public page. */
export class NoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
  ) {}

  async add(scope: TenantScope, consignmentId: string, input: NoteInput): Promise<Note> {
    return this.uow.run(scope, async (tx) => {
      const c = await this.consignments.lockOwn(tx.em, scope, consignmentId);
      const repo = tx.em.getRepository(Note);
      const note = await repo.save(
        repo.create({
          consignmentId: c.id,
          scope: input.scope,
          text: requiredText(input.text, 'input.text', LIMITS.longText),
          authorId: scope.principal.kind === 'user' ? scope.principal.userId : null,
        }),
      );
      if (input.scope === NoteScope.CUSTOMER) await tx.emit({ type: 'consignment.changed', consignment: c });
      return note;
    });
  }

  async delete(scope: TenantScope, noteId: string): Promise<boolean> {
    return this.uow.run(scope, async (tx) => {
      const note = await findOwnChild(tx.em, scope, Note, noteId);
      if (!note) throw notFound('Note');
      await tx.em.getRepository(Note).delete({ id: note.id });
      await tx.emit({ type: 'consignment.changed', consignment: await this.consignments.current(tx.em, note.consignmentId) });
      return true;
    });
  }

  /** A page of a consignment's notes (of one scope, or all), oldest first. */
  page(consignmentId: string, scope: NoteScope | null | undefined, args: { first?: number | null; after?: string | null }): Promise<Connection<Note>> {
    const qb = this.ds.getRepository(Note).createQueryBuilder('n').where('n.consignmentId = :consignmentId', { consignmentId });
    if (scope) qb.andWhere('n.scope = :scope', { scope });
    return keysetPage(qb, { alias: 'n', table: 'consignment_notes', property: 'createdAt', column: 'created_at', direction: 'ASC' }, args);
  }

  of(consignmentIds: readonly string[]): Promise<Note[]> {
    return this.ds.getRepository(Note).find({ where: { consignmentId: In([...consignmentIds]) }, order: { createdAt: 'ASC' } });
  }
}
