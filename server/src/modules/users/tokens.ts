import { createHash, randomBytes } from 'node:crypto';

/** Bearer token kinds, told apart by their prefix so a look-up hits one table. */
export const TOKEN_PREFIX = { session: 'tls_', apiKey: 'tlk_', driver: 'tld_' } as const;

/** A new opaque token: 256 bits from the OS CSPRNG, URL-safe. */
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Tokens carry 256 bits of entropy, so a fast hash is enough to make a stolen table useless. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
