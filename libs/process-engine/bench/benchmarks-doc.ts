import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- engine-core:results:start (written by npm run bench:engine-core) -->';
const END = '<!-- engine-core:results:end -->';

/**
 * Writes `results` between the markers of the "Engine core" section of docs/benchmarks.md, leaving the prose around
 * them alone; appends the section when the markers are missing.
 */
export function writeEngineCoreResults(docPath: string, results: string): void {
  const doc = readFileSync(docPath, 'utf8');
  const block = `${START}\n\n${results.trim()}\n\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${block}${doc.slice(end + END.length)}`
      : `${doc.trimEnd()}\n\n## Engine core\n\n${block}\n`;
  writeFileSync(docPath, next);
}
