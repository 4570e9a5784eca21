/** Request bodies and queries of the practitioner's insight screens: sessions, rung decisions, the brief. */
import { z } from 'zod';
import { boundedText, LocalDateSchema } from './common.schema';

export const SESSION_NOTE_MAX = 10_000;

/** A session the practitioner held with the client; its note is private to the practice's practitioners. */
export const SessionCreateSchema = z
  .object({
    heldOn: LocalDateSchema,
    note: boundedText(1, SESSION_NOTE_MAX).nullable().default(null),
  })
  .strict();
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

export const SessionUpdateSchema = z
  .object({
    heldOn: LocalDateSchema.optional(),
    note: boundedText(1, SESSION_NOTE_MAX).nullable().optional(),
  })
  .strict()
  .refine((s) => s.heldOn !== undefined || s.note !== undefined, { message: 'Change the date or the note.' });
export type SessionUpdate = z.infer<typeof SessionUpdateSchema>;

export const RUNG_DECISIONS = ['approve', 'decline'] as const;
/** The practitioner's answer to the readiness suggestion: approve moves the client one rung up. */
export const RungDecisionSchema = z
  .object({
    decision: z.enum(RUNG_DECISIONS, { error: 'Choose approve or decline.' }),
    note: boundedText(1, 1000).nullable().default(null),
  })
  .strict();
export type RungDecision = z.infer<typeof RungDecisionSchema>;

/** The brief's period: from the day after the last session (or `since`) to today (or `until`). */
export const BriefQuerySchema = z
  .object({ since: LocalDateSchema.optional(), until: LocalDateSchema.optional() })
  .strict()
  .refine((q) => q.since === undefined || q.until === undefined || q.since <= q.until, {
    message: 'The start of the period cannot be after its end.',
    path: ['since'],
  });
export type BriefQuery = z.infer<typeof BriefQuerySchema>;

export const BriefReviewSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict();
export type BriefReview = z.infer<typeof BriefReviewSchema>;

export const CASELOAD_SORTS = [
  'name',
  'last-activity',
  'adherence-7',
  'adherence-28',
  'risk-flags',
  'unread',
  'rung',
] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export const CaseloadQuerySchema = z
  .object({
    sort: z.enum(CASELOAD_SORTS).default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
    flagged: z.stringbool().optional(),
    unread: z.stringbool().optional(),
    ready: z.stringbool().optional(),
    rung: z.coerce.number().int().min(1).max(6).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();
export type CaseloadQuery = z.infer<typeof CaseloadQuerySchema>;
