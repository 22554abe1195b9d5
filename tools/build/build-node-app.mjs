// Compiles a Node app and the workspace libraries it may import with swc (decorator metadata for Nest and MikroORM),
// rewriting the tsconfig path aliases to relative requires. Output mirrors the source tree under dist/<app>.
// Usage: node tools/build/build-node-app.mjs apps/api
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const appRoot = process.argv[2];
if (!appRoot) throw new Error('usage: build-node-app.mjs <app folder>');
const outDir = path.join(workspaceRoot, 'dist', appRoot);
const tsconfig = JSON.parse(await readFile(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));

const isSource = (file) =>
  /\.tsx?$/.test(file) && !/\.(spec|test|d)\.tsx?$/.test(file) && !file.includes(`${path.sep}__tests__${path.sep}`);

async function sourcesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => isSource(file) && !file.includes(`${path.sep}testing${path.sep}`));
}

const roots = [path.join(workspaceRoot, appRoot, 'src')];
for (const lib of await readdir(path.join(workspaceRoot, 'libs')))
  roots.push(path.join(workspaceRoot, 'libs', lib, 'src'));
const files = (await Promise.all(roots.map(sourcesUnder))).flat();

await rm(outDir, { recursive: true, force: true });
await Promise.all(
  files.map(async (file) => {
    const output = await transformFile(file, {
      swcrc: false,
      sourceMaps: true,
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true, tsx: file.endsWith('.tsx') },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
        baseUrl: workspaceRoot,
        paths: tsconfig.compilerOptions.paths,
      },
      module: { type: 'commonjs' },
    });
    const target = path.join(outDir, path.relative(workspaceRoot, file)).replace(/\.tsx?$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${output.code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (output.map) await writeFile(`${target}.map`, output.map);
  }),
);
console.log(`built ${files.length} files into ${path.relative(workspaceRoot, outDir)}`);
