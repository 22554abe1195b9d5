import { catalogFrom, REPORTABLE_COLUMNS } from '../report-catalog.service';

describe('the report catalog', () => {
  it('should offer no tenant column, no credentials and no phone numbers', () => {
    // Given the allow-list, when looking for sensitive columns
    const columns = Object.values(REPORTABLE_COLUMNS).flat();
    // Then none is there, and users show only their id and names
    expect(columns.filter((c) => /tenant|password|token|phone|hash|secret/.test(c))).toEqual([]);
    expect(REPORTABLE_COLUMNS['app_user']).toEqual(['id', 'username', 'display_name']);
  });

  it('should keep allow-listed columns of a reportable type only, typed for the report engine', () => {
    // Given columns as information_schema lists them
    const catalog = catalogFrom([
      { table_name: 'ticket', column_name: 'estimated_cost', data_type: 'numeric' },
      { table_name: 'ticket', column_name: 'created_at', data_type: 'timestamp with time zone' },
      { table_name: 'ticket', column_name: 'tenant_id', data_type: 'uuid' },
      { table_name: 'ticket', column_name: 'fields', data_type: 'jsonb' },
      { table_name: 'app_user', column_name: 'password_hash', data_type: 'text' },
      { table_name: 'refresh_token', column_name: 'id', data_type: 'uuid' },
    ]);
    // Then only the allow-listed, typed ones remain
    expect(catalog).toEqual({ tables: { ticket: { estimated_cost: 'number', created_at: 'datetime' } } });
  });
});
