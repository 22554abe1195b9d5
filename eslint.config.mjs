// ESLint flat config: typed TypeScript rules for every project, Nx module boundaries, and purity for domain libraries.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import eslintJs from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Imports a domain library (pure engine) must never make: frameworks, database drivers and Node IO. */
const domainBannedImports = [
  '@nestjs/*',
  '@mikro-orm/*',
  'react',
  'react-dom',
  'react/*',
  'antd',
  'pg',
  'node:*',
  'fs',
  'fs/*',
  'path',
  'child_process',
  'http',
  'https',
  'net',
  'os',
  'crypto',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/reports/**', '**/.data/**', '**/.nx/**', '**/*.d.ts'],
  },
  eslintJs.configs.recommended,
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'], bannedExternalImports: domainBannedImports },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:persistence', 'type:domain', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: domainBannedImports },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:designer', onlyDependOnLibsWithTags: ['scope:designer', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // NestJS and MikroORM decorators need runtime class references for metadata; type-only imports would erase them.
    files: ['apps/api/**/*.ts', 'libs/persistence/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Engines are pure: the clock and randomness are injected, never read from globals.
    files: ['libs/rules/src/**/*.ts', 'libs/*-engine/src/**/*.ts'],
    ignores: ['**/__tests__/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use the injected clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use the injected id generator.' },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'setTimeout', 'setInterval', 'fetch'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
