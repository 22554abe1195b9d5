import { Injectable } from '@nestjs/common';
import type { DataSourceName, FieldDefinition, FormDefinition, OptionItem } from '@anxin/form-engine';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { DataScope } from '../../../common/scope/data-scope.service';

type Sources = Partial<Record<DataSourceName, readonly OptionItem[]>>;

interface Row {
  value: string;
  label: string;
  project_id?: string | null;
  building_id?: string | null;
}

/** The data sources a form's fields use (`optionsFrom.dataSource`, pickers), sections and sub-forms included. */
export function dataSourcesOf(form: FormDefinition): Set<DataSourceName> {
  const names = new Set<DataSourceName>();
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      const from = (field as { optionsFrom?: { dataSource?: DataSourceName } }).optionsFrom;
      if (from?.dataSource) names.add(from.dataSource);
      if (field.type === 'user-picker') names.add('users');
      if (field.type === 'team-picker') names.add('teams');
      const nested = (field as { fields?: readonly FieldDefinition[]; columns?: unknown }).fields;
      if (Array.isArray(nested)) visit(nested);
      const columns = (field as { columns?: unknown }).columns;
      if (Array.isArray(columns)) visit(columns as FieldDefinition[]);
    }
  };
  visit(form.fields);
  return names;
}

/**
 * The host's options for picker fields, limited to what the caller may choose: his projects and their buildings and
 * units (an owner: his own units and their buildings), the tenant's teams, and the users of his projects. A value outside them fails
 * the form engine's option check, so an owner cannot file a ticket for somebody else's unit. Attributes carry the
 * parents (`projectId`, `buildingId`) for `optionFilter` rules.
 */
@Injectable()
export class FormDataSources {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
  ) {}

  async for(form: FormDefinition): Promise<Sources> {
    const wanted = dataSourcesOf(form);
    if (wanted.size === 0) return {};
    const sources: Sources = {};
    await this.db.transaction(async (em) => {
      for (const name of wanted) {
        const query = this.query(name);
        if (!query) continue;
        const rows = await em.execute<Row[]>(query.sql, query.params);
        sources[name] = rows.map((r) => ({
          value: r.value,
          label: r.label,
          attributes: {
            ...(r.project_id ? { projectId: r.project_id } : {}),
            ...(r.building_id ? { buildingId: r.building_id } : {}),
          },
        }));
      }
    });
    return sources;
  }

  private query(name: DataSourceName): { sql: string; params: unknown[] } | undefined {
    const actor = this.scope.actor;
    const projects = this.scope.projectCondition('project_id');
    const ownerOnly = !this.scope.isStaff();
    const units = JSON.stringify(actor.unitIds);
    switch (name) {
      case 'projects': {
        const own = this.scope.projectCondition('id');
        return {
          sql: `select id::text as value, name as label from project where ${own.sql} order by name`,
          params: [...own.params],
        };
      }
      case 'buildings':
        // An owner: the buildings holding his units (what the `buildings` picker offers him).
        return ownerOnly
          ? {
              sql: `select id::text as value, name as label, project_id::text as project_id from building b
                     where exists (select 1 from unit u where u.building_id = b.id
                                     and u.id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid)))
                     order by code`,
              params: [units],
            }
          : {
              sql: `select id::text as value, name as label, project_id::text as project_id from building
                     where ${projects.sql} order by code`,
              params: [...projects.params],
            };
      case 'units':
        return ownerOnly
          ? {
              sql: `select id::text as value, code as label, project_id::text as project_id, building_id::text as building_id
                      from unit where id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid)) order by code`,
              params: [units],
            }
          : {
              sql: `select id::text as value, code as label, project_id::text as project_id, building_id::text as building_id
                      from unit where ${projects.sql} order by code`,
              params: [...projects.params],
            };
      case 'teams':
        return {
          sql: `select id::text as value, name as label, project_id::text as project_id from team order by name`,
          params: [],
        };
      case 'users': {
        const shared = this.scope.projectCondition('up.project_id');
        return {
          sql: `select u.id::text as value, u.display_name as label from app_user u where u.active and
                  (${this.scope.isTenantWide()} or exists (select 1 from user_project up where up.user_id = u.id and ${shared.sql}))
                order by u.display_name`,
          params: [...shared.params],
        };
      }
      case 'rooms':
        return undefined;
    }
  }
}
