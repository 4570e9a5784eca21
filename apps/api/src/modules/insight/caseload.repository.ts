import { Inject, Injectable } from '@nestjs/common';
import type { RiskTier } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { type Db, many } from '../../common/db';
import { type CaseloadPageArgs, caseloadPageSql } from './insight.sql';
import type { ReadinessRow } from './readiness';

export { type CaseloadKey, type CaseloadPageArgs, caseloadPageArgs } from './insight.sql';

/** One experiment as a page row's JSON array holds it: the values of READINESS_COLUMNS, in their order. */
export type ReadinessTuple = [
  ReadinessRow['helper'],
  ReadinessRow['channel'],
  ReadinessRow['life_area'],
  ReadinessRow['predicted_yes_chance'],
  ReadinessRow['belief_before'],
  ReadinessRow['anticipated_distress'],
  ReadinessRow['has_outcome'],
  ReadinessRow['did_ask'],
  ReadinessRow['response'],
  ReadinessRow['learning'],
  ReadinessRow['belief_after'],
  ReadinessRow['peak_distress'],
];

export interface CaseloadClientRow {
  id: string;
  display_name: string;
  email: string;
  current_rung: number | null;
  time_zone: string;
  version: number;
  created_at: Date;
  today: string;
  due7: number;
  done7: number;
  due28: number;
  done28: number;
  last_activity_at: Date | null;
  unread: number;
  open_flags: number;
  open_risk_tier: RiskTier | null;
  /** The client's experiments for the readiness rule (READINESS_COLUMNS); null: none. */
  readiness: ReadinessTuple[] | null;
  k1: string;
  k2: string;
  nk: string;
}

/** A row of the caseload page: a client of the page, or (an empty page) the summary alone. */
export type CaseloadPageRow = { total: number; flagged: number; remaining: number } & (
  CaseloadClientRow | { id: null }
);

/** The caseload's SQL: one page of clients with their figures and the caseload's summary (insight.sql.ts). */
@Injectable()
export class CaseloadRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async page(args: CaseloadPageArgs, db: Db = this.dataSource): Promise<CaseloadPageRow[]> {
    return many<CaseloadPageRow>(db, caseloadPageSql(args));
  }
}
