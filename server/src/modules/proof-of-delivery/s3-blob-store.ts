import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { BlobStoreUnavailable, type BlobStore } from './blob-store';

/**
 * Proof-of-delivery images in an S3-compatible bucket (S3_URL), through the AWS SDK: the only
 * file that knows the SDK. Path-style addressing, so MinIO, Ceph, s3rver and AWS itself work
 * with the same URL form: http(s)://ACCESS_KEY:SECRET@host[:port]/bucket.
 */
export class S3BlobStore implements BlobStore {
  readonly storage = 'S3' as const;
  readonly transactional = false;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(s3Url: string, region: string) {
    const url = new URL(s3Url);
    this.bucket = url.pathname.replace(/^\/+|\/+$/g, '');
    this.client = new S3Client({
      endpoint: `${url.protocol}//${url.host}`,
      region,
      forcePathStyle: true,
      // Checksums only where S3 requires them: S3-compatible servers differ in the rest.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 2,
      credentials: { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) },
    });
  }

  async put(_em: unknown, key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.unavailableOnFailure(() =>
      this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length })),
    );
  }

  private async unavailableOnFailure<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new BlobStoreUnavailable(error);
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw new BlobStoreUnavailable(error);
    }
  }

  async remove(_em: unknown, keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.unavailableOnFailure(() =>
      this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } })),
    );
  }

  close(): void {
    this.client.destroy();
  }
}
