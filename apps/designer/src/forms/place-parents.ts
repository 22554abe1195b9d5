import type { DataSourceName, FieldDefinition, FormDefinition } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';

/** The parents the location pickers cascade on: the chosen project (for buildings) and building (for units). */
export interface PlaceParents {
  readonly projectId?: string;
  readonly buildingId?: string;
}

/** Top-level fields (sections included) that read a data source: the form says which field holds what. */
function fieldOf(fields: readonly FieldDefinition[], source: DataSourceName): string | undefined {
  for (const field of fields) {
    if (field.type === 'section') {
      const inner = fieldOf(field.fields, source);
      if (inner) return inner;
      continue;
    }
    const from = (field as { optionsFrom?: { dataSource?: DataSourceName } }).optionsFrom;
    if (from?.dataSource === source) return field.key;
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Which project and building are chosen: the values of the fields whose options come from `projects` and
 * `buildings` (no field name is known to the code; the definition's data sources say it).
 */
export function placeParents(form: FormDefinition, values: JsonObject): PlaceParents {
  const projectField = fieldOf(form.fields, 'projects');
  const buildingField = fieldOf(form.fields, 'buildings');
  const projectId = projectField ? text(values[projectField]) : undefined;
  const buildingId = buildingField ? text(values[buildingField]) : undefined;
  return { ...(projectId ? { projectId } : {}), ...(buildingId ? { buildingId } : {}) };
}

export const sameParents = (a: PlaceParents, b: PlaceParents) =>
  a.projectId === b.projectId && a.buildingId === b.buildingId;
