import type { DataSourceName, FieldDefinition, FormDefinition } from '@anxin/form-engine';

/** The host data sources a form's fields read (`optionsFrom.dataSource`, pickers), sections and sub-forms included. */
export function dataSourcesOf(form: FormDefinition): Set<DataSourceName> {
  const names = new Set<DataSourceName>();
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      if (field.type === 'user-picker') names.add('users');
      if (field.type === 'team-picker') names.add('teams');
      const from = (field as { optionsFrom?: { dataSource?: DataSourceName } }).optionsFrom;
      if (from?.dataSource) names.add(from.dataSource);
      if ('fields' in field && Array.isArray(field.fields)) visit(field.fields as readonly FieldDefinition[]);
    }
  };
  visit(form.fields);
  return names;
}
