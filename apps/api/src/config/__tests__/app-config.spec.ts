import path from 'node:path';
import { loadConfig } from '../app-config';

describe('loadConfig', () => {
  it('should apply the defaults when nothing is set', () => {
    // Given an empty environment, when loading the configuration
    const result = loadConfig({}, '/srv/anxin');
    // Then the server uses port 3000, role all and an embedded database under .data
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        port: 3000,
        role: 'all',
        databaseUrl: undefined,
        embeddedDataDir: path.resolve('/srv/anxin/.data/postgres'),
      }),
    });
  });

  it('should name PORT and the bad value in one line when PORT is not a number', () => {
    // Given PORT=abc, when loading
    const result = loadConfig({ PORT: 'abc' });
    // Then one line names the variable and the value
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    });
  });

  it.each(['0', '70000', '3.5'])('should reject PORT=%s as out of range or fractional', (port) => {
    // Given a number that is no TCP port, when loading, then it is refused naming PORT
    const result = loadConfig({ PORT: port });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid configuration: PORT /);
  });

  it('should reject a malformed DATABASE_URL without echoing it', () => {
    // Given a URL that is not postgres://, possibly carrying a password
    const result = loadConfig({ DATABASE_URL: 'mysql://root:secret@db/anxin' });
    // Then the message names the variable but not the secret
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: DATABASE_URL must be a postgres:// URL with a host and a database name',
    });
  });

  it('should accept a postgres URL and a worker role', () => {
    // Given a full configuration, when loading, then the values are typed
    const result = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/anxin', ROLE: 'worker', PORT: '8080' });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ databaseUrl: 'postgresql://u:p@db:5432/anxin', role: 'worker', port: 8080 }),
    });
  });

  it('should list the allowed roles when ROLE is unknown', () => {
    const result = loadConfig({ ROLE: 'scheduler' });
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: ROLE must be one of api, worker, all (got "scheduler")',
    });
  });
});
