const preset = require('../../jest.preset.cjs');

/**
 * Unit specs sit next to the code (src/**\/*.spec.ts); the integration/e2e tier lives in test/ and runs
 * against the real AppModule on a clean migrated database per spec file: a fresh PGlite loaded from a
 * migrated dump by default, or a clone of a migrated template database when TEST_DATABASE_URL is set.
 */
module.exports = {
  ...preset,
  displayName: 'api',
  reporters: ['default', ['<rootDir>/../../tools/test-summary-reporter.cjs', { name: 'api' }]],
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
