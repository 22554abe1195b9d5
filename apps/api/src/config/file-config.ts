import path from 'node:path';
import { z } from 'zod';
import { isSupportedFileType, SUPPORTED_FILE_TYPES, type SupportedFileType } from '../modules/files/file-types';

const MIB = 1024 * 1024;
const storages = ['local', 's3'] as const;
const flag = z.enum(['true', 'false'], { message: 'must be true or false' });

/** The environment variables of uploads and their storage (merged into `appConfigSchema`). */
export const fileConfigSchema = z.object({
  FILE_MAX_BYTES: z.coerce
    .number({ message: 'must be a whole number of bytes between 1 and 1073741824 (1 GiB)' })
    .int('must be a whole number of bytes between 1 and 1073741824 (1 GiB)')
    .min(1, 'must be a whole number of bytes between 1 and 1073741824 (1 GiB)')
    .max(1024 * MIB, 'must be a whole number of bytes between 1 and 1073741824 (1 GiB)')
    .default(20 * MIB),
  FILE_ALLOWED_TYPES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (types) => types.length > 0 && types.every(isSupportedFileType),
      `must be a comma-separated list of: ${SUPPORTED_FILE_TYPES.join(', ')}`,
    )
    .optional(),
  FILE_UPLOAD_RATE_LIMIT: z.coerce
    .number({ message: 'must be a whole number of uploads per minute, at least 1' })
    .int('must be a whole number of uploads per minute, at least 1')
    .min(1, 'must be a whole number of uploads per minute, at least 1')
    .default(120),
  FILE_STORAGE: z.enum(storages, { message: `must be one of ${storages.join(', ')}` }).default('local'),
  S3_ENDPOINT: z.string().url('must be a URL such as https://oss-cn-hangzhou.aliyuncs.com').optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.default('false'),
});

export type FileConfigInput = z.infer<typeof fileConfigSchema>;

/** S3-compatible object storage (AWS, MinIO, Aliyun OSS, Tencent COS…). */
export interface S3StorageConfig {
  readonly kind: 's3';
  /** Unset: AWS itself. */
  readonly endpoint: string | undefined;
  readonly bucket: string;
  readonly region: string;
  /** Unset: the SDK's default chain (environment, instance role…). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO and most self-hosted stores). */
  readonly forcePathStyle: boolean;
}

export type FileStorageConfig = { readonly kind: 'local'; readonly dir: string } | S3StorageConfig;

export interface FileConfig {
  /** Largest upload in bytes; larger is refused with 413 and nothing stored. */
  readonly maxBytes: number;
  readonly allowedTypes: readonly SupportedFileType[];
  /** Uploads per minute per client address. */
  readonly uploadRateLimit: number;
  readonly storage: FileStorageConfig;
  /** Where uploads are spooled while they arrive (always local, whatever the storage). */
  readonly tempDir: string;
}

/** A consistent S3 configuration, or the one-line reason it is not. */
export function fileConfigRefusal(value: FileConfigInput): string | undefined {
  if (value.FILE_STORAGE === 's3' && !value.S3_BUCKET) return 'S3_BUCKET is required when FILE_STORAGE=s3';
  if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY))
    return 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither';
  return undefined;
}

/** The resolved file settings; `dataDir` is the absolute DATA_DIR (files under `files/`, spooling under `tmp/`). */
export function fileConfigFrom(value: FileConfigInput, dataDir: string): FileConfig {
  return {
    maxBytes: value.FILE_MAX_BYTES,
    allowedTypes: (value.FILE_ALLOWED_TYPES ?? SUPPORTED_FILE_TYPES).filter(isSupportedFileType),
    uploadRateLimit: value.FILE_UPLOAD_RATE_LIMIT,
    storage: storageFrom(value, dataDir),
    tempDir: path.join(dataDir, 'tmp', 'uploads'),
  };
}

function storageFrom(value: FileConfigInput, dataDir: string): FileStorageConfig {
  if (value.FILE_STORAGE === 'local') return { kind: 'local', dir: path.join(dataDir, 'files') };
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = value;
  return {
    kind: 's3',
    endpoint: value.S3_ENDPOINT,
    bucket: value.S3_BUCKET ?? '',
    region: value.S3_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: value.S3_FORCE_PATH_STYLE === 'true',
  };
}
