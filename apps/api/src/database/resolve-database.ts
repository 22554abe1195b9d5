import { ensureDatabaseExists, startEmbeddedPostgres } from '@anxin/persistence';
import type { AppConfig } from '../config/app-config';

export interface ResolvedDatabase {
  url: string;
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
  description: string;
}

const embeddedDatabaseName = 'anxin';

/** `DATABASE_URL` when given; otherwise an embedded PostgreSQL whose cluster lives in the data directory. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, stop: () => Promise.resolve(), description: 'PostgreSQL from DATABASE_URL' };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, onLog: (line) => log(line.trim()) });
  try {
    const url = server.urlFor(embeddedDatabaseName);
    await ensureDatabaseExists(url);
    return { url, stop: () => server.stop(), description: `embedded PostgreSQL in ${config.embeddedDataDir}` };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
