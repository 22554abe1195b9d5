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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(0));

  try {
    database = await resolveDatabase(config, () => undefined);
    app = await createApp(config, database.url);
    await app.listen(config.port, config.host);
    announce(config, database);
  } catch (error) {
    console.error(`Anxin could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
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
