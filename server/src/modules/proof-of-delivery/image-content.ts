import { createHash } from 'node:crypto';
import { invalid } from '../../core/errors';

/** The image types a proof of delivery takes, told by their first bytes (never by a name). */
export type ImageContentType = 'image/png' | 'image/jpeg';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The type the bytes are, by their magic number; null for anything but PNG and JPEG. */
export function sniffImage(bytes: Buffer): ImageContentType | null {
  if (bytes.length > PNG.length && bytes.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (bytes.length > JPEG.length && bytes.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  return null;
}

export interface CheckedImage {
  bytes: Buffer;
  contentType: ImageContentType;
  sha256: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URL = /^data:[a-z0-9.+/-]*;base64,/i;

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 1_000_000 ? 2 : 1)} MB`;
}

/**
 * One image as sent: `{ content: <base64> }` (a `data:` URL prefix is allowed and ignored, as
 * is a `filename`). Refused, naming the field: not base64, larger than `maxBytes`, or bytes
 * that are not a PNG or JPEG image whatever the name says.
 */
export function checkImage(value: unknown, field: string, maxBytes: number): CheckedImage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(field, 'must be an object { content: <base64 PNG or JPEG> }');
  const content = (value as Record<string, unknown>).content;
  if (typeof content !== 'string' || content === '') throw invalid(`${field}.content`, 'is required: the image as base64');
  const text = content.replace(DATA_URL, '');
  // The size is known from the text's length before anything is decoded.
  const size = Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  if (size > maxBytes) throw invalid(`${field}.content`, `is ${megabytes(size)}; an image may be at most ${megabytes(maxBytes)}`);
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw invalid(`${field}.content`, 'is not base64');
  const bytes = Buffer.from(text, 'base64');
  const contentType = sniffImage(bytes);
  if (!contentType) throw invalid(`${field}.content`, 'is not a PNG or JPEG image (told by its content, not its name)');
  return { bytes, contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
}
