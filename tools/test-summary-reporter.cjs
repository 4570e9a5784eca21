// Jest reporter: when TEST_SUMMARY_DIR is set, writes this run's pass/fail counts there, so .ci/run can
// print one closing line for the whole suite ("tests: N passed, N failed").
const fs = require('node:fs');
const path = require('node:path');

class TestSummaryReporter {
  constructor(globalConfig, options) {
    this.name = (options && options.name) || 'jest';
  }
  onRunComplete(_contexts, results) {
    const dir = process.env.TEST_SUMMARY_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      runner: this.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(
      path.join(dir, `${this.name}-${process.pid}-${Date.now()}.json`),
      JSON.stringify(summary),
    );
  }
}
module.exports = TestSummaryReporter;
