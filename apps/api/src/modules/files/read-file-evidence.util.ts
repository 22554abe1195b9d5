import { open } from 'node:fs/promises';
import type { FileEvidence } from './detect-file-type.util';
import { zipEntryNames } from './zip-entry-names.util';

/** Office documents keep their central directory in the last few KiB; 256 KiB leaves room for large ones. */
const ZIP_TAIL_BYTES = 256 * 1024;
const isZip = (head: Buffer) => head.readUInt32LE(0) === 0x04034b50;

/** What `detectFileType` needs from a spooled upload: its head, and for a ZIP the entry names read from its tail. */
export async function readFileEvidence(upload: {
  readonly path: string;
  readonly size: number;
  readonly head: Buffer;
  readonly name: string;
}): Promise<FileEvidence> {
  if (upload.head.length < 4 || !isZip(upload.head)) return { head: upload.head, name: upload.name };
  const length = Math.min(upload.size, ZIP_TAIL_BYTES);
  const handle = await open(upload.path, 'r');
  try {
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, upload.size - length);
    return { head: upload.head, zipEntries: zipEntryNames(tail), name: upload.name };
  } finally {
    await handle.close();
  }
}
