import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskFileStorage } from '../local-disk-file-storage.adapter';

describe('LocalDiskFileStorage', () => {
  let root: string;
  let storage: LocalDiskFileStorage;
  const key = 'tenant-a/file-1';

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'anxin-files-'));
    storage = new LocalDiskFileStorage(root);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should store a stream under <root>/<tenant>/<id> and read it back', async () => {
    // Given a body, when it is put and read
    await storage.put(key, Readable.from([Buffer.from('照片')]), { size: 6, mimeType: 'image/png', sha256: 'x' });
    const stream = await storage.get(key);
    // Then the file sits under the key's path and the content round-trips
    expect(readFileSync(path.join(root, 'tenant-a', 'file-1'), 'utf8')).toBe('照片');
    expect(stream && (await text(stream))).toBe('照片');
  });

  it('should leave nothing under the key, and no partial file, when the body fails midway', async () => {
    // Given a stream that breaks after its first chunk
    const broken = new Readable({
      read() {
        this.push(Buffer.from('half'));
        this.destroy(new Error('connection reset'));
      },
    });
    // When it is put, then the put fails and the tenant's folder is empty
    await expect(storage.put(key, broken, { size: 8, mimeType: 'image/png', sha256: 'x' })).rejects.toThrow();
    expect(readdirSync(path.join(root, 'tenant-a'))).toEqual([]);
  });

  it('should refuse a body shorter than announced', async () => {
    // Given 3 bytes announced as 5, when put, then it fails and nothing is stored
    await expect(storage.put(key, Buffer.from('abc'), { size: 5, mimeType: 'x', sha256: 'x' })).rejects.toThrow(
      /expected 5/,
    );
    expect(readdirSync(path.join(root, 'tenant-a'))).toEqual([]);
  });

  it('should answer undefined for an absent key and delete idempotently', async () => {
    // Given nothing stored, when reading and deleting, then there is no content and no error
    await expect(storage.get(key)).resolves.toBeUndefined();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('should refuse keys that would leave the root', async () => {
    // When a key climbs out of the root, then it is refused before touching the disk
    await expect(storage.get('../outside')).rejects.toThrow(/invalid storage key/);
    await expect(storage.delete('/etc/passwd')).rejects.toThrow(/invalid storage key/);
  });
});
