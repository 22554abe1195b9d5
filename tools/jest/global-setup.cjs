// Starts the run's one PostgreSQL (TypeScript helper from libs/persistence, loaded through @swc-node/register).
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '../../tsconfig.base.json');
require('@swc-node/register');
const { startTestPostgres } = require('../../libs/persistence/src/testing/test-postgres.ts');

module.exports = async function globalSetup() {
  globalThis.__anxinTestPostgres = await startTestPostgres();
};
