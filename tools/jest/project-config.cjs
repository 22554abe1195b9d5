// Builds the jest config of one project: @swc/jest (with decorator metadata for Nest and MikroORM) and the
// workspace path aliases from tsconfig.base.json, so tests import libraries exactly as the apps do.
const path = require('node:path');
const { readFileSync } = require('node:fs');

const workspaceRoot = path.resolve(__dirname, '../..');

function pathAliases() {
  const tsconfig = JSON.parse(readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths ?? {})) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    mapper[`^${escaped}$`] = path.join(workspaceRoot, target);
  }
  return mapper;
}

const swcOptions = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// Packages that ship ES modules only (bpmn-moddle and its dependencies; min-dash, which bpmnlint requires;
// @nestjs/jwt since 12): @swc/jest compiles them to CommonJS like our own sources (Node itself loads them through
// require(esm), which jest does not support).
const esmPackages = [
  'bpmn-moddle',
  'moddle',
  'moddle-xml',
  'saxen',
  'min-dash',
  '@bpmn-io/moddle-utils',
  '@nestjs/jwt',
];

/**
 * @param {string} projectDir absolute directory of the project
 * @param {object} [overrides] extra jest options for this project
 */
function projectConfig(projectDir, overrides = {}) {
  return {
    displayName: path.relative(workspaceRoot, projectDir),
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/?(*.)spec.ts?(x)'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions] },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    moduleNameMapper: pathAliases(),
    ...overrides,
  };
}

module.exports = { projectConfig, swcOptions, workspaceRoot };
