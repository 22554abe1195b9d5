import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DefinitionKind } from '@anxin/persistence';

/** A definition kept as a file under `definitions/`: its kind and key come from the file name. */
export interface DefinitionFile {
  readonly kind: DefinitionKind;
  readonly key: string;
  /** Relative to the definitions folder, with forward slashes (`forms/site-visit.form.json`). */
  readonly file: string;
  readonly content: string;
}

export interface DefinitionFolder {
  readonly files: readonly DefinitionFile[];
  /** Files that are no definition (no known suffix), outside the folders that hold other things. */
  readonly unrecognised: readonly string[];
}

/** Name suffix of each kind, and the folder a new file of that kind is written to. */
const SUFFIXES: readonly { suffix: string; kind: DefinitionKind; folder: string }[] = [
  { suffix: '.bpmn', kind: 'process', folder: 'processes' },
  { suffix: '.form.json', kind: 'form', folder: 'forms' },
  { suffix: '.dictionary.json', kind: 'dictionary', folder: 'dictionaries' },
  { suffix: '.decision.json', kind: 'decision', folder: 'decisions' },
  { suffix: '.decision-table.json', kind: 'decision', folder: 'decisions' },
  { suffix: '.assignment.json', kind: 'assignment', folder: 'assignments' },
  { suffix: '.calendar.json', kind: 'calendar', folder: 'calendars' },
  { suffix: '.report.json', kind: 'report', folder: 'reports' },
  { suffix: '.dashboard.json', kind: 'dashboard', folder: 'dashboards' },
  { suffix: '.dataset.json', kind: 'dataset', folder: 'datasets' },
];

/** Folders of `definitions/` that hold something else than definitions (formats, seed data). */
const NOT_DEFINITIONS = new Set(['schemas', 'seed']);

/**
 * Dependencies first: forms are checked against the deployed dictionaries, and a process's decision tables,
 * strategies and forms should be there before its first instance runs.
 */
export const DEPLOY_ORDER: readonly DefinitionKind[] = [
  'dictionary',
  'calendar',
  'decision',
  'assignment',
  'form',
  'process',
  'dataset',
  'report',
  'dashboard',
];

/** The kind and key a file name stands for (`site-visit.form.json` → form `site-visit`), if any. */
export function definitionOfFileName(fileName: string): { kind: DefinitionKind; key: string } | undefined {
  const base = path.basename(fileName);
  const match = SUFFIXES.find((s) => base.endsWith(s.suffix) && base.length > s.suffix.length);
  return match ? { kind: match.kind, key: base.slice(0, -match.suffix.length) } : undefined;
}

/** Where a definition that has no file yet is written, relative to the definitions folder. */
export function fileNameFor(kind: DefinitionKind, key: string): string {
  const entry = SUFFIXES.find((s) => s.kind === kind);
  if (!entry) throw new Error(`no file name for definitions of kind ${kind}`);
  return `${entry.folder}/${key}${entry.suffix}`;
}

async function listFiles(root: string, relative = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!(relative === '' && NOT_DEFINITIONS.has(entry.name))) found.push(...(await listFiles(root, child)));
    } else if (entry.isFile()) {
      found.push(child);
    }
  }
  return found;
}

/**
 * Every definition file under `root`, in deploy order (then by file). Markdown and dot files are not definitions
 * and are skipped silently; any other file without a known suffix is listed as unrecognised.
 */
export async function readDefinitionFolder(root: string): Promise<DefinitionFolder> {
  const files: DefinitionFile[] = [];
  const unrecognised: string[] = [];
  for (const file of await listFiles(root)) {
    const base = path.basename(file);
    if (base.startsWith('.') || base.endsWith('.md')) continue;
    const found = definitionOfFileName(file);
    if (!found) {
      unrecognised.push(file);
      continue;
    }
    files.push({ ...found, file, content: await readFile(path.join(root, file), 'utf8') });
  }
  const rank = (kind: DefinitionKind) => DEPLOY_ORDER.indexOf(kind);
  files.sort((a, b) => rank(a.kind) - rank(b.kind) || a.file.localeCompare(b.file));
  return { files, unrecognised };
}

/** The `definitions` folder in the nearest folder above `from` that has one (works from src and from dist). */
export function findDefinitionsFolder(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'definitions');
    if (existsSync(path.join(candidate, 'schemas'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
