import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';

const HEAD_BYTES = 4096;

/** An upload as it arrived: spooled to a temporary file, measured, hashed, its first bytes kept for detection. */
export interface SpooledUpload extends Express.Multer.File {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly head: Buffer;
}

/**
 * multer storage engine writing each upload to a temporary file under `dir` (never under its client name) while
 * counting, hashing and keeping the first 4 KiB. The upload is only validated and stored once complete, and the
 * temporary file is removed whatever happens: by multer when the request fails (too big, aborted), by the upload
 * interceptor after the handler.
 */
export class SpoolingStorageEngine implements StorageEngine {
  constructor(private readonly dir: string) {}

  _handleFile(_request: Request, file: Express.Multer.File, done: (error?: unknown, info?: object) => void): void {
    const target = path.join(this.dir, randomUUID());
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        if (size < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - size));
        size += chunk.length;
        hash.update(chunk);
        next(null, chunk);
      },
    });
    mkdir(this.dir, { recursive: true })
      .then(() => pipeline(file.stream, measure, createWriteStream(target, { flags: 'wx' })))
      .then(
        () => done(null, { path: target, size, sha256: hash.digest('hex'), head: Buffer.concat(head) }),
        async (error: unknown) => {
          await rm(target, { force: true });
          done(error);
        },
      );
  }

  _removeFile(_request: Request, file: Express.Multer.File, done: (error: Error | null) => void): void {
    removeSpooled(file.path).then(() => done(null), done);
  }
}

/** Removes a spooled file (nothing when there is none). */
export async function removeSpooled(spooled: string | undefined): Promise<void> {
  if (spooled) await rm(spooled, { force: true });
}
