import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { workspaceRoot } from '@anxin/testing';

/** Where `nx run designer:build` writes the designer. */
export const DESIGNER_DIST = path.join(workspaceRoot, 'dist/apps/designer');

/** Issue #10: the initial route's JavaScript, gzipped. KB as 1 000 bytes, the stricter reading (400 KiB = 409 600). */
export const BUDGET_BYTES = 400_000;

/** gzip as a server set for the smallest files compresses (zlib level 9); the default level 6 differs by < 0.5 %. */
export const GZIP_LEVEL = 9;

export interface BundleChunk {
  /** Path under the dist directory, e.g. `assets/index-BjJDZxCf.js`. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** A library that must only load with the lazy routes, and a string only its code contains. */
export interface HeavyLibrary {
  readonly name: string;
  readonly marker: string;
}

// Each marker was checked against the library's sources in node_modules; the budget test also checks that each
// is still found in some chunk of the build, so a marker that no longer matches fails instead of passing quietly.
export const HEAVY_LIBRARIES: readonly HeavyLibrary[] = [
  { name: 'bpmn-js', marker: 'bjs-powered-by' },
  { name: 'bpmn-js-properties-panel', marker: 'bio-properties-panel' },
  { name: 'echarts', marker: '__ec_inner_' },
  { name: 'react-querybuilder', marker: 'queryBuilder-branches' },
  { name: '@dnd-kit', marker: 'DndDescribedBy' },
  { name: 'qrcode', marker: 'No input text' },
  { name: 'signature_pad', marker: 'beginStroke' },
];

/** The entry script and the modulepreload links of the built index.html. */
function entryFiles(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    return (isEntry || isPreload) && url ? [url.replace(/^\//, '')] : [];
  });
}

/** Static imports of a built chunk (`import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`), not `import()`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map((match) => match[1]!);
}

/**
 * The JavaScript the browser loads for the first page of the built designer: the entry module, every chunk
 * index.html preloads, and every chunk they import statically (followed through the built files, so a chunk the
 * preload list missed is still counted). Chunks loaded with `import()` (the lazy routes) are not.
 */
export function initialChunks(distDir: string = DESIGNER_DIST): BundleChunk[] {
  const queue = entryFiles(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const seen = new Set<string>();
  const chunks: BundleChunk[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const content = readFileSync(path.join(distDir, file));
    chunks.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length });
    const dir = path.posix.dirname(file);
    queue.push(...staticImports(content.toString('utf8')).map((relative) => path.posix.join(dir, relative)));
  }
  return chunks;
}

export function totalGzipBytes(chunks: readonly BundleChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}

export function totalBytes(chunks: readonly BundleChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
}
