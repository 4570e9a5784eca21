// Prints one line per runner and a closing total from the files the summary reporters wrote.
// Exits 1 when no test ran at all, so an empty suite can never look green.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const label = process.argv[3] || 'tests';
const files = dir && fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of files) {
  const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  console.log(
    `  ${s.runner}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`,
  );
  passed += s.passed;
  failed += s.failed;
  skipped += s.skipped;
}
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed + failed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
