const preset = require('../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'tools',
  rootDir: __dirname,
  reporters: ['default', ['<rootDir>/test-summary-reporter.cjs', { name: 'tools' }]],
  testMatch: ['<rootDir>/*.spec.ts'],
  testTimeout: 60_000,
};
