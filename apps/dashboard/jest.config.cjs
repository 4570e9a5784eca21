const preset = require('../../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'dashboard',
  reporters: ['default', ['<rootDir>/../../tools/test-summary-reporter.cjs', { name: 'dashboard' }]],
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testEnvironment: '<rootDir>/src/test/jsdom-with-fetch.cjs',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css)$': '<rootDir>/src/test/style-mock.cjs',
  },
};
