/** EXPLAIN (ANALYZE, BUFFERS) of the hot statements (brief, readiness, caseload, entries page). */
import { addDays } from '@askwell/domain';
import pg from 'pg';
import {
  caseloadDefaultPageSql,
  readinessExperimentsSql,
} from '../../../apps/api/src/modules/insight/insight.sql';
import { briefSql } from '../../../apps/api/src/modules/insight/brief.sql';
import { sql as tagged } from '../../../apps/api/src/common/db';
import { out } from './options';
import type { SeededPractice } from './seed';
import type { Sql } from './sql';

const TENANT_TABLES =
  /Seq Scan on (practice|account|caseload|session|entry|entry_tag|risk_flag|assignment|client_session|rung_decision|brief_review|idempotency_key|draft|audit_event|invitation|custom_exercise)\b/;

/**
 * The plans of the statements inside a PL/pgSQL function (EXPLAIN shows only the call): auto_explain with
 * nested statements, its output sent to this connection as notices (the second call on the connection: warm, as
 * the API's pooled connections are). Needs a superuser (LOAD), as the bench is.
 */
async function explainNested(url: string, text: string, params: unknown[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: string[] = [];
  client.on('notice', (n) => plans.push(n.message ?? ''));
  try {
    await client.query(text, params); // plans made and cached, as on a connection that served a request before
    await client.query(`LOAD 'auto_explain'`);
    await client.query(
      `SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;
       SET auto_explain.log_nested_statements = on; SET auto_explain.log_level = notice`,
    );
    await client.query(text, params);
  } finally {
    await client.end();
  }
  return plans.filter((p) => p.includes('plan:'));
}

/** EXPLAIN (ANALYZE, BUFFERS) of the brief's and the caseload's statements at the largest size. */
export async function explainHot(
  sql: Sql,
  url: string,
  brief: SeededPractice,
  caseload: SeededPractice,
  practitionerId: string,
) {
  const p = brief.practiceId;
  const c = brief.clientIds[0];
  if (c === undefined) throw new Error('The brief practice has no client to explain.');
  const today = new Date().toISOString().slice(0, 10);
  const readiness = readinessExperimentsSql(p, [c]);
  const caseloadPage = caseloadDefaultPageSql(caseload.practiceId, practitionerId);
  const queries: [string, string, unknown[]][] = [
    ['readiness', readiness.text, readiness.values],
    ['caseload (default page)', caseloadPage.text, caseloadPage.values],
    [
      'entries page',
      `SELECT * FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' ORDER BY created_at DESC, id DESC LIMIT 21`,
      [p, c],
    ],
  ];
  const plans: { name: string; ms: number; seqScanOnTenantTable: boolean; plan: string }[] = [];
  const show = (name: string, ms: number, plan: string) => {
    const seq = TENANT_TABLES.test(plan);
    plans.push({ name, ms, seqScanOnTenantTable: seq, plan });
    out(`  ${name.padEnd(26)} ${ms.toFixed(2).padStart(8)} ms${seq ? '  SEQ SCAN on a tenant table' : ''}`);
  };
  // The brief: brief_data()'s statements one by one, then the whole call.
  let n = 0;
  const briefStatement = briefSql(tagged`SELECT 1`, {
    practiceId: p,
    clientId: c,
    previousFrom: addDays(today, -27),
    from: addDays(today, -13),
    to: today,
  });
  for (const plan of await explainNested(url, briefStatement.text, briefStatement.values)) {
    const ms = Number(/duration: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const text = /Query Text: ([\s\S]*?)\n\S/.exec(plan)?.[1] ?? '';
    const table = /FROM\s+(\w+)/.exec(text)?.[1] ?? '?';
    show(/brief_data\(/.test(text) ? 'brief (the whole call)' : `brief_data #${++n} (${table})`, ms, plan);
  }
  for (const [name, text, params] of queries) {
    const { rows } = await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    show(name, Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), plan);
  }
  return plans;
}
