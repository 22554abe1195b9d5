const { projectConfig } = require('../../tools/jest/project-config.cjs');

// bpmn-moddle and its dependencies (and min-dash, which bpmnlint requires) ship ES modules only: @swc/jest
// compiles them to CommonJS like our own sources.
const esmPackages = ['bpmn-moddle', 'moddle', 'moddle-xml', 'saxen', 'min-dash', '@bpmn-io/moddle-utils'];

module.exports = projectConfig(__dirname, {
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
});
