/** All SQL of an existing entry's barrier tags: the client's and the suggestions' writes, a review's decisions. */
import { Inject, Injectable } from '@nestjs/common';
import type { BarrierId } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type Db, many, run, sql } from '../../common/db';
import type { Suggestion } from './entry.text';

@Injectable()
export class EntryTagsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The barriers the entry is tagged with, in any status. */
  async barriersOf(practiceId: string, entryId: string, db: Db = this.dataSource): Promise<BarrierId[]> {
    const rows = await many<{ barrier_id: BarrierId }>(
      db,
      sql`SELECT barrier_id FROM entry_tag WHERE practice_id = ${practiceId} AND entry_id = ${entryId}`,
    );
    return rows.map((r) => r.barrier_id);
  }

  /** The unreviewed tags (the client's and the suggestions), before a re-saved plan writes its own. */
  async clearUnreviewed(practiceId: string, entryId: string, db: Db): Promise<void> {
    await run(
      db,
      sql`DELETE FROM entry_tag
           WHERE practice_id = ${practiceId} AND entry_id = ${entryId} AND status IN ('client', 'suggested')`,
    );
  }

  /** A tag the client chose, with a suggestion's evidence and score when one matched; an existing tag stays. */
  async addClientTag(
    actor: Actor,
    entryId: string,
    barrierId: BarrierId,
    s: Suggestion | undefined,
    db: Db,
  ): Promise<void> {
    await run(
      db,
      sql`INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by)
          VALUES (${actor.practiceId}, ${entryId}, ${barrierId}, 'client', ${s?.evidence ?? null}, ${s?.score ?? null},
                  ${actor.accountId})
          ON CONFLICT (practice_id, entry_id, barrier_id) DO NOTHING`,
    );
  }

  /** A suggestion; on an existing tag it only fills in evidence and score that are missing. */
  async addSuggestion(practiceId: string, entryId: string, s: Suggestion, db: Db): Promise<void> {
    await run(
      db,
      sql`INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score)
          VALUES (${practiceId}, ${entryId}, ${s.barrierId}, 'suggested', ${s.evidence}, ${s.score})
          ON CONFLICT (practice_id, entry_id, barrier_id) DO UPDATE SET evidence = COALESCE(entry_tag.evidence, EXCLUDED.evidence),
            score = COALESCE(entry_tag.score, EXCLUDED.score)`,
    );
  }

  /** A practitioner's decision on an existing tag. */
  async decide(
    actor: Actor,
    entryId: string,
    barrierId: BarrierId,
    status: 'confirmed' | 'rejected',
    db: Db,
  ): Promise<void> {
    await run(
      db,
      sql`UPDATE entry_tag SET status = ${status}, changed_by = ${actor.accountId}, changed_at = now()
           WHERE practice_id = ${actor.practiceId} AND entry_id = ${entryId} AND barrier_id = ${barrierId}`,
    );
  }

  /** A tag a practitioner added: confirmed, whatever it was before. */
  async confirm(actor: Actor, entryId: string, barrierId: BarrierId, db: Db): Promise<void> {
    await run(
      db,
      sql`INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, changed_by)
          VALUES (${actor.practiceId}, ${entryId}, ${barrierId}, 'confirmed', ${actor.accountId})
          ON CONFLICT (practice_id, entry_id, barrier_id)
          DO UPDATE SET status = 'confirmed', changed_by = ${actor.accountId}, changed_at = now()`,
    );
  }
}
