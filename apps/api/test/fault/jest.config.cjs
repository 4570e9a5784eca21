const preset = require('../../../../jest.preset.cjs');

/**
 * Fault tests (npm run test:fault): the built API as a child process while things break — a private
 * PostgreSQL cluster killed and restarted, SIGTERM under load, kill -9 on the embedded database, backup and
 * restore drills, and a wapiti scan. One file at a time: they measure time and share the two cores.
 */
module.exports = {
  ...preset,
  displayName: 'fault',
  rootDir: require('node:path').resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/fault'],
  testMatch: ['**/*.fault-spec.ts'],
  reporters: ['default', ['<rootDir>/../../tools/test-summary-reporter.cjs', { name: 'fault' }]],
  setupFiles: ['reflect-metadata'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
