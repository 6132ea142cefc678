import { createHash } from 'node:crypto';
import { isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import { invalid } from '../../core/errors';
import { checkTime, requiredText } from '../../core/validation';
import { checkImage, type CheckedImage } from './image-content';

export interface PodLimits {
  maxImageBytes: number;
  maxPhotos: number;
}

export interface CheckedProof {
  receiverName: string;
  deliveredAt: Date | null;
  position: { latitude: number; longitude: number } | null;
  signature: CheckedImage | null;
  photos: CheckedImage[];
  /** sha256 over what was sent: the same proof sent again has the same one. */
  fingerprint: string;
}

const FIELDS = new Set(['receiverName', 'deliveredAt', 'latitude', 'longitude', 'signature', 'photos']);

/**
 * A proof of delivery as sent (JSON): `{ receiverName, deliveredAt?, latitude?, longitude?,
 * signature?: { content }, photos?: [{ content }] }`. Each problem names its field.
 */
export function checkProof(body: unknown, limits: PodLimits, now: Date): CheckedProof {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('body', 'must be a JSON object');
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).filter((key) => !FIELDS.has(key));
  if (unknown.length) throw invalid(unknown[0], `is not a field of a proof of delivery (${[...FIELDS].join(', ')})`);
  if (typeof input.receiverName !== 'string') throw invalid('receiverName', 'is required: the name of who took the goods');
  const receiverName = requiredText(input.receiverName, 'receiverName', LIMITS.shortText);

  let deliveredAt: Date | null = null;
  if (input.deliveredAt != null) {
    const at = typeof input.deliveredAt === 'string' ? new Date(input.deliveredAt) : null;
    if (!at || Number.isNaN(at.getTime())) throw invalid('deliveredAt', 'must be an ISO 8601 time, e.g. "2026-12-02T10:15:00Z"');
    deliveredAt = checkTime(at, 'deliveredAt', { notAfter: new Date(now.getTime() + LIMITS.clockSkewMs) });
  }

  let position: CheckedProof['position'] = null;
  if (input.latitude != null || input.longitude != null) {
    const { latitude, longitude } = input;
    if (typeof latitude !== 'number' || !isValidLatitude(latitude)) throw invalid('latitude', 'must be a number between -90 and 90 (with longitude)');
    if (typeof longitude !== 'number' || !isValidLongitude(longitude)) throw invalid('longitude', 'must be a number between -180 and 180 (with latitude)');
    position = { latitude, longitude };
  }

  const photosIn = input.photos ?? [];
  if (!Array.isArray(photosIn)) throw invalid('photos', 'must be a list of { content } images');
  if (photosIn.length > limits.maxPhotos) throw invalid('photos', `has ${photosIn.length} photos; at most ${limits.maxPhotos}`);
  const signature = input.signature == null ? null : checkImage(input.signature, 'signature', limits.maxImageBytes);
  const photos = photosIn.map((p, i) => checkImage(p, `photos[${i}]`, limits.maxImageBytes));

  const fingerprint = createHash('sha256')
    .update(JSON.stringify([receiverName, deliveredAt?.toISOString() ?? null, position, signature?.sha256 ?? null, photos.map((p) => p.sha256)]))
    .digest('hex');
  return { receiverName, deliveredAt, position, signature, photos, fingerprint };
}
