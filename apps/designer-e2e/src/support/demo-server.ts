import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { findFreePort } from '@anxin/persistence';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, startServerProcess } from '@anxin/testing';
import { SCREENSHOTS } from './designer-page';

export interface DemoServer {
  readonly database: TestDatabase;
  readonly server: ServerProcess;
}

/**
 * The app as `npm start` runs it, on a database of its own: the demo company seeded, `definitions/` deployed,
 * passwords hashed cheaply; `env` adds or overrides settings. The screenshot folder exists afterwards.
 */
export async function startDemoServer(env: Readonly<Record<string, string>> = {}): Promise<DemoServer> {
  const database = await createTestDatabase();
  const server = await startServerProcess({
    DATABASE_URL: database.url,
    PORT: String(await findFreePort()),
    SEED_DEMO_DATA: 'true',
    DEPLOY_DEFINITIONS: 'true',
    PASSWORD_HASHING: 'test',
    ...env,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { database, server };
}

/** Closes what a journey started, whichever of it did start. */
export async function stopDemo(parts: {
  browser?: Browser | undefined;
  server?: ServerProcess | undefined;
  database?: TestDatabase | undefined;
}): Promise<void> {
  await parts.browser?.close();
  await parts.server?.stop();
  await parts.database?.drop();
}
