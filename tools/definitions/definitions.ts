// The definitions/ folder from the command line (docs/solution-repair.md#changing-the-rules).
// Usage: npm run definitions -- validate|deploy|export [--dir <folder>] [--url postgres://…]
//   validate  the checks deployDefinition runs, on every file; no database. Exit 1 on any error.
//   deploy    every file to DATABASE_URL (or --url, or the embedded database of `npm start`): created/unchanged.
//   export    the latest deployed version of every definition back to its file (new ones to the kind's folder).
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, DEFINITION_KINDS, migrateToLatest } from '@anxin/persistence';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { resolveDatabase, type ResolvedDatabase } from '../../apps/api/src/database/resolve-database';
import { DefinitionRegistry } from '../../apps/api/src/engine-runtime/definition-registry.service';
import {
  readDefinitionFolder,
  type DefinitionFolder,
} from '../../apps/api/src/modules/definitions/definition-files.util';
import {
  describeProblems,
  deployDefinitionFolder,
  exportDefinitionFolder,
  validateDefinitionFolder,
  type DefinitionFileReport,
} from '../../apps/api/src/modules/definitions/definition-folder.util';

const COMMANDS = ['validate', 'deploy', 'export'] as const;
type Command = (typeof COMMANDS)[number];

interface Options {
  readonly command: Command;
  readonly dir: string;
  readonly url: string | undefined;
}

function parseArguments(args: readonly string[]): Options {
  const [command, ...rest] = args;
  if (!COMMANDS.includes(command as Command))
    throw new UsageError(`Give a command: ${COMMANDS.join(' | ')} (got ${command ?? 'nothing'})`);
  let dir = 'definitions';
  let url = process.env['DATABASE_URL'] || undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const [name, value] = [rest[i], rest[i + 1]];
    if (value === undefined || !['--dir', '--url'].includes(name ?? ''))
      throw new UsageError(`Unknown or incomplete option ${name}: use --dir <folder> and --url <postgres url>`);
    if (name === '--dir') dir = value;
    else url = value;
  }
  return { command: command as Command, dir: path.resolve(dir), url };
}

class UsageError extends Error {}

function printReports(reports: readonly DefinitionFileReport[]): boolean {
  for (const report of reports) {
    const version = report.version === undefined ? '' : ` v${report.version}`;
    console.log(`${report.outcome.padEnd(9)} ${report.kind} ${report.key}${version} (${report.file})`);
    for (const line of describeProblems(report)) console.log(`  ${line}`);
  }
  const bad = reports.filter((r) => r.outcome === 'invalid' || r.outcome === 'failed');
  console.log(
    bad.length ? `${bad.length} of ${reports.length} definitions have errors` : `${reports.length} definitions`,
  );
  return bad.length === 0;
}

/** Both reports are printed, whatever the first says. */
function allOk(...results: readonly boolean[]): boolean {
  return results.every(Boolean);
}

function reportUnrecognised(folder: DefinitionFolder): boolean {
  for (const file of folder.unrecognised) console.log(`unknown   ${file}: not <key>.<kind>.json or <key>.bpmn`);
  return folder.unrecognised.length === 0;
}

/** DATABASE_URL (or --url), else the embedded PostgreSQL `npm start` uses (stop the server first). */
async function openDatabase(url: string | undefined): Promise<ResolvedDatabase> {
  const loaded = loadConfig({ ...process.env, ...(url ? { DATABASE_URL: url } : {}) });
  if (!loaded.ok) throw new UsageError(loaded.message);
  return resolveDatabase(loaded.config, () => undefined);
}

async function withRegistry(url: string | undefined, work: (registry: DefinitionRegistry) => Promise<boolean>) {
  const database = await openDatabase(url);
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: database.url }));
  try {
    await migrateToLatest(orm);
    console.log(`database: ${database.description}`);
    return await work(new DefinitionRegistry(orm.em));
  } finally {
    await orm.close(true);
    await database.stop();
  }
}

async function main(): Promise<boolean> {
  const options = parseArguments(process.argv.slice(2));
  const folder = await readDefinitionFolder(options.dir);
  switch (options.command) {
    case 'validate':
      return allOk(printReports(await validateDefinitionFolder(folder)), reportUnrecognised(folder));
    case 'deploy':
      return withRegistry(options.url, async (registry) => {
        const reports = await deployDefinitionFolder(registry, folder, 'definitions-cli');
        return allOk(printReports(reports), reportUnrecognised(folder));
      });
    case 'export':
      return withRegistry(options.url, async (registry) => {
        const exported = await exportDefinitionFolder({ registry, root: options.dir, folder, kinds: DEFINITION_KINDS });
        for (const e of exported) console.log(`${e.outcome.padEnd(9)} ${e.kind} ${e.key} v${e.version} (${e.file})`);
        console.log(`${exported.filter((e) => e.outcome === 'written').length} of ${exported.length} files written`);
        return true;
      });
  }
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
