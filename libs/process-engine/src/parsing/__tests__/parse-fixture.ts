// Loads the `.bpmn` fixtures of test/fixtures/parsing the way definitions are loaded: XML text from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelProblem } from '../../model/model-problem.type';
import { parseProcess } from '../parse-process';
import type { ParseProcessOptions, ParseProcessResult } from '../parse-process.type';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'parsing');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.bpmn`), 'utf8');
}

export function parseFixture(name: string, options?: ParseProcessOptions): Promise<ParseProcessResult> {
  return parseProcess(readFixture(name), options);
}

/** `code elementId` of each problem, for exact and readable assertions. */
export function located(problems: readonly ModelProblem[]): string[] {
  return problems.map((p) => `${p.code} ${p.elementId ?? '-'}`);
}
