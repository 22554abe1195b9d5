import { loadConfig } from '../app-config';

describe('loadConfig: report settings', () => {
  it('should default to a 15 s statement timeout, 10 000 rows and the main database', () => {
    // Given nothing set, when loading
    const result = loadConfig({});
    // Then the report defaults apply
    expect(result.ok && result.config.reports).toEqual({
      statementTimeoutMs: 15_000,
      rowCap: 10_000,
      databaseUrl: undefined,
      webhookUrl: undefined,
    });
  });

  it('should read REPORT_STATEMENT_TIMEOUT_MS, REPORT_ROW_CAP, a replica URL and a webhook URL', () => {
    const result = loadConfig({
      REPORT_STATEMENT_TIMEOUT_MS: '2000',
      REPORT_ROW_CAP: '500',
      REPORT_DATABASE_URL: 'postgres://reader:secret@replica:5432/anxin',
      REPORT_WEBHOOK_URL: 'https://hooks.example.cn/send?key=abc',
    });
    expect(result.ok && result.config.reports).toEqual({
      statementTimeoutMs: 2000,
      rowCap: 500,
      databaseUrl: 'postgres://reader:secret@replica:5432/anxin',
      webhookUrl: 'https://hooks.example.cn/send?key=abc',
    });
  });

  it('should refuse a bad value in one line, never echoing the replica URL', () => {
    expect(loadConfig({ REPORT_ROW_CAP: '0' })).toEqual({
      ok: false,
      message: 'Invalid configuration: REPORT_ROW_CAP must be a whole number of rows from 1 to 1000000 (got "0")',
    });
    expect(loadConfig({ REPORT_DATABASE_URL: 'mysql://reader:secret@replica/anxin' })).toEqual({
      ok: false,
      message: 'Invalid configuration: REPORT_DATABASE_URL must be a postgres:// URL with a host and a database name',
    });
    expect(loadConfig({ REPORT_WEBHOOK_URL: 'ftp://hooks.example.cn/send?key=abc' })).toEqual({
      ok: false,
      message: 'Invalid configuration: REPORT_WEBHOOK_URL must be an http(s) URL',
    });
  });
});
