// Playwright reporter twin of test-summary-reporter.cjs.
const fs = require('node:fs');
const path = require('node:path');

class PlaywrightSummaryReporter {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.skipped = 0;
  }
  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }
  onEnd() {
    const dir = process.env.TEST_SUMMARY_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `playwright-${process.pid}.json`),
      JSON.stringify({
        runner: 'playwright',
        passed: this.passed,
        failed: this.failed,
        skipped: this.skipped,
      }),
    );
  }
  printsToStdio() {
    return false;
  }
}
module.exports = PlaywrightSummaryReporter;
