import { createHash } from 'node:crypto';
import type { TestApp } from './harness';

// Proofs of delivery as a driver app sends them (PUT /api/stops/<id>/proof-of-delivery), and
// images to send.

/** A real 1×1 PNG; `salt` is appended after its end (still a PNG) so that each is different. */
export function png(salt = ''): Buffer {
  const base = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([base, Buffer.from(salt)]);
}

/** Bytes that start as a JPEG does (SOI, APP0 "JFIF"). */
export function jpeg(salt = ''): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 7), Buffer.from(salt), Buffer.from([0xff, 0xd9])]);
}

export const image = (bytes: Buffer, filename?: string) => ({ content: bytes.toString('base64'), ...(filename ? { filename } : {}) });

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface ProofAnswer {
  status: number;
  body: {
    proofOfDelivery?: {
      id: string;
      stopId: string;
      receiverName: string;
      deliveredAt: string;
      latitude: number | null;
      longitude: number | null;
      positionSource: string | null;
      revision: number;
      signature: { id: string; contentType: string; byteSize: number; url: string } | null;
      photos: Array<{ id: string; contentType: string; byteSize: number; url: string }>;
    };
    unchanged?: boolean;
    errors?: Array<{ message: string; extensions: { code: string; field?: string } }>;
  };
  headers: Headers;
}

export async function sendProof(app: TestApp, stopId: string, body: unknown, token: string | null, contentType = 'application/json'): Promise<ProofAnswer> {
  const res = await fetch(`${app.url}/api/stops/${stopId}/proof-of-delivery`, {
    method: 'PUT',
    headers: { 'Content-Type': contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), headers: res.headers };
}
