import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * The application secret: APP_SECRET, or (outside production) one generated on first start and
 * kept in DATA_DIR, so links keep working across restarts.
 */
export function resolveAppSecret(config: Config): string {
  if (config.appSecret) return config.appSecret;
  const file = path.join(config.dataDir, 'app-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}

/**
 * Keys derived from the application secret for tracking-link tokens: one to hash a token for
 * look-up, one to encrypt it so staff can copy the URL again. A database dump alone reveals
 * neither a token nor a way to find one.
 */
export class TokenVault {
  private readonly lookupKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(appSecret: string) {
    this.lookupKey = Buffer.from(hkdfSync('sha256', appSecret, 'tracklink', 'link-token-lookup', 32));
    this.encryptionKey = Buffer.from(hkdfSync('sha256', appSecret, 'tracklink', 'link-token-encryption', 32));
  }

  /** A new link token: 256 bits from the OS CSPRNG, URL-safe (43 characters). */
  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  lookupHash(token: string): string {
    return createHmac('sha256', this.lookupKey).update(token).digest('base64url');
  }

  encrypt(token: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  decrypt(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
