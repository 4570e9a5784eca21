/** All SQL of risk flags outside the create and the re-screen: the practitioner's list, acknowledging, a new flag. */
import { Inject, Injectable } from '@nestjs/common';
import { RISK_SCREEN_VERSION } from '@askwell/domain';
import type { PersonView, RiskCategory, RiskFindingView, RiskTier } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { changed, type Db, many, one, run, sql } from '../../common/db';
import type { RiskVerdict } from './entry.text';

/** A flag with its entry's sharing and who acknowledged it. */
export interface RiskFlagRow {
  id: string;
  client_id: string;
  entry_id: string;
  sharing: 'shared' | 'private';
  matches: string[];
  tier: RiskTier | null;
  category: RiskCategory | null;
  findings: RiskFindingView[];
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: PersonView | null;
}

const SELECT = sql`
  SELECT f.id, f.client_id, f.entry_id, n.sharing, f.matches, f.tier, f.category, f.findings, f.raised_at, f.acknowledged_at,
         CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'displayName', a.display_name, 'role', a.role) END AS acknowledged_by
    FROM risk_flag f
    JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
    LEFT JOIN account a ON a.practice_id = f.practice_id AND a.id = f.acknowledged_by`;

@Injectable()
export class RiskFlagsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A client's flags, newest first (the 200 newest); `openOnly`: those nobody acknowledged yet. */
  async ofClient(practiceId: string, clientId: string, openOnly: boolean): Promise<RiskFlagRow[]> {
    return many<RiskFlagRow>(
      this.dataSource,
      sql`${SELECT} WHERE f.practice_id = ${practiceId} AND f.client_id = ${clientId}
            AND (${openOnly}::boolean IS FALSE OR f.acknowledged_at IS NULL)
          ORDER BY f.raised_at DESC, f.id DESC LIMIT 200`,
    );
  }

  async byId(practiceId: string, id: string, db: Db = this.dataSource): Promise<RiskFlagRow | undefined> {
    return one<RiskFlagRow>(db, sql`${SELECT} WHERE f.practice_id = ${practiceId} AND f.id = ${id}`);
  }

  /** A flag, locked for update (acknowledging); the caller checks access to its client. */
  async lock(
    practiceId: string,
    id: string,
    db: Db,
  ): Promise<{ client_id: string; acknowledged_at: Date | null } | undefined> {
    return one(
      db,
      sql`SELECT client_id, acknowledged_at FROM risk_flag WHERE practice_id = ${practiceId} AND id = ${id} FOR UPDATE`,
    );
  }

  async acknowledge(actor: Actor, id: string, db: Db): Promise<void> {
    await changed(
      db,
      sql`UPDATE risk_flag SET acknowledged_at = now(), acknowledged_by = ${actor.accountId}
           WHERE practice_id = ${actor.practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /** A flag on the client's own entry, from the current screen's verdict (an edited plan, an outcome). */
  async raise(actor: Actor, entryId: string, risk: RiskVerdict, db: Db): Promise<void> {
    await run(
      db,
      sql`INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
          VALUES (${actor.practiceId}, ${actor.accountId}, ${entryId}, ${risk.matches}, ${risk.tier}, ${risk.category},
                  ${JSON.stringify(risk.findings)}, ${RISK_SCREEN_VERSION})`,
    );
  }

  /** The practice's own crisis text (null: it has none, the default applies). */
  async crisisResources(practiceId: string, db: Db): Promise<string | null> {
    const row = await one<{ crisis_resources: string | null }>(
      db,
      sql`SELECT crisis_resources FROM practice WHERE practice_id = ${practiceId}`,
    );
    return row?.crisis_resources ?? null;
  }
}
