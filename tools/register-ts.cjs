// Runs a TypeScript entry point directly (scripts, benchmarks) with the workspace's path aliases.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '../tsconfig.base.json');
require('@swc-node/register');
