// Stylesheets imported by components are irrelevant to jsdom tests.
module.exports = {};
