import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { ActorContext } from '../../../common/context/actor-context.service';
import type { FileReferences } from '../../workflow/access/file-references.service';
import type { Actor } from '../../../common/context/actor.type';
import type { TenantDatabase } from '../../../common/database/tenant-database.service';
import { loadConfig, type AppConfig } from '../../../config/app-config';
import type { AuditRecord, AuditTrail } from '../../audit/audit-trail.service';
import { fileFixtures } from '../../../../test/support/file-fixtures';
import type { BlobMeta, FileStorage } from '../file-storage.port';
import { FilesService } from '../files.service';
import type { SpooledUpload } from '../spooling-storage.engine';

/** A storage keeping blobs in a map, to see what a failed upload leaves behind. */
class MemoryStorage implements FileStorage {
  readonly blobs = new Map<string, string>();
  async put(key: string, body: Readable | Buffer, _meta: BlobMeta): Promise<void> {
    this.blobs.set(key, Buffer.isBuffer(body) ? body.toString() : await text(body));
  }
  get(): Promise<Readable | undefined> {
    return Promise.resolve(undefined);
  }
  delete(key: string): Promise<void> {
    this.blobs.delete(key);
    return Promise.resolve();
  }
}

const engineer: Actor = {
  userId: 'u-1',
  tenantId: '00000000-0000-4000-8000-000000000001',
  username: 'engineer',
  displayName: 'Engineer',
  roles: ['engineer'],
  projectIds: [],
  teamIds: [],
  teamCodes: [],
  unitIds: [],
};

describe('FilesService.store (both the blob and its row, or neither)', () => {
  let dir: string;
  let storage: MemoryStorage;
  let audited: AuditRecord[];

  const serviceWith = (transaction: TenantDatabase['transaction']) => {
    const loaded = loadConfig({});
    const config = (loaded.ok ? loaded.config : undefined) as AppConfig;
    return new FilesService(
      { transaction } as TenantDatabase,
      { require: () => engineer } as unknown as ActorContext,
      { record: (entry: AuditRecord) => Promise.resolve(void audited.push(entry)) } as unknown as AuditTrail,
      storage,
      config,
      {} as FileReferences, // store() never asks who may read
    );
  };

  const spool = (bytes: Buffer, name: string): SpooledUpload => {
    const file = path.join(dir, 'spooled');
    writeFileSync(file, bytes);
    return {
      path: file,
      size: bytes.length,
      sha256: 'h',
      head: bytes.subarray(0, 4096),
      originalname: name,
    } as SpooledUpload;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-files-service-'));
    storage = new MemoryStorage();
    audited = [];
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given the metadata insert fails, when storing, then the blob already written is deleted and the error passes on', async () => {
    // Given a database whose transaction fails (a lost connection, a constraint)
    const service = serviceWith(() => Promise.reject(new Error('connection terminated')));
    // When a valid PDF is stored
    await expect(service.store(spool(fileFixtures.pdf(), 'a.pdf'), undefined)).rejects.toThrow('connection terminated');
    // Then no blob remains, and the attempt is audited as INTERNAL
    expect([...storage.blobs.keys()]).toEqual([]);
    expect(audited).toEqual([expect.objectContaining({ operation: 'uploadFile', outcome: 'INTERNAL' })]);
  });

  it('given a working database, when storing, then the blob sits under <tenant>/<id> and the row is written', async () => {
    // Given a transaction that runs its work against a recording entity manager
    const created: unknown[] = [];
    const em = { create: (_entity: unknown, row: unknown) => created.push(row), flush: () => Promise.resolve() };
    const service = serviceWith(((work: (e: unknown) => Promise<unknown>) =>
      work(em)) as TenantDatabase['transaction']);
    // When a PNG is stored
    const stored = await service.store(spool(fileFixtures.png(), 'p.png'), 'image');
    // Then blob and row agree on the key, and the row names tenant and uploader
    expect([...storage.blobs.keys()]).toEqual([`${engineer.tenantId}/${stored.id}`]);
    expect(created).toEqual([
      expect.objectContaining({ id: stored.id, tenantId: engineer.tenantId, uploadedBy: 'u-1', mimeType: 'image/png' }),
    ]);
  });

  it('given a refused type, when storing, then nothing is written anywhere', async () => {
    const service = serviceWith(() => Promise.reject(new Error('must not be called')));
    await expect(service.store(spool(fileFixtures.html(), 'x.jpg'), undefined)).rejects.toMatchObject({
      code: 'file.typeRefused',
    });
    expect(storage.blobs.size).toBe(0);
    expect(audited).toEqual([expect.objectContaining({ outcome: 'VALIDATION_FAILED' })]);
  });
});
