// One jest run for the whole workspace: one embedded PostgreSQL for all suites (global setup), each project's
// config from its own jest.config.cjs.
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const projects = ['apps', 'libs'].flatMap((group) =>
  readdirSync(path.join(__dirname, group))
    .map((name) => `${group}/${name}/jest.config.cjs`)
    .filter((file) => existsSync(path.join(__dirname, file))),
);

/** @type {import('jest').Config} */
module.exports = {
  projects: projects.map((file) => `<rootDir>/${file}`),
  globalSetup: '<rootDir>/tools/jest/global-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.cjs',
  maxWorkers: 2,
  testTimeout: 60_000,
};
