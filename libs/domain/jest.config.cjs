const preset = require('../../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'domain',
  reporters: ['default', ['<rootDir>/../../tools/test-summary-reporter.cjs', { name: 'domain' }]],
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/eval'],
  testMatch: ['**/*.spec.ts'],
};
