import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// An S3-compatible server (s3rver) on a free loopback port, its objects in a throwaway
// directory: the bucket proof-of-delivery images go to when S3_URL is set.

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
// s3rver ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

export interface TestBucket {
  /** S3_URL for the server: http://KEY:SECRET@127.0.0.1:PORT/bucket. */
  url: string;
  bucket: string;
  /** The keys stored in the bucket now. */
  keys(): string[];
  /** An object's bytes as the bucket holds them. */
  read(key: string): Buffer;
  close(): Promise<void>;
}

export async function startTestBucket(bucket = 'pod-images'): Promise<TestBucket> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const root = path.join(directory, bucket);
  // s3rver keeps each object as a file "<key>._S3rver_object" beside its metadata files.
  const keys = (dir = root, prefix = ''): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? keys(path.join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('._S3rver_object') ? [`${prefix}${e.name.slice(0, -'._S3rver_object'.length)}`] : [],
        )
      : [];
  return {
    url: `http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}`,
    bucket,
    keys: () => keys(),
    read: (key) => fs.readFileSync(path.join(root, `${key}._S3rver_object`)),
    close: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
