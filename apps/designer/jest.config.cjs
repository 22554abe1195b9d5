// Component tests of the designer: jsdom, Testing Library, the same @swc/jest transform and path aliases as the
// other projects. bpmn-js and ECharts are not loaded here (the pages import them lazily).
const path = require('node:path');
const { projectConfig } = require('../../tools/jest/project-config.cjs');

const base = projectConfig(__dirname);

// ES-module-only files that antd's CommonJS builds require (compiled by @swc/jest like our sources).
const esmPackages = ['@ant-design/colors', '@ant-design/fast-color', '@rc-component', 'rc-[a-z-]+', 'min-dash'];

module.exports = {
  ...base,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/?(*.)spec.ts?(x)'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  setupFilesAfterEnv: [path.join(__dirname, 'test/setup-jsdom.ts')],
  moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': path.join(__dirname, 'test/style-stub.cjs') },
};
