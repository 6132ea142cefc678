import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { isUuid, StopType } from '@tracklink/shared';
import type { Clock } from '../../core/clock';
import { DomainError, invalid, notFound } from '../../core/errors';
import type { TenantScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { StopService } from '../consignments/stop.service';
import type { DriverService } from '../drivers/driver.service';
import type { BlobStore } from './blob-store';
import type { CheckedImage } from './image-content';
import { ProofOfDeliveryImage, ProofOfDeliveryRecord } from './proof-of-delivery.entity';
import { checkProof, type PodLimits } from './proof-of-delivery.validation';

/** An image of a proof as the API shows it (the URL is made by the caller's layer). */
export interface PodImageView {
  id: string;
  contentType: string;
  byteSize: number;
}

/** A stop's proof of delivery with its images. */
export interface ProofView {
  id: string;
  stopId: string;
  consignmentId: string;
  receiverName: string;
  deliveredAt: Date;
  latitude: number | null;
  longitude: number | null;
  positionSource: 'GIVEN' | 'DRIVER' | null;
  revision: number;
  recordedBy: string;
  signature: PodImageView | null;
  photos: PodImageView[];
}

export interface RecordedProof {
  proof: ProofView;
  /** The same proof was sent before: nothing was stored again. */
  unchanged: boolean;
}

function viewOf(record: ProofOfDeliveryRecord, images: ProofOfDeliveryImage[]): ProofView {
  const own = images.filter((i) => i.proofId === record.id).sort((a, b) => a.sequence - b.sequence);
  const image = (i: ProofOfDeliveryImage): PodImageView => ({ id: i.id, contentType: i.contentType, byteSize: i.byteSize });
  const signature = own.find((i) => i.kind === 'SIGNATURE');
  return {
    id: record.id,
    stopId: record.stopId,
    consignmentId: record.consignmentId,
    receiverName: record.receiverName,
    deliveredAt: record.deliveredAt,
    latitude: record.latitude,
    longitude: record.longitude,
    positionSource: record.positionSource,
    revision: record.revision,
    recordedBy: record.recordedBy,
    signature: signature ? image(signature) : null,
    photos: own.filter((i) => i.kind === 'PHOTO').map(image),
  };
}

/**
 * Proof of delivery of delivery stops: recorded by the driver the consignment is assigned to,
 * or by staff and API keys of the tenant; one per stop, a correction replacing it in one
 * transaction, the same proof sent again stored once.
 */
export class ProofOfDeliveryService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
    private readonly stops: StopService,
    private readonly drivers: DriverService,
    /** Where new images go. */
    private readonly store: BlobStore,
    /** Where images stored before a bucket was configured stay readable. */
    private readonly postgres: BlobStore,
    readonly limits: PodLimits,
    private readonly clock: Clock,
    private readonly log: (...args: unknown[]) => void = () => undefined,
  ) {}

  async record(scope: TenantScope, stopId: string, body: unknown): Promise<RecordedProof> {
    if (!isUuid(stopId)) throw notFound('Stop');
    const now = this.clock.now();
    const input = checkProof(body, this.limits, now);
    const put: string[] = [];
    let replaced: string[] = [];
    try {
      const result = await this.uow.run(scope, async (tx) => {
        const stop = await this.stops.lockOwn(tx.em, scope, stopId);
        if (!stop) throw notFound('Stop');
        const consignment = await this.consignments.current(tx.em, stop.consignmentId);
        const principal = scope.principal;
        if (principal.kind === 'driver' && consignment.driverId !== principal.driverId) {
          throw new DomainError('FORBIDDEN', 'This stop is not of a consignment assigned to you', 'stopId');
        }
        if (stop.type !== StopType.DELIVERY) throw invalid('stopId', `is a ${stop.type} stop; proof of delivery is recorded on DELIVERY stops`);

        const proofs = tx.em.getRepository(ProofOfDeliveryRecord);
        const imagesRepo = tx.em.getRepository(ProofOfDeliveryImage);
        const existing = await proofs.findOneBy({ stopId });
        if (existing && existing.fingerprint === input.fingerprint) {
          return { proof: viewOf(existing, await imagesRepo.findBy({ proofId: existing.id })), unchanged: true };
        }

        const driverId = principal.kind === 'driver' ? principal.driverId : consignment.driverId;
        let position = input.position;
        let positionSource: ProofOfDeliveryRecord['positionSource'] = position ? 'GIVEN' : null;
        if (!position && driverId) {
          const [latest] = await this.drivers.latestPositions([driverId]);
          if (latest) {
            position = { latitude: latest.latitude, longitude: latest.longitude };
            positionSource = 'DRIVER';
          }
        }

        const proof = existing ?? proofs.create({ tenantId: scope.tenantId, consignmentId: consignment.id, stopId, revision: 0, createdAt: now });
        Object.assign(proof, {
          receiverName: input.receiverName,
          deliveredAt: input.deliveredAt ?? now,
          latitude: position?.latitude ?? null,
          longitude: position?.longitude ?? null,
          positionSource,
          driverId: principal.kind === 'driver' ? principal.driverId : consignment.driverId,
          recordedBy: principal.label,
          fingerprint: input.fingerprint,
          revision: proof.revision + 1,
          updatedAt: now,
        });
        await proofs.save(proof);

        if (existing) {
          const old = await imagesRepo.findBy({ proofId: existing.id });
          await imagesRepo.delete({ proofId: existing.id });
          await this.postgres.remove(tx.em, old.filter((i) => i.storage === 'POSTGRES').map((i) => i.blobKey));
          replaced = old.filter((i) => i.storage !== 'POSTGRES').map((i) => i.blobKey);
        }
        const images: ProofOfDeliveryImage[] = [];
        const add = async (image: CheckedImage, kind: ProofOfDeliveryImage['kind'], sequence: number) => {
          const blobKey = `pod/${scope.tenantId}/${randomUUID()}`;
          put.push(blobKey);
          await this.store.put(tx.em, blobKey, image.bytes, image.contentType);
          images.push(
            imagesRepo.create({ proofId: proof.id, kind, sequence, contentType: image.contentType, byteSize: image.bytes.length, sha256: image.sha256, storage: this.store.storage, blobKey }),
          );
        };
        if (input.signature) await add(input.signature, 'SIGNATURE', 0);
        for (const [i, photo] of input.photos.entries()) await add(photo, 'PHOTO', i + 1);
        if (images.length) await imagesRepo.save(images);
        await tx.emit({ type: 'stop.proofOfDelivery', consignment, stop, proofId: proof.id, revision: proof.revision, deliveredAt: proof.deliveredAt });
        await tx.emit({ type: 'consignment.changed', consignment });
        return { proof: viewOf(proof, images), unchanged: false };
      });
      // A bucket takes no part in the transaction: what the proof replaced goes once it committed.
      if (replaced.length && this.store.storage !== 'POSTGRES') await this.removeQuietly(replaced);
      return result;
    } catch (error) {
      if (!this.store.transactional && put.length) await this.removeQuietly(put);
      throw error;
    }
  }

  private async removeQuietly(keys: string[]): Promise<void> {
    try {
      await this.store.remove(null, keys);
    } catch (error) {
      this.log(`could not remove ${keys.length} replaced proof-of-delivery image(s) from the bucket:`, error);
    }
  }

  /** The proofs of these stops (any tenant's: the caller's stops), by stop id. */
  async ofStops(stopIds: readonly string[]): Promise<ProofView[]> {
    if (!stopIds.length) return [];
    const records = await this.ds.getRepository(ProofOfDeliveryRecord).findBy({ stopId: In([...stopIds]) });
    if (!records.length) return [];
    const images = await this.ds.getRepository(ProofOfDeliveryImage).findBy({ proofId: In(records.map((r) => r.id)) });
    return records.map((r) => viewOf(r, images));
  }

  /** At shutdown: the bucket's client lets go of its connections. */
  close(): void {
    this.store.close?.();
  }

  /** The bytes of an image (its URL's signature already checked), or null when it is gone. */
  async image(imageId: string): Promise<{ contentType: string; bytes: Buffer } | null> {
    if (!isUuid(imageId)) return null;
    const image = await this.ds.getRepository(ProofOfDeliveryImage).findOneBy({ id: imageId });
    if (!image) return null;
    const source = image.storage === 'POSTGRES' ? this.postgres : image.storage === this.store.storage ? this.store : null;
    const bytes = source ? await source.get(image.blobKey) : null;
    return bytes ? { contentType: image.contentType, bytes } : null;
  }
}
