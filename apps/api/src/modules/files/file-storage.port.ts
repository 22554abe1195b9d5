import type { Readable } from 'node:stream';

/** Injection token of the configured {@link FileStorage}. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

export interface BlobMeta {
  /** Bytes; S3 needs it up front to stream a body. */
  readonly size: number;
  readonly mimeType: string;
  /** Hex SHA-256 of the content, kept beside the blob where the store can (S3 user metadata). */
  readonly sha256: string;
}

/**
 * Where the bytes of uploads live, by key (`<tenant id>/<file id>`); what they are is in the `stored_file` table.
 * Implementations: local disk (default) and S3-compatible object storage.
 */
export interface FileStorage {
  /** Stores the whole body under `key`, or nothing: a failed or partial write never shows under `key`. */
  put(key: string, body: Readable | Buffer, meta: BlobMeta): Promise<void>;
  /** The content, or `undefined` when nothing is stored under `key`. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the blob; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are built by the server from ids; anything else (`..`, absolute paths) is a bug, refused by every adapter. */
export function assertStorageKey(key: string): void {
  if (!/^[0-9a-z-]+(\/[0-9a-z-]+)*$/.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
