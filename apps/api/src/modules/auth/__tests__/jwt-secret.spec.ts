import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveJwtSecret } from '../jwt-secret';

describe('resolveJwtSecret', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-jwt-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should use JWT_SECRET when it is set, and write nothing', async () => {
    const secret = 'configured-secret-0123456789abcdefghij';
    expect(await resolveJwtSecret({ jwtSecret: secret, dataDir })).toBe(secret);
    expect(() => statSync(path.join(dataDir, 'jwt-secret'))).toThrow();
  });

  it('should generate a random key once, readable by the owner only, and reuse it after a restart', async () => {
    // Given no JWT_SECRET, when the key is resolved twice (two starts) and in two other data directories
    const first = await resolveJwtSecret({ jwtSecret: undefined, dataDir });
    const again = await resolveJwtSecret({ jwtSecret: undefined, dataDir });
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'anxin-jwt-'));
    const other = await resolveJwtSecret({ jwtSecret: undefined, dataDir: elsewhere });
    rmSync(elsewhere, { recursive: true, force: true });
    // Then the installation keeps its key (mode 0600), and another installation has another
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(statSync(path.join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first);
  });

  it('should agree on one key when several processes start at once', async () => {
    const keys = await Promise.all(
      Array.from({ length: 8 }, () => resolveJwtSecret({ jwtSecret: undefined, dataDir })),
    );
    expect(new Set(keys).size).toBe(1);
  });

  it('should refuse a key file holding a short key', async () => {
    writeFileSync(path.join(dataDir, 'jwt-secret'), 'short\n');
    await expect(resolveJwtSecret({ jwtSecret: undefined, dataDir })).rejects.toThrow(/shorter than 32/);
  });
});
