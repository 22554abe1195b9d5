import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { StoredFile } from '@anxin/persistence';
import { ActorContext } from '../../common/context/actor-context.service';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { classifyError } from '../../common/errors/error-mapping';
import { AppError } from '../../common/errors/app-error';
import { assertUuid } from '../../common/validation/uuid.util';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { AuditTrail } from '../audit/audit-trail.service';
import { detectFileType } from './detect-file-type.util';
import { FileReferences } from '../workflow/access/file-references.service';
import { canReadFile, needsFacts } from './file-access.rule';
import { displayNameOf } from './file-name.util';
import { FILE_STORAGE, type FileStorage } from './file-storage.port';
import { isImageType, type SupportedFileType } from './file-types';
import { FileErrors } from './file.errors';
import { readFileEvidence } from './read-file-evidence.util';
import type { SpooledUpload } from './spooling-storage.engine';
import type { StoredFileView } from './stored-file.view';

/** `image`: what image and signature fields upload, images only. Absent: any accepted type. */
type UploadPurpose = 'image' | undefined;

/**
 * Stores uploads (type checked from the content, blob first, then its metadata row; both or neither) and opens them
 * for the callers the access rule lets read them. Every upload that reaches it is audited as `uploadFile`.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly tenants: TenantDatabase,
    private readonly actors: ActorContext,
    private readonly audit: AuditTrail,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly references: FileReferences,
  ) {}

  async store(upload: SpooledUpload | undefined, purpose: unknown): Promise<StoredFileView> {
    const args = { name: upload?.originalname, size: upload?.size, purpose };
    try {
      const stored = await this.storeChecked(upload, purpose);
      await this.audit.record({
        operation: 'uploadFile',
        args: { ...args, ...stored },
        targetId: stored.id,
        outcome: 'ok',
      });
      return stored;
    } catch (error) {
      await this.audit.record({
        operation: 'uploadFile',
        args,
        targetId: undefined,
        outcome: classifyError(error).code,
      });
      throw error;
    }
  }

  /**
   * Stores a file the server made for the caller (a report export): blob, then row, like an upload; the caller
   * downloads it with `GET /files/:id` (he uploaded it, as far as the access rule is concerned).
   */
  async storeGenerated(input: { name: string; mimeType: string; content: Buffer }): Promise<StoredFileView> {
    const actor = this.actors.require();
    const id = randomUUID();
    const storageKey = `${actor.tenantId}/${id}`;
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const view: StoredFileView = {
      id,
      name: displayNameOf(input.name),
      size: input.content.length,
      mimeType: input.mimeType,
      sha256,
    };
    await this.storage.put(storageKey, input.content, view);
    await this.insertRow(view, storageKey);
    return view;
  }

  /** The file's description and content, or NOT_FOUND when it is absent, another company's, or not for the caller. */
  async open(id: string): Promise<{ file: StoredFileView; content: Readable }> {
    assertUuid('id', id);
    const actor = this.actors.require();
    const row = await this.tenants.transaction((em) => em.findOne(StoredFile, { id, tenantId: actor.tenantId }));
    if (!row) throw AppError.notVisible('file', id);
    const facts = needsFacts(actor, row)
      ? { referencedByVisibleInstance: await this.references.referencedByVisibleInstance(id) }
      : undefined;
    if (!canReadFile({ actor, file: row, ...(facts ? { facts } : {}) })) throw AppError.notVisible('file', id);
    const content = await this.storage.get(row.storageKey);
    // A row is written only after its blob: a missing blob is lost data (or a misconfigured storage), a server fault.
    if (!content) throw new Error(`blob ${row.storageKey} of file ${id} is missing from the file storage`);
    return { file: viewOf(row), content };
  }

  private async storeChecked(upload: SpooledUpload | undefined, purposeInput: unknown): Promise<StoredFileView> {
    if (!upload) throw FileErrors.missing();
    const purpose = parsePurpose(purposeInput);
    const name = displayNameOf(upload.originalname);
    const mimeType = await this.acceptedType(upload, name, purpose);
    const actor = this.actors.require();
    const id = randomUUID();
    const storageKey = `${actor.tenantId}/${id}`;
    const view: StoredFileView = { id, name, size: upload.size, mimeType, sha256: upload.sha256 };
    await this.storage.put(storageKey, createReadStream(upload.path), view);
    await this.insertRow(view, storageKey);
    return view;
  }

  /** The metadata row of a stored blob; the blob is removed if the row fails. */
  private async insertRow(view: StoredFileView, storageKey: string): Promise<void> {
    const actor = this.actors.require();
    try {
      await this.tenants.transaction(async (em) => {
        em.create(StoredFile, {
          ...view,
          tenantId: actor.tenantId,
          uploadedBy: actor.userId,
          storageKey,
          createdAt: new Date(),
        });
        await em.flush();
      });
    } catch (error) {
      await this.storage.delete(storageKey).catch((cause: unknown) => {
        this.logger.error(`orphan blob ${storageKey} left after a failed insert: ${String(cause)}`);
      });
      throw error;
    }
  }

  /** The type the content has, if it is accepted by the configuration and the purpose; else VALIDATION_FAILED. */
  private async acceptedType(upload: SpooledUpload, name: string, purpose: UploadPurpose): Promise<SupportedFileType> {
    const allowed = this.config.files.allowedTypes.filter((type) => purpose !== 'image' || isImageType(type));
    const detected = detectFileType(await readFileEvidence({ ...upload, name }));
    if (!detected || !allowed.includes(detected)) throw FileErrors.typeRefused(detected, allowed);
    return detected;
  }
}

function parsePurpose(value: unknown): UploadPurpose {
  if (value === undefined || value === '') return undefined;
  if (value === 'image') return 'image';
  throw FileErrors.invalidPurpose();
}

function viewOf(row: StoredFile): StoredFileView {
  return { id: row.id, name: row.name, size: row.size, mimeType: row.mimeType, sha256: row.sha256 };
}
