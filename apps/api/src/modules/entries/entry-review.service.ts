/** A practitioner's review of a shared entry: tag decisions, added tags, comment, raise in session, reviewed. */
import { Inject, Injectable } from '@nestjs/common';
import type { EntryReview } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AppError, notFound } from '../../common/app-error';
import type { IfMatchHeader, RequestMeta } from '../../common/request';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { EntriesRepository } from './entries.repository';
import { EntriesService } from './entries.service';
import { EntryTagsRepository } from './entry-tags.repository';
import type { EntryView } from './entry.view';

const invalid = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
    { path, message },
  ]);

@Injectable()
export class EntryReviewService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EntriesRepository) private readonly entries: EntriesRepository,
    @Inject(EntryTagsRepository) private readonly tags: EntryTagsRepository,
    @Inject(EntriesService) private readonly reads: EntriesService,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /**
   * In one transaction, the entry locked: a decision only on a tag the entry has (else 400, nothing written),
   * an added tag confirmed whatever it was, the review's fields, and the audit row with what was decided
   * (never the comment's words).
   */
  async review(
    actor: Actor,
    id: string,
    input: EntryReview,
    ifMatch: IfMatchHeader,
    meta: RequestMeta,
  ): Promise<EntryView> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.entries.lockShared(actor.practiceId, id, tx);
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx))) throw notFound('The entry');
      ifMatch.check(row.version);
      const existing = new Set(await this.tags.barriersOf(actor.practiceId, id, tx));
      (input.tagDecisions ?? []).forEach((d, index) => {
        if (!existing.has(d.barrierId)) {
          throw invalid(`tagDecisions[${index}].barrierId`, 'This entry has no such tag. Add it instead.');
        }
      });
      for (const d of input.tagDecisions ?? []) {
        const status = d.decision === 'confirm' ? 'confirmed' : 'rejected';
        await this.tags.decide(actor, id, d.barrierId, status, tx);
      }
      for (const barrierId of input.addTags ?? []) await this.tags.confirm(actor, id, barrierId, tx);
      await this.entries.saveReview(actor, id, input, tx);
      await this.audit.note(
        actor,
        meta,
        {
          action: 'entry.review',
          clientId: row.client_id,
          target: ['entry', id],
          detail: {
            decisions: input.tagDecisions ?? [],
            added: input.addTags ?? [],
            comment: input.comment === undefined ? 'unchanged' : input.comment === null ? 'removed' : 'set',
            raiseInSession: input.raiseInSession ?? null,
            markReviewed: input.markReviewed ?? null,
          },
        },
        tx,
      );
      return this.reads.viewOf(actor, id, true, tx);
    });
  }
}
