import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from './company.entity';
import { User } from './user.entity';

/**
 * Metadata of one uploaded file; the bytes live in the file storage (local disk or S3) under `storageKey`. The id is
 * what form data carries (`image`, `file`, `signature` fields). Rows are written once and never changed: a row
 * exists only once its blob is stored, so a row always has bytes behind it.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['tenantId', 'uploadedBy', 'createdAt'] })
export class StoredFile {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'uploaded_by' })
  uploadedBy!: string;

  /** The client's file name, as shown and offered on download; never used as a path. */
  @Property({ type: 'text' })
  name!: string;

  /** Bytes. */
  @Property({ type: 'integer' })
  size!: number;

  /** Detected from the content's magic bytes, not taken from the client. */
  @Property({ type: 'text' })
  mimeType!: string;

  /** SHA-256 of the content, hex. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  @Unique()
  storageKey!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
