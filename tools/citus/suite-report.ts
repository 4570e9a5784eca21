import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * What the API suite found on Citus, grouped by cause:
 *
 *   CITUS_TEST_URL=… npm run test:citus -w @askwell/api -- --json --outputFile=/tmp/citus-jest.json
 *   tsx tools/citus/suite-report.ts --jest /tmp/citus-jest.json --log /tmp/askwell-citus/coordinator/server.log
 *
 * Reads Jest's JSON results (which tests failed) and the coordinator's log, where test/setup/citus-trace.ts
 * wrote a line before each test and the server logged every failed statement with its database and SQLSTATE
 * (log_line_prefix of tools/citus/cluster.sh). A failing test's cause is the first error logged in its database
 * while it ran that is not an integrity error (class 23: the unique and check violations tests provoke on
 * purpose), else the first error of its spec file's setup (beforeAll), else "no database error". Markdown out.
 */

interface LogError {
  code: string;
  message: string;
  statement?: string;
  detail?: string;
}

interface TestSlot {
  file: string;
  test: string;
  errors: LogError[];
}

interface JestAssertion {
  fullName: string;
  status: string;
  failureMessages: string[];
}

interface JestFile {
  name: string;
  status: string;
  message?: string;
  assertionResults: JestAssertion[];
}

const LINE =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (?:\[([^\]]*)\] )?(\S{5} )?([A-Z]+):\s{1,2}(.*)$/;
const TRACE = /^askwell-trace db=(\S+) file=(\S+) (?:test=(.*)|end)$/;

function normalise(message: string): string {
  return message
    .replace(/ at character \d+/, '')
    .replace(/askwell_t_[0-9a-f]+/g, 'askwell_t_…')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>')
    .replace(/\d{6,}/g, 'N')
    .trim();
}

function shortStatement(sql: string | undefined): string {
  if (!sql) return '(no statement logged)';
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

/** Per database: its spec file, the errors before the first test, and one slot per test. */
function readLog(file: string): Map<string, { file?: string; setup: LogError[]; tests: TestSlot[] }> {
  const dbs = new Map<string, { file?: string; setup: LogError[]; tests: TestSlot[] }>();
  const db = (name: string) => {
    let d = dbs.get(name);
    if (!d) dbs.set(name, (d = { setup: [], tests: [] }));
    return d;
  };
  const lastErrorOfPid = new Map<string, LogError>();
  let previous: { kind: string; target?: LogError } | undefined;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const m = LINE.exec(raw);
    if (!m) {
      // A continuation line of a multi-line statement.
      if (previous?.kind === 'STATEMENT' && previous.target) previous.target.statement += `\n${raw}`;
      continue;
    }
    const [, pid = '', database = '', code = '', kind = '', text = ''] = m;
    previous = { kind };
    if (kind === 'LOG') {
      const t = TRACE.exec(text);
      if (!t) continue;
      const [, name = '', specFile = '', test] = t;
      const d = db(name);
      d.file = specFile;
      if (test !== undefined) d.tests.push({ file: specFile, test, errors: [] });
    } else if (kind === 'ERROR' && database.startsWith('askwell_t_')) {
      const e: LogError = { code: code.trim(), message: text };
      lastErrorOfPid.set(pid, e);
      const d = db(database);
      (d.tests.at(-1)?.errors ?? d.setup).push(e);
    } else if (kind === 'STATEMENT' || kind === 'DETAIL') {
      const e = lastErrorOfPid.get(pid);
      if (!e) continue;
      if (kind === 'STATEMENT' && e.statement === undefined) {
        e.statement = text;
        previous = { kind, target: e };
      } else if (kind === 'DETAIL' && e.detail === undefined) e.detail = text;
    }
  }
  return dbs;
}

function causeOf(errors: LogError[]): LogError | undefined {
  return errors.find((e) => !e.code.startsWith('23')) ?? errors[0];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      jest: { type: 'string' },
      log: { type: 'string', default: '/tmp/askwell-citus/coordinator/server.log' },
      root: { type: 'string', default: path.resolve(__dirname, '../../apps/api') },
    },
  });
  if (!values.jest) {
    console.error('usage: suite-report.ts --jest results.json [--log coordinator/server.log]');
    process.exit(2);
  }
  const results = JSON.parse(readFileSync(values.jest, 'utf8')) as {
    numTotalTests: number;
    numFailedTests: number;
    numPassedTests: number;
    numPendingTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
    testResults: JestFile[];
  };
  const dbs = readLog(values.log);
  const byFileTest = new Map<string, TestSlot>();
  const setupOfFile = new Map<string, LogError[]>();
  for (const d of dbs.values()) {
    if (!d.file) continue;
    setupOfFile.set(d.file, [...(setupOfFile.get(d.file) ?? []), ...d.setup]);
    for (const t of d.tests) byFileTest.set(`${t.file}\u0000${t.test}`, t);
  }

  const causes = new Map<
    string,
    { code: string; tests: string[]; files: Map<string, number>; statements: Map<string, number> }
  >();
  const perFile: string[] = [];
  for (const f of [...results.testResults].sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.relative(values.root, f.name);
    const failed = f.assertionResults.filter((a) => a.status === 'failed');
    const note =
      f.assertionResults.length === 0 && f.message
        ? ` (did not run: ${f.message.split('\n').find((l) => l.trim()) ?? ''})`
        : '';
    perFile.push(`| \`${file}\` | ${f.assertionResults.length} | ${failed.length}${note} |`);
    for (const a of failed) {
      const slot = byFileTest.get(`${file}\u0000${a.fullName}`);
      const own = slot ? causeOf(slot.errors) : undefined;
      const setup = causeOf(setupOfFile.get(file) ?? []);
      const e = own ?? setup;
      const key = e
        ? `${normalise(e.message)}${own ? '' : ' (in the spec file’s setup)'}`
        : `no database error: ${(a.failureMessages[0] ?? '').split('\n')[0]?.slice(0, 120) ?? ''}`;
      let c = causes.get(key);
      if (!c)
        causes.set(key, (c = { code: e?.code ?? '', tests: [], files: new Map(), statements: new Map() }));
      c.tests.push(`${file}: ${a.fullName}`);
      c.files.set(file, (c.files.get(file) ?? 0) + 1);
      if (e) {
        const s = shortStatement(e.statement);
        c.statements.set(s, (c.statements.get(s) ?? 0) + 1);
      }
    }
  }

  const out: string[] = [];
  out.push(
    `Tests: ${results.numFailedTests} failed, ${results.numPassedTests} passed, ${results.numPendingTests} skipped, ${results.numTotalTests} total; ` +
      `spec files: ${results.numFailedTestSuites} of ${results.numTotalTestSuites} with failures.`,
    '',
    '| spec file | tests | failed |',
    '| --- | --- | --- |',
    ...perFile,
    '',
  );
  const sorted = [...causes.entries()].sort((a, b) => b[1].tests.length - a[1].tests.length);
  for (const [message, c] of sorted) {
    out.push(`### ${c.tests.length} tests: ${message}${c.code ? ` (SQLSTATE ${c.code})` : ''}`, '');
    out.push(
      `Spec files: ${[...c.files.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([f, n]) => `${path.basename(f)} (${n})`)
        .join(', ')}`,
      '',
    );
    if (c.statements.size > 0) {
      out.push('Statements (tests):');
      for (const [s, n] of [...c.statements.entries()].sort((a, b) => b[1] - a[1]))
        out.push(`- (${n}) \`${s.replace(/`/g, "'")}\``);
      out.push('');
    }
    out.push('<details><summary>tests</summary>', '', ...c.tests.map((t) => `- ${t}`), '', '</details>', '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
