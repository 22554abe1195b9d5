import { Client } from 'pg';
import { databaseNameOf, withDatabaseName } from '../config/database-url';

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs one statement on the maintenance database of the server that `databaseUrl` points at. */
async function onMaintenanceDatabase(databaseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabaseName(databaseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `databaseUrl` unless it exists (no-op for an existing one). */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  const client = new Client({ connectionString: withDatabaseName(databaseUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Creates `databaseUrl`'s database as a copy of `templateName` (fast: a file copy, no migrations). */
export async function createDatabaseFromTemplate(databaseUrl: string, templateName: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  await onMaintenanceDatabase(
    databaseUrl,
    `create database ${quoteIdentifier(name)} template ${quoteIdentifier(templateName)}`,
  );
}

/** Drops `databaseUrl`'s database, closing any connections still open to it. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  await onMaintenanceDatabase(databaseUrl, `drop database if exists ${quoteIdentifier(name)} with (force)`);
}
