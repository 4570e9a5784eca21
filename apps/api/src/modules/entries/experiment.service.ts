/** An experiment's later steps, by its client: re-saving the plan, locking it, recording the outcome. */
import { Inject, Injectable } from '@nestjs/common';
import {
  type ExperimentOutcome,
  type ExperimentPlan,
  type ExperimentState,
  localDateOf,
  nextExperimentState,
} from '@askwell/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound, orFail } from '../../common/app-error';
import type { IfMatchHeader } from '../../common/request';
import { DraftsRepository } from './drafts.repository';
import { EntriesRepository } from './entries.repository';
import { EntriesService } from './entries.service';
import { EntryTagsRepository } from './entry-tags.repository';
import { clientTags, type EntryPart, riskOf, suggestionsFor } from './entry.text';
import { type EntryView, screenAnswer, type SubmitResult } from './entry.view';
import { RiskFlagsRepository } from './risk-flags.repository';

/**
 * Each step locks the client's own experiment, checks If-Match and the state machine (nextExperimentState),
 * writes, and answers the entry as read back in the same transaction.
 */
@Injectable()
export class ExperimentService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EntriesRepository) private readonly entries: EntriesRepository,
    @Inject(EntryTagsRepository) private readonly tags: EntryTagsRepository,
    @Inject(RiskFlagsRepository) private readonly flags: RiskFlagsRepository,
    @Inject(DraftsRepository) private readonly drafts: DraftsRepository,
    @Inject(EntriesService) private readonly reads: EntriesService,
  ) {}

  async updatePlan(
    actor: Actor,
    id: string,
    plan: ExperimentPlan,
    ifMatch: IfMatchHeader,
  ): Promise<SubmitResult> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      ifMatch.check(row.version);
      orFail(nextExperimentState(row.state as ExperimentState, 'edit-plan'));
      await this.entries.savePlan(actor.practiceId, id, plan, tx);
      const part: EntryPart = { kind: 'plan', plan };
      await this.writeTags(tx, actor, id, part, 'replace');
      const risk = await this.screen(tx, actor, id, part);
      return { entry: await this.reads.viewOf(actor, id, false, tx), risk };
    });
  }

  /** "I have made the request": the plan and prediction are locked from here on. */
  async lock(actor: Actor, id: string, ifMatch: IfMatchHeader): Promise<{ entry: EntryView }> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      ifMatch.check(row.version);
      const state = orFail(nextExperimentState(row.state as ExperimentState, 'lock'));
      await this.entries.lock(actor.practiceId, id, state, tx);
      return { entry: await this.reads.viewOf(actor, id, false, tx) };
    });
  }

  async recordOutcome(
    actor: Actor,
    id: string,
    outcome: ExperimentOutcome,
    draftKey: string | undefined,
    ifMatch: IfMatchHeader,
  ): Promise<SubmitResult> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      ifMatch.check(row.version);
      const state = orFail(nextExperimentState(row.state as ExperimentState, 'record-outcome'));
      const doneOn = row.done_on ?? outcome.askedOn ?? localDateOf(new Date(), actor.timeZone);
      await this.entries.saveOutcome(actor.practiceId, id, { state, outcome, doneOn }, tx);
      const part: EntryPart = { kind: 'outcome', outcome };
      await this.writeTags(tx, actor, id, part, 'add');
      const risk = await this.screen(tx, actor, id, part);
      if (draftKey) await this.drafts.remove(actor, draftKey, tx);
      return { entry: await this.reads.viewOf(actor, id, false, tx), risk };
    });
  }

  /** The client's own experiment, locked for update. */
  private async lockOwn(tx: EntityManager, actor: Actor, id: string) {
    const row = await this.entries.lockOwn(actor, id, 'experiment', tx);
    if (!row) throw notFound('The experiment');
    return row;
  }

  /**
   * Client tags and suggestions of a part. 'replace' (a re-saved plan) rewrites the unreviewed tags; 'add' (the
   * outcome) only adds. A practitioner's confirmed or rejected tag is never overwritten. (A new entry's tags
   * are written to the same result by its one statement: entry.create.ts.)
   */
  private async writeTags(
    tx: EntityManager,
    actor: Actor,
    entryId: string,
    part: EntryPart,
    mode: 'replace' | 'add',
  ): Promise<void> {
    if (mode === 'replace') await this.tags.clearUnreviewed(actor.practiceId, entryId, tx);
    const suggestions = suggestionsFor(part);
    const evidence = new Map(suggestions.map((s) => [s.barrierId, s]));
    for (const barrierId of clientTags(part)) {
      await this.tags.addClientTag(actor, entryId, barrierId, evidence.get(barrierId), tx);
    }
    for (const s of suggestions) await this.tags.addSuggestion(actor.practiceId, entryId, s, tx);
  }

  /** The risk screen: on a flag, record it for the practitioner and answer the practice's crisis text. */
  private async screen(
    tx: EntityManager,
    actor: Actor,
    entryId: string,
    part: EntryPart,
  ): Promise<SubmitResult['risk']> {
    const risk = riskOf(part);
    if (!risk.flagged) return screenAnswer(null, null);
    await this.flags.raise(actor, entryId, risk, tx);
    return screenAnswer(risk, await this.flags.crisisResources(actor.practiceId, tx));
  }
}
