import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@tracklink/shared';
import type { Clock } from '../../core/clock';

/** Where images are served; the only way to one is a URL signed here. */
export const POD_IMAGE_PATH = '/public/pod';

/**
 * Short-lived signed URLs of proof-of-delivery images: an HMAC (a key derived from the app
 * secret) over the image's id and the expiry. Image ids are random UUIDs, and without a
 * signature nothing is served, so no path can be guessed or kept.
 */
export class PodImageUrls {
  private readonly key: Buffer;

  constructor(
    appSecret: string,
    /** How long a URL works. */
    readonly ttlSeconds: number,
    private readonly clock: Clock,
    /** PUBLIC_BASE_URL: staff and integrators get absolute URLs. */
    private readonly baseUrl: string,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', appSecret, 'tracklink', 'pod-image-urls', 32));
  }

  private sign(imageId: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${imageId}.${exp}`).digest('base64url');
  }

  /** The image's signed path on this server (the public page, same origin). */
  path(imageId: string): string {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
    return `${POD_IMAGE_PATH}/${imageId}?exp=${exp}&sig=${this.sign(imageId, exp)}`;
  }

  /** The same as an absolute URL (PUBLIC_BASE_URL). */
  url(imageId: string): string {
    return this.baseUrl + this.path(imageId);
  }

  /**
   * The seconds the URL still works, or null when it is expired, tampered with or not one of
   * ours.
   */
  check(imageId: string, exp: unknown, sig: unknown): number | null {
    if (!isUuid(imageId) || typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return null;
    const expiry = Number(exp);
    const left = expiry - Math.floor(this.clock.now().getTime() / 1000);
    if (left <= 0 || left > this.ttlSeconds) return null;
    const expected = Buffer.from(this.sign(imageId, expiry));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected) ? left : null;
  }
}
