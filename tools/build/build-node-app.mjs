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

// JSON the sources import (e.g. the process engine's moddle descriptor) is copied as it is.
const isAsset = (file) => file.endsWith('.json') && !file.includes(`${path.sep}__tests__${path.sep}`);
const isSource = (file) =>
  /\.tsx?$/.test(file) && !/\.(spec|test|d)\.tsx?$/.test(file) && !file.includes(`${path.sep}__tests__${path.sep}`);

async function filesUnder(dir, wanted) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => wanted(file) && !file.includes(`${path.sep}testing${path.sep}`));
}

const roots = [path.join(workspaceRoot, appRoot, 'src')];
for (const lib of await readdir(path.join(workspaceRoot, 'libs')))
  roots.push(path.join(workspaceRoot, 'libs', lib, 'src'));
const files = (await Promise.all(roots.map((root) => filesUnder(root, isSource)))).flat();
const assets = (await Promise.all(roots.map((root) => filesUnder(root, isAsset)))).flat();

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
await Promise.all(
  assets.map(async (file) => {
    const target = path.join(outDir, path.relative(workspaceRoot, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await readFile(file));
  }),
);
console.log(
  `built ${files.length} files (and copied ${assets.length} JSON files) into ${path.relative(workspaceRoot, outDir)}`,
);
