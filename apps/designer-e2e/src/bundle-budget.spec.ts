// Issue #10, "Bundle budget": the first page of the built designer (dist/apps/designer, built by `npm test` before
// jest runs) loads at most 400 KB of JavaScript gzipped, and none of the heavy libraries the lazy routes bring.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUDGET_BYTES,
  DESIGNER_DIST,
  GZIP_LEVEL,
  HEAVY_LIBRARIES,
  initialChunks,
  totalGzipBytes,
  type BundleChunk,
} from './support/initial-bundle';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function describeChunks(chunks: readonly BundleChunk[]): string {
  return [...chunks]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((chunk) => `  ${chunk.file}: ${kb(chunk.gzipBytes)} gzipped (${kb(chunk.bytes)} raw)`)
    .join('\n');
}

describe('bundle budget of the designer first page', () => {
  let chunks: BundleChunk[];

  beforeAll(() => {
    if (!existsSync(path.join(DESIGNER_DIST, 'index.html')))
      throw new Error(`${DESIGNER_DIST}/index.html missing: build the designer first (nx run designer:build)`);
    chunks = initialChunks();
  });

  it('given the built index.html, when its entry and every chunk it loads eagerly are gzipped, then the total is at most 400 KB', () => {
    // then the entry and its vendor chunks are counted (a build with no chunk would pass any budget)
    expect(chunks.some((chunk) => /\/index-[\w-]+\.js$/.test(chunk.file))).toBe(true);
    const total = totalGzipBytes(chunks);
    const verdict =
      total <= BUDGET_BYTES
        ? 'within budget'
        : `${kb(total)} gzipped (zlib level ${GZIP_LEVEL}) is over the budget of ${kb(BUDGET_BYTES)}; ` +
          `the first page loads, largest first:\n${describeChunks(chunks)}`;
    expect(verdict).toBe('within budget');
  });

  it('given the chunks of the first page, then none of them contains bpmn-js, ECharts, react-querybuilder, dnd-kit, qrcode or signature_pad', () => {
    const offending = chunks.flatMap((chunk) => {
      const code = readFileSync(path.join(DESIGNER_DIST, chunk.file), 'utf8');
      return HEAVY_LIBRARIES.filter((library) => code.includes(library.marker)).map(
        (library) => `${library.name} (marker "${library.marker}") in ${chunk.file}`,
      );
    });
    expect(offending).toEqual([]);
  });

  it('given the whole build, then every heavy library marker is found in some lazy chunk (a stale marker would prove nothing)', () => {
    const assets = path.join(DESIGNER_DIST, 'assets');
    const code = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(assets, file), 'utf8'));
    const unmatched = HEAVY_LIBRARIES.filter((library) => !code.some((chunk) => chunk.includes(library.marker)));
    expect(unmatched).toEqual([]);
  });
});
