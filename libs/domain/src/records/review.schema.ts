/** The practitioner's review of an entry: decide on barrier tags, add tags, comment, flag for the session. */
import { z } from 'zod';
import { BarrierIdSchema, BarrierTagsSchema, boundedText } from './common.schema';

/**
 * Where a barrier tag on an entry stands. `client` (the client tagged it) and `suggested` (suggestBarriers found
 * it) are unreviewed; only the practitioner makes a tag `confirmed` or `rejected`.
 */
export const TAG_STATUSES = ['client', 'suggested', 'confirmed', 'rejected'] as const;
export type TagStatus = (typeof TAG_STATUSES)[number];
export const TagStatusSchema = z.enum(TAG_STATUSES);

export const TAG_DECISIONS = ['confirm', 'reject'] as const;
export type TagDecisionKind = (typeof TAG_DECISIONS)[number];

export const TagDecisionSchema = z
  .object({
    barrierId: BarrierIdSchema,
    decision: z.enum(TAG_DECISIONS, { error: 'Choose confirm or reject.' }),
  })
  .strict();
export type TagDecision = z.infer<typeof TagDecisionSchema>;

export const REVIEW_COMMENT_MAX = 2000;

/**
 * Every field is optional, but a review must change something. `comment: null` removes the comment.
 * A barrier appears at most once across tagDecisions and addTags.
 */
export const EntryReviewSchema = z
  .object({
    tagDecisions: z.array(TagDecisionSchema).max(17).optional(),
    addTags: BarrierTagsSchema.optional(),
    comment: boundedText(1, REVIEW_COMMENT_MAX).nullable().optional(),
    raiseInSession: z.boolean().optional(),
    markReviewed: z.boolean().optional(),
  })
  .strict()
  .superRefine((review, ctx) => {
    const decided = new Set<string>();
    (review.tagDecisions ?? []).forEach((d, index) => {
      if (decided.has(d.barrierId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tagDecisions', index, 'barrierId'],
          message: 'This barrier already has a decision.',
        });
      }
      decided.add(d.barrierId);
    });
    (review.addTags ?? []).forEach((barrierId, index) => {
      if (decided.has(barrierId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['addTags', index],
          message: 'This barrier already has a decision: confirm it there instead of adding it.',
        });
      }
    });
    const changesSomething =
      (review.tagDecisions?.length ?? 0) > 0 ||
      (review.addTags?.length ?? 0) > 0 ||
      review.comment !== undefined ||
      review.raiseInSession !== undefined ||
      review.markReviewed !== undefined;
    if (!changesSomething) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'A review needs at least one change: a tag decision, a new tag, a comment, or a flag.',
      });
    }
  });
export type EntryReview = z.infer<typeof EntryReviewSchema>;
export type EntryReviewInput = z.input<typeof EntryReviewSchema>;
