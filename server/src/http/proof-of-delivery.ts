import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError } from '../core/errors';
import { tenantScopeOf } from '../core/scope';
import { isDatabaseUnavailable } from '../db/availability';
import { accessOf, REPORTERS } from '../graphql/auth';
import { bearerToken } from '../graphql/context';
import { domainErrorExtensions } from '../graphql/errors';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { StaffEndpoint } from '../graphql/staff-endpoint';
import { BlobStoreUnavailable } from '../modules/proof-of-delivery/blob-store';
import type { ProofOfDeliveryService, ProofView } from '../modules/proof-of-delivery/proof-of-delivery.service';
import type { PodImageUrls } from '../modules/proof-of-delivery/signed-urls';

/** Where proofs are recorded: `PUT /api/stops/<stopId>/proof-of-delivery`. */
export const POD_UPLOAD_PATH = '/api/stops/:stopId/proof-of-delivery';

const STATUS: Partial<Record<DomainError['code'], number>> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * The body limit of an upload: every image at its largest, as base64 (4 characters per 3
 * bytes), and room for the rest of the JSON.
 */
export function uploadBodyLimit(maxImageBytes: number, maxPhotos: number): number {
  return (maxPhotos + 1) * Math.ceil(maxImageBytes / 3) * 4 + 64 * 1024;
}

export function proofJson(proof: ProofView, urls: PodImageUrls) {
  const image = (i: { id: string; contentType: string; byteSize: number }) => ({ ...i, url: urls.url(i.id) });
  return {
    id: proof.id,
    stopId: proof.stopId,
    receiverName: proof.receiverName,
    deliveredAt: proof.deliveredAt.toISOString(),
    latitude: proof.latitude,
    longitude: proof.longitude,
    positionSource: proof.positionSource,
    revision: proof.revision,
    signature: proof.signature && image(proof.signature),
    photos: proof.photos.map(image),
  };
}

/**
 * `PUT /api/stops/<stopId>/proof-of-delivery`: the proof of a delivery stop as JSON with its
 * images in base64 (docs/api.md). The caller authenticates as on /graphql (`Authorization:
 * Bearer` with a driver token, an API key or a staff session) and counts against the same
 * request limit; the body has a limit of its own, sized to the images it may carry, so /graphql
 * keeps its 1 MB. Errors have the GraphQL endpoint's shape with the HTTP status of their kind.
 */
export function proofUploadHandlers(
  staff: StaffEndpoint,
  proofs: ProofOfDeliveryService,
  urls: PodImageUrls,
  log: (...args: unknown[]) => void,
): Array<RequestHandler | ErrorRequestHandler> {
  const limit = uploadBodyLimit(proofs.limits.maxImageBytes, proofs.limits.maxPhotos);
  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) return fail(res, 401, 'UNAUTHENTICATED', 'Send a driver token, an API key or a session token as Authorization: Bearer <token>');
      const ctx = await staff.context({ token, viaCookie: false }, req.ip ?? '', null);
      if (!ctx.principal) return fail(res, 401, 'UNAUTHENTICATED', 'The token is not valid (or no longer)');
      if (!REPORTERS.includes(accessOf(ctx.principal))) return fail(res, 403, 'FORBIDDEN', 'You do not have access to this operation');
      res.locals.scope = tenantScopeOf(ctx.principal);
      next();
    } catch (error) {
      answerError(res, error, log);
    }
  };
  const contentType: RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) return fail(res, 415, 'BAD_REQUEST', 'Send the proof as application/json (docs/api.md)');
    next();
  };
  const record: RequestHandler = async (req, res) => {
    try {
      const { proof, unchanged } = await proofs.record(res.locals.scope, String(req.params.stopId), req.body);
      res.status(unchanged ? 200 : 201).json({ proofOfDelivery: proofJson(proof, urls), unchanged });
    } catch (error) {
      answerError(res, error, log);
    }
  };
  const tooLarge: ErrorRequestHandler = (error: { status?: number; expose?: boolean; message?: string }, _req, res, next) => {
    if (res.headersSent || !error.status || error.status < 400 || error.status >= 500 || !error.expose) return next(error);
    if (error.status === 413) return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes: at most ${proofs.limits.maxPhotos} photos and a signature of ${proofs.limits.maxImageBytes} bytes each`);
    fail(res, error.status, 'BAD_REQUEST', error.message ?? 'Bad request');
  };
  const noStore: RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  // Authenticated before the body is read: a stranger's upload is refused without taking it in.
  return [noStore, authenticate, contentType, express.json({ limit }), record, tooLarge];
}

function answerError(res: Response, error: unknown, log: (...args: unknown[]) => void): void {
  if (error instanceof DomainError) {
    if (error.retryAfter) res.setHeader('Retry-After', String(error.retryAfter));
    res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: domainErrorExtensions(error) }] });
  } else if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') {
    const retryAfter = Number(error.extensions.retryAfter);
    res.setHeader('Retry-After', String(retryAfter));
    fail(res, 429, 'RATE_LIMITED', error.message, { retryAfter });
  } else if (isDatabaseUnavailable(error) || error instanceof BlobStoreUnavailable || (error instanceof GraphQLError && error.extensions.code === 'SERVICE_UNAVAILABLE')) {
    if (error instanceof BlobStoreUnavailable) log('proof of delivery: the image store failed:', error.cause);
    res.setHeader('Retry-After', '5');
    fail(res, 503, 'SERVICE_UNAVAILABLE', 'Tracklink is unavailable for a moment; try again shortly');
  } else {
    log('proof of delivery failed:', error);
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  }
}

/**
 * `GET /public/pod/<imageId>?exp=…&sig=…`: an image through a URL signed by PodImageUrls, under
 * the public look-up limit per address. Expired, tampered or unknown: 404 with nothing more.
 * The answer is the stored type with nosniff, cached privately no longer than the URL works.
 */
export function proofImageHandler(endpoint: PublicEndpoint, proofs: ProofOfDeliveryService, urls: PodImageUrls, log: (...args: unknown[]) => void, onRateLimited: () => void = () => undefined): RequestHandler {
  const notFound = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.status(404).type('text/plain').send('Not found');
  };
  return async (req: Request, res: Response) => {
    const ip = req.ip ?? '';
    try {
      const { limits } = endpoint.context(ip);
      await limits.check(ip);
      const imageId = String(req.params.imageId);
      const left = urls.check(imageId, req.query.exp, req.query.sig);
      if (left === null) {
        await limits.miss(ip);
        return notFound(res);
      }
      const image = await proofs.image(imageId);
      if (!image) return notFound(res);
      res.setHeader('Content-Type', image.contentType);
      res.setHeader('Content-Length', String(image.bytes.length));
      res.setHeader('Cache-Control', `private, max-age=${left}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Disposition', 'inline');
      res.status(200).end(image.bytes);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'RATE_LIMITED') {
        onRateLimited();
        res.setHeader('Retry-After', String(error.retryAfter ?? 60));
        res.setHeader('Cache-Control', 'no-store');
        res.status(429).type('text/plain').send('Too many requests');
      } else if (isDatabaseUnavailable(error) || error instanceof BlobStoreUnavailable) {
        if (error instanceof BlobStoreUnavailable) log('proof of delivery image: the image store failed:', error.cause);
        res.setHeader('Retry-After', '5');
        res.status(503).type('text/plain').send('Unavailable for a moment');
      } else {
        log('proof of delivery image failed:', error);
        res.status(500).type('text/plain').send('Internal server error');
      }
    }
  };
}
