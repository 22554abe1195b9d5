import { readFileSync, writeFileSync } from 'node:fs';

/** A section of docs/benchmarks.md whose results a benchmark writes between two markers. */
export interface BenchmarkSection {
  /** Marker id: `<!-- <id>:results:start … -->`. */
  readonly id: string;
  /** The `##` heading the section gets when it is appended. */
  readonly heading: string;
  /** The npm script that writes it (named in the start marker). */
  readonly script: string;
  /** Prose put under the heading when the section is appended. */
  readonly intro?: string;
}

/**
 * Writes `results` between the markers of `section` in docs/benchmarks.md, leaving the prose around them alone;
 * appends the section when the markers are missing. The file is read right before it is written, so benchmarks
 * writing other sections do not undo each other.
 */
export function writeBenchmarkResults(docPath: string, section: BenchmarkSection, results: string): void {
  const start = `<!-- ${section.id}:results:start (written by npm run ${section.script}) -->`;
  const end = `<!-- ${section.id}:results:end -->`;
  const doc = readFileSync(docPath, 'utf8');
  const block = `${start}\n\n${results.trim()}\n\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`
      : `${doc.trimEnd()}\n\n## ${section.heading}\n\n${section.intro ? `${section.intro.trim()}\n\n` : ''}${block}\n`;
  writeFileSync(docPath, next);
}
