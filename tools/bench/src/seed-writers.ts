/** The bulk writers: one multi-row INSERT … SELECT FROM unnest() per batch, a batch per seeded table. */
import type { Sql } from './sql';

/** Rows per column, inserted with one unnest() per batch. */
class Batch {
  private readonly cols: unknown[][];
  constructor(
    private readonly sql: Sql,
    private readonly table: string,
    private readonly columns: [name: string, type: string, cast?: string][],
    private readonly size = 4000,
    /** Batches whose rows these refer to: written first. */
    private readonly after: Batch[] = [],
  ) {
    this.cols = columns.map(() => []);
  }
  rows = 0;
  async add(values: unknown[]): Promise<void> {
    values.forEach((v, i) => this.cols[i]?.push(v));
    this.rows++;
    if ((this.cols[0]?.length ?? 0) >= this.size) await this.flush();
  }
  async flush(): Promise<void> {
    if ((this.cols[0]?.length ?? 0) === 0) return;
    for (const b of this.after) await b.flush();
    const names = this.columns.map(([n]) => n).join(', ');
    const args = this.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
    const aliases = this.columns.map((_, i) => `c${i}`).join(', ');
    const select = this.columns.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(', ');
    await this.sql.query(
      `INSERT INTO ${this.table} (${names}) SELECT ${select} FROM unnest(${args}) AS u(${aliases})`,
      this.cols.map((c) => [...c]),
    );
    for (const c of this.cols) c.length = 0;
  }
}

/** One batch per table the bench writes; tags and flags write the entries they refer to first. */
export function tableBatches(sql: Sql) {
  const practices = new Batch(sql, 'practice', [
    ['practice_id', 'uuid'],
    ['name', 'text'],
  ]);
  const accounts = new Batch(sql, 'account', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['password_hash', 'text'],
    ['current_rung', 'smallint'],
  ]);
  const emails = new Batch(sql, 'account_email', [
    ['email', 'text'],
    ['practice_id', 'uuid'],
    ['account_id', 'uuid'],
  ]);
  const caseload = new Batch(sql, 'caseload', [
    ['practice_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['client_id', 'uuid'],
  ]);
  const assignments = new Batch(sql, 'assignment', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['assigned_by', 'uuid'],
    ['template_id', 'text'],
    ['start_on', 'date'],
    ['recurrence', 'jsonb'],
    ['status', 'text'],
    ['ended_on', 'date'],
  ]);
  const entries = new Batch(sql, 'entry', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['assignment_id', 'uuid'],
    ['kind', 'text'],
    ['sharing', 'text'],
    ['state', 'text'],
    ['occurred_on', 'date'],
    ['done_on', 'date'],
    ['body', 'jsonb'],
    ['plan', 'jsonb'],
    ['outcome', 'jsonb'],
    ['locked_at', 'timestamptz'],
    ['raise_in_session', 'boolean'],
    ['reviewed_at', 'timestamptz'],
    ['reviewed_by', 'uuid'],
    ['read_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    // Read by the current risk screen, as the API writes them: the API's re-screen at start has nothing to do.
    ['risk_screen_version', 'smallint'],
  ]);
  const tags = new Batch(
    sql,
    'entry_tag',
    [
      ['practice_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['barrier_id', 'text'],
      ['status', 'text'],
      ['evidence', 'text'],
      ['changed_by', 'uuid'],
      ['changed_at', 'timestamptz'],
    ],
    4000,
    [entries],
  );
  const flags = new Batch(
    sql,
    'risk_flag',
    [
      ['practice_id', 'uuid'],
      ['client_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['matches', 'text', 'text[]'],
      ['tier', 'text'],
      ['category', 'text'],
      ['findings', 'jsonb'],
      ['screen_version', 'smallint'],
      ['raised_at', 'timestamptz'],
      ['acknowledged_at', 'timestamptz'],
      ['acknowledged_by', 'uuid'],
    ],
    4000,
    [entries],
  );
  const sessions = new Batch(sql, 'client_session', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['held_on', 'date'],
    ['note', 'text'],
  ]);
  const reviews = new Batch(sql, 'brief_review', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['reviewed_by', 'uuid'],
    ['period_from', 'date'],
    ['period_to', 'date'],
    ['reviewed_at', 'timestamptz'],
  ]);
  const decisions = new Batch(sql, 'rung_decision', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['decided_by', 'uuid'],
    ['decision', 'text'],
    ['from_rung', 'smallint'],
    ['to_rung', 'smallint'],
    ['readiness', 'jsonb'],
    ['created_at', 'timestamptz'],
  ]);
  return {
    practices,
    accounts,
    emails,
    caseload,
    assignments,
    entries,
    tags,
    flags,
    sessions,
    reviews,
    decisions,
  };
}

/** The batches of one seeding run. */
export type Batches = ReturnType<typeof tableBatches>;
