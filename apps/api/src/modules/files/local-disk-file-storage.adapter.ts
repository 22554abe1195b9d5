import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { assertStorageKey, type BlobMeta, type FileStorage } from './file-storage.port';

/**
 * Blobs as files under one directory (`DATA_DIR/files` by default), one per key (`<tenant>/<id>`). A put writes a
 * `.partial` file beside the target and renames it once complete, so a crash or a failed stream never leaves a
 * truncated file under the key. Only one host sees the directory: several API replicas need a shared volume or S3.
 */
export class LocalDiskFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(key: string, body: Readable | Buffer, meta: BlobMeta): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial, { flags: 'wx' }));
      const handle = await open(partial, 'r');
      try {
        const { size } = await handle.stat();
        if (size !== meta.size) throw new Error(`stored ${size} bytes for ${key}, expected ${meta.size}`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | undefined> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}
