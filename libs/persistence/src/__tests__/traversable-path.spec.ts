import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureTraversableByOthers } from '../database/traversable-path';

describe('ensureTraversableByOthers', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'anxin-private-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should let the postgres user pass through private (0700) folders such as a mktemp -d checkout', async () => {
    // Given a checkout inside a 0700 folder (regression: initdb failed with EACCES in a `mktemp -d` clone)
    const binDir = path.join(root, 'node_modules', 'bin');
    mkdirSync(binDir, { recursive: true, mode: 0o700 });
    // When the path is made traversable
    await ensureTraversableByOthers(binDir);
    // Then every folder on the way has o+x, and nothing gained read permission for others
    for (const dir of [root, path.join(root, 'node_modules'), binDir]) {
      expect(statSync(dir).mode & 0o007).toBe(0o001);
    }
  });
});
