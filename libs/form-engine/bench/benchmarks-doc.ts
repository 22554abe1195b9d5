import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- forms:results:start (written by npm run bench:forms) -->';
const END = '<!-- forms:results:end -->';

/**
 * Writes the results of the "Forms" section of docs/benchmarks.md between its markers, leaving every other
 * section alone (others edit them concurrently: the file is read right before it is written). Appends the
 * section when the markers are missing.
 */
export function writeFormsResults(docPath: string, results: string, intro: string): void {
  const doc = readFileSync(docPath, 'utf8');
  const block = `${START}\n\n${results.trim()}\n\n${END}`;
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  const next =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + END.length)}`
      : `${doc.trimEnd()}\n\n## Forms\n\n${intro.trim()}\n\n${block}\n`;
  writeFileSync(docPath, next);
}
