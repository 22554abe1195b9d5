import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** What a definition is; stored as text in `definition.kind` (new kinds need no migration). */
export const DEFINITION_KINDS = [
  'process',
  'form',
  'decision',
  'assignment',
  'calendar',
  'dictionary',
  'report',
  'dashboard',
  'dataset',
] as const;

export type DefinitionKind = (typeof DEFINITION_KINDS)[number];
export type DefinitionStatus = 'active' | 'retired';

/**
 * One deployed version of a definition (a BPMN process, a form, a decision table…). Versions are immutable:
 * deploying identical content again returns the existing version (same checksum), anything else adds a version.
 */
@Entity({ tableName: 'definition' })
@Unique({ properties: ['kind', 'key', 'version'] })
@Index({ properties: ['kind', 'key', 'checksum'] })
export class Definition {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  kind!: DefinitionKind;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  content!: string;

  /** SHA-256 of the content, hex. */
  @Property({ type: 'text' })
  checksum!: string;

  @Property({ type: 'text', default: 'active' })
  status: DefinitionStatus = 'active';

  @Property({ type: 'text', nullable: true })
  createdBy?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
