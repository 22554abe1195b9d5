// Component tests of the designer: jsdom, Testing Library, the same @swc/jest transform and path aliases as the
// other projects. bpmn-js and ECharts are not loaded here (the pages import them lazily).
const path = require('node:path');
const { projectConfig } = require('../../tools/jest/project-config.cjs');

const base = projectConfig(__dirname);

// ES-module-only packages: bpmn-moddle and its dependencies (the process engine's parser), and files antd's
// CommonJS builds require; @swc/jest compiles them like our sources.
const esmPackages = [
  '@ant-design/colors',
  '@ant-design/fast-color',
  '@rc-component',
  'rc-[a-z-]+',
  'bpmn-moddle',
  'moddle',
  'moddle-xml',
  'saxen',
  'min-dash',
  '@bpmn-io/moddle-utils',
  // bpmn-js' Modeler, for the flow designer's command tests
  'bpmn-js',
  'diagram-js',
  'diagram-js-direct-editing',
  '@bpmn-io/diagram-js-ui',
  'didi',
  'min-dom',
  'tiny-svg',
  'path-intersection',
  'object-refs',
  'ids',
  'inherits-browser',
  'htm',
  'preact',
  'domify',
];

module.exports = {
  ...base,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/?(*.)spec.ts?(x)'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  setupFilesAfterEnv: [path.join(__dirname, 'test/setup-jsdom.ts')],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\.css$': path.join(__dirname, 'test/style-stub.cjs'),
    // @react-querybuilder/antd's CommonJS build requires antd's ES-module date picker: the CommonJS twin instead.
    '^antd/es/(.*)$': 'antd/lib/$1',
    // exports only an `import` condition, which jest's resolver does not use
    '^@bpmn-io/diagram-js-ui$': require.resolve('../../node_modules/@bpmn-io/diagram-js-ui/lib/index.js'),
  },
};
