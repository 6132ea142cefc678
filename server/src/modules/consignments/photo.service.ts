import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isValidHttpUrl } from '@tracklink/shared';
import { invalid, notFound } from '../../core/errors';
import type { TenantScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from './consignment.service';
import type { PhotoInput } from './consignment.inputs';
import { findOwnChild } from './own-child';
import { Photo } from './photo.entity';
import { optionalText, requiredText } from '../../core/validation';

/** Photos of consignments, by URL; customer-visible ones may appear on the public page. */
export class PhotoService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
  ) {}

  async add(scope: TenantScope, consignmentId: string, input: PhotoInput): Promise<Photo> {
    const url = requiredText(input.url, 'input.url', 2000);
    if (!isValidHttpUrl(url)) throw invalid('input.url', 'must be an http(s) URL');
    return this.uow.run(scope, async (tx) => {
      const c = await this.consignments.lockOwn(tx.em, scope, consignmentId);
      const repo = tx.em.getRepository(Photo);
      const photo = await repo.save(
        repo.create({
          consignmentId: c.id,
          url,
          caption: optionalText(input.caption, 'input.caption', 500),
          customerVisible: input.customerVisible ?? false,
        }),
      );
      if (photo.customerVisible) await tx.emit({ type: 'consignment.changed', consignment: c });
      return photo;
    });
  }

  async setVisibility(scope: TenantScope, photoId: string, customerVisible: boolean): Promise<Photo> {
    return this.uow.run(scope, async (tx) => {
      const photo = await findOwnChild(tx.em, scope, Photo, photoId);
      if (!photo) throw notFound('Photo');
      photo.customerVisible = customerVisible;
      await tx.em.getRepository(Photo).save(photo);
      await tx.emit({ type: 'consignment.changed', consignment: await this.consignments.current(tx.em, photo.consignmentId) });
      return photo;
    });
  }

  async delete(scope: TenantScope, photoId: string): Promise<boolean> {
    return this.uow.run(scope, async (tx) => {
      const photo = await findOwnChild(tx.em, scope, Photo, photoId);
      if (!photo) throw notFound('Photo');
      await tx.em.getRepository(Photo).delete({ id: photo.id });
      await tx.emit({ type: 'consignment.changed', consignment: await this.consignments.current(tx.em, photo.consignmentId) });
      return true;
    });
  }

  /** Which of `photoIds` are photos of the consignment, inside the caller's transaction. */
  async idsAmong(em: EntityManager, consignmentId: string, photoIds: readonly string[]): Promise<Set<string>> {
    const photos = await em.getRepository(Photo).find({ select: { id: true }, where: { consignmentId, id: In([...photoIds]) } });
    return new Set(photos.map((p) => p.id));
  }

  /** A page of a consignment's photos, oldest first. */
  page(consignmentId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<Photo>> {
    const qb = this.ds.getRepository(Photo).createQueryBuilder('p').where('p.consignmentId = :consignmentId', { consignmentId });
    return keysetPage(qb, { alias: 'p', table: 'consignment_photos', property: 'createdAt', column: 'created_at', direction: 'ASC' }, args);
  }

  of(consignmentIds: readonly string[]): Promise<Photo[]> {
    return this.ds.getRepository(Photo).find({ where: { consignmentId: In([...consignmentIds]) }, order: { createdAt: 'ASC' } });
  }
}
