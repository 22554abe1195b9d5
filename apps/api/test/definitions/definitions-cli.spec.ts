// `npm run definitions -- validate|deploy|export` as a child process, against a database of its own.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { workspaceRoot } from '@anxin/testing';

const run = promisify(execFile);
const definitionsRoot = path.join(workspaceRoot, 'definitions');

interface CliResult {
  code: number;
  out: string;
}

async function cli(...args: string[]): Promise<CliResult> {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', './tools/register-ts.cjs', 'tools/definitions/definitions.ts', ...args],
      { cwd: workspaceRoot, env, timeout: 60_000 },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A copy of definitions/ to change freely. */
async function copyOfDefinitions(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'anxin-definitions-'));
  await cp(definitionsRoot, dir, { recursive: true });
  return dir;
}

const lines = (out: string, prefix: string) => out.split('\n').filter((line) => line.startsWith(prefix));

describe('npm run definitions', () => {
  let database: TestDatabase;
  const folders: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function folder(): Promise<string> {
    const dir = await copyOfDefinitions();
    folders.push(dir);
    return dir;
  }

  it('should validate the shipped definitions', async () => {
    const result = await cli('validate');
    expect(result.code).toBe(0);
    expect(result.out).toContain('valid     process repair-ticket (processes/repair-ticket.bpmn)');
    expect(lines(result.out, 'invalid')).toEqual([]);
  });

  it('should list every problem and exit 1 when a definition has errors', async () => {
    // Given a form whose rule reads a field that does not exist, and a stray file
    const dir = await folder();
    const file = path.join(dir, 'forms/repair-rating.form.json');
    const form = JSON.parse(await readFile(file, 'utf8')) as { fields: { visibleIf?: unknown }[] };
    form.fields[1]!.visibleIf = { '!!': [{ var: 'mood' }] };
    await writeFile(file, JSON.stringify(form));
    await writeFile(path.join(dir, 'forms/notes.txt'), 'not a definition');
    // When validated
    const result = await cli('validate', '--dir', dir);
    // Then it fails, naming the file, the code and the path, and the stray file
    expect(result.code).toBe(1);
    expect(result.out).toContain('invalid   form repair-rating (forms/repair-rating.form.json)');
    expect(result.out).toMatch(/forms\/repair-rating\.form\.json: error UNDECLARED_VARIABLE at \/fields\/1\/visibleIf/);
    expect(result.out).toContain('unknown   forms/notes.txt');
  });

  it('should deploy every file once: created, then unchanged', async () => {
    // When deployed twice to an empty database
    const first = await cli('deploy', '--url', database.url);
    const second = await cli('deploy', '--url', database.url);
    // Then the first run creates version 1 of each, the second finds them unchanged
    expect(first.code).toBe(0);
    expect(lines(first.out, 'created').length).toBeGreaterThanOrEqual(18);
    expect(first.out).toContain('created   decision repair-dispatch v1 (decisions/repair-dispatch.decision.json)');
    expect(second.code).toBe(0);
    expect(lines(second.out, 'created')).toEqual([]);
    expect(second.out).toContain('unchanged process repair-ticket v1 (processes/repair-ticket.bpmn)');
  });

  it('should export what was deployed since back to the files, new definitions to their folder', async () => {
    // Given the shipped definitions deployed, then a changed SLA and a new dictionary deployed from elsewhere
    await cli('deploy', '--url', database.url);
    const designer = await folder();
    const table = path.join(designer, 'decisions/repair-dispatch.decision.json');
    const changed = (await readFile(table, 'utf8')).replace('"PT30M"', '"PT20M"');
    await writeFile(table, changed);
    const words = { key: 'praise-words', name: '表扬词', items: [{ value: 'fast', label: '及时' }] };
    await writeFile(path.join(designer, 'dictionaries/praise-words.dictionary.json'), JSON.stringify(words));
    expect((await cli('deploy', '--dir', designer, '--url', database.url)).code).toBe(0);
    // When exported into a fresh copy of the repository's folder
    const checkout = await folder();
    const result = await cli('export', '--dir', checkout, '--url', database.url);
    // Then the changed table and the new dictionary are written, everything else is unchanged
    expect(result.code).toBe(0);
    expect(lines(result.out, 'written').sort()).toEqual([
      'written   decision repair-dispatch v2 (decisions/repair-dispatch.decision.json)',
      'written   dictionary praise-words v1 (dictionaries/praise-words.dictionary.json)',
    ]);
    expect(await readFile(path.join(checkout, 'decisions/repair-dispatch.decision.json'), 'utf8')).toBe(changed);
    expect(await readFile(path.join(checkout, 'dictionaries/praise-words.dictionary.json'), 'utf8')).toBe(
      JSON.stringify(words),
    );
  });
});
