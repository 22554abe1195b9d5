import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3StorageConfig } from '../../config/file-config';
import { assertStorageKey, type BlobMeta, type FileStorage } from './file-storage.port';

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS, Ceph…), one object per key. A PutObject
 * is atomic (an object appears whole or not at all), so no temporary key is needed.
 */
export class S3FileStorage implements FileStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  static fromConfig(config: S3StorageConfig): S3FileStorage {
    const client = new S3Client({
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
      // Since SDK 3.729 every upload carries a CRC32 trailer in aws-chunked encoding, which many S3-compatible stores
      // do not understand; checksums only where the API requires them keeps plain PUTs with a Content-Length.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return new S3FileStorage(client, config.bucket);
  }

  async put(key: string, body: Readable | Buffer, meta: BlobMeta): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: meta.size,
        ContentType: meta.mimeType,
        Metadata: { sha256: meta.sha256 },
      }),
    );
  }

  async get(key: string): Promise<Readable | undefined> {
    assertStorageKey(key);
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return output.Body as Readable | undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers 204 for an absent key as well.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
}
