import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabaseExists, findFreePort, startEmbeddedPostgres } from '@anxin/persistence';
import { startServerProcess } from '@anxin/testing';
import { DESIGNER_DIST } from '../src/support/initial-bundle';

/** The baseline: one static page with one input, served by the same server as the designer. */
export const BASELINE_PATH = '/bench-baseline.html';

const BASELINE_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>baseline</title>
  </head>
  <body>
    <form data-testid="login-form"><label>用户名 <input id="username" /></label></form>
  </body>
</html>
`;

export interface BenchApp {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The app as the journeys start it (the built server, demo data and definitions), on an embedded PostgreSQL of
 * its own in a scratch directory. The server serves a copy of the built designer with the baseline page added, so
 * both come from the same static file handler.
 */
export async function startBenchApp(): Promise<BenchApp> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'anxin-bench-designer-'));
  const designerDir = path.join(scratch, 'designer');
  cpSync(DESIGNER_DIST, designerDir, { recursive: true });
  writeFileSync(path.join(designerDir, BASELINE_PATH), BASELINE_HTML);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg') });
  try {
    const databaseUrl = postgres.urlFor('anxin_bench_designer');
    await ensureDatabaseExists(databaseUrl);
    const server = await startServerProcess(
      {
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(scratch, 'data'),
        DESIGNER_DIR: designerDir,
        PORT: String(await findFreePort()),
        SEED_DEMO_DATA: 'true',
        DEPLOY_DEFINITIONS: 'true',
        PASSWORD_HASHING: 'test',
        // Each /inbox load signs in once and its page refreshes the token once: over the default 10 a minute.
        AUTH_RATE_LIMIT: '10000',
      },
      180_000,
    );
    return {
      baseUrl: server.baseUrl,
      stop: async () => {
        await server.stop();
        await postgres.stop();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres.stop();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
