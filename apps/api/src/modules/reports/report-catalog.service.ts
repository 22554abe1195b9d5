import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { FieldType, ReportCatalog } from '@anxin/report-engine';

/**
 * What datasets may read: an allow-list of tables and columns. Nothing else is reportable, whatever a dataset
 * says: no `tenant_id` (row-level security is the tenant boundary), no credentials, no phone numbers, no free JSON.
 */
export const REPORTABLE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  ticket: [
    'instance_id',
    'number',
    'process_key',
    'status',
    'initiator',
    'project_id',
    'building_id',
    'unit_id',
    'category',
    'urgency',
    'title',
    'assignee',
    'team',
    'estimated_cost',
    'rating',
    'sla_due_at',
    'engineer',
    'sla_breached',
    'created_at',
    'updated_at',
    'closed_at',
  ],
  ticket_timeline: ['id', 'instance_id', 'status', 'at', 'actor'],
  user_task: [
    'id',
    'instance_id',
    'element_id',
    'name',
    'assignee',
    'owner',
    'status',
    'due_at',
    'priority',
    'form_key',
    'created_at',
    'claimed_at',
    'completed_at',
    'completed_by',
    'outcome',
  ],
  project: ['id', 'code', 'name', 'city', 'created_at'],
  building: ['id', 'project_id', 'code', 'name'],
  unit: ['id', 'project_id', 'building_id', 'code', 'floor', 'unit_type'],
  team: ['id', 'project_id', 'code', 'name', 'capacity', 'created_at'],
  app_user: ['id', 'username', 'display_name'],
};

/** PostgreSQL `information_schema.columns.data_type` → the report engine's field type; others are not reportable. */
const FIELD_TYPE_BY_DATA_TYPE: Readonly<Record<string, FieldType>> = {
  uuid: 'id',
  text: 'text',
  'character varying': 'text',
  character: 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  date: 'date',
  'timestamp with time zone': 'datetime',
  'timestamp without time zone': 'datetime',
};

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** The catalog from the database's own column list: allow-listed columns that exist and have a reportable type. */
export function catalogFrom(
  rows: readonly ColumnRow[],
  types: Readonly<Record<string, FieldType>> = FIELD_TYPE_BY_DATA_TYPE,
): ReportCatalog {
  const tables: Record<string, Record<string, FieldType>> = {};
  for (const row of rows) {
    const type = types[row.data_type];
    if (!type || !REPORTABLE_COLUMNS[row.table_name]?.includes(row.column_name)) continue;
    (tables[row.table_name] ??= {})[row.column_name] = type;
  }
  return { tables };
}

/**
 * The {@link ReportCatalog} datasets are checked against, with column types read from `information_schema` once at
 * start (the schema changes only with a migration, i.e. a new release).
 */
@Injectable()
export class ReportCatalogService implements OnApplicationBootstrap {
  private loaded?: Promise<ReportCatalog>;

  constructor(private readonly em: EntityManager) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.catalog();
  }

  catalog(): Promise<ReportCatalog> {
    this.loaded ??= this.read();
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }

  private read(): Promise<ReportCatalog> {
    return readReportCatalog(this.em);
  }
}

/** The catalog of the connected database (its `information_schema`). */
export async function readReportCatalog(em: EntityManager): Promise<ReportCatalog> {
  const rows = await em.fork().execute<ColumnRow[]>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = current_schema() and table_name = any(array(select jsonb_array_elements_text(?::jsonb)))`,
    [JSON.stringify(Object.keys(REPORTABLE_COLUMNS))],
  );
  return catalogFrom(rows);
}

/** MikroORM's mapped types (the committed schema snapshot) → field types: the catalog where no database is asked. */
const FIELD_TYPE_BY_MAPPED_TYPE: Readonly<Record<string, FieldType>> = {
  uuid: 'id',
  text: 'text',
  string: 'text',
  integer: 'integer',
  smallint: 'integer',
  bigint: 'integer',
  decimal: 'number',
  double: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

interface SnapshotTable {
  readonly name: string;
  readonly columns: Readonly<Record<string, { readonly mappedType: string }>>;
}

/** The catalog from the migrations' schema snapshot (`.snapshot-anxin.json`), for checks without a database. */
export function catalogFromSnapshot(snapshot: { readonly tables: readonly SnapshotTable[] }): ReportCatalog {
  const rows = snapshot.tables.flatMap((table) =>
    Object.entries(table.columns).map(([column, c]) => ({
      table_name: table.name,
      column_name: column,
      data_type: c.mappedType,
    })),
  );
  return catalogFrom(rows, FIELD_TYPE_BY_MAPPED_TYPE);
}
