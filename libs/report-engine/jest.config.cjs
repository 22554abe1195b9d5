const { projectConfig } = require('../../tools/jest/project-config.cjs');

module.exports = projectConfig(__dirname);
