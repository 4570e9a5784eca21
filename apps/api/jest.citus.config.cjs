const base = require('./jest.config.cjs');

/**
 * npm run test:citus: the integration/e2e tier (test/) on a Citus cluster, CITUS_TEST_URL = a database on the
 * coordinator (tools/citus/cluster.sh up; test/setup/citus-database.ts). Unit specs do not touch a database,
 * and the process specs (embedded-*, demo-start) run the built server on its own embedded database: left out.
 * citus-trace.ts writes a line per test into the coordinator's log, so tools/citus/suite-report.ts can tell
 * which statement failed in which test.
 */
module.exports = {
  ...base,
  displayName: 'api-citus',
  reporters: ['default', ['<rootDir>/../../tools/test-summary-reporter.cjs', { name: 'api-citus' }]],
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/embedded-[^/]*$', '/demo-start\\.e2e-spec\\.ts$'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/citus-trace.ts'],
};
