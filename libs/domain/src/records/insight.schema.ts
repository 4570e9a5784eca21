/** Request bodies and queries of the practitioner's insight screens: sessions, rung decisions, the brief. */
import { z } from 'zod';
import { boundedText } from './common.schema';
import { CalendarDateSchema, datePeriod, LocalDateSchema } from './dates.schema';

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

/**
 * The brief's period: from the day after the last session (or `since`) to today (or `until`), at most
 * PERIOD_MAX_DAYS long (briefPeriod in dates.schema.ts works out the defaults).
 */
export const BriefQuerySchema = z
  .object({ since: CalendarDateSchema.optional(), until: CalendarDateSchema.optional() })
  .strict()
  .superRefine(datePeriod('since', 'until'));
export type BriefQuery = z.infer<typeof BriefQuerySchema>;

export const BriefReviewSchema = z
  .object({ from: CalendarDateSchema, to: CalendarDateSchema })
  .strict()
  .superRefine(datePeriod('from', 'to'));
export type BriefReview = z.infer<typeof BriefReviewSchema>;

/**
 * How the caseload can be ordered across its pages. Each order reads only what is cheap for every client of a
 * big caseload (a column, or a small index probe: open flags, the oldest unread entry, unread entries, the
 * newest entry); the figures that cost a schedule expansion or a pass over the client's experiments (adherence,
 * readiness) are computed for the clients of a page only, so they are shown but not sortable. `attention`
 * (descending): clients with open risk flags first, the most serious first (an explicit flag, then a flag
 * whose tier cannot be told — a private entry's or the untiered screen's —, then concern only), and within each
 * the most open flags; then whoever has waited longest for a shared entry to be read, then everyone else; ties
 * by name, then id. `risk-flags` orders by the same flag key alone.
 */
export const CASELOAD_SORTS = ['attention', 'name', 'last-activity', 'risk-flags', 'unread', 'rung'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type CaseloadOrder = 'asc' | 'desc';

/** The order each sort takes when none is given: what needs attention first, names A to Z, rungs low to high. */
export const CASELOAD_DEFAULT_ORDER: Readonly<Record<CaseloadSort, CaseloadOrder>> = {
  attention: 'desc',
  name: 'asc',
  'last-activity': 'desc',
  'risk-flags': 'desc',
  unread: 'desc',
  rung: 'asc',
};

export const CASELOAD_PAGE_DEFAULT = 25;
export const CASELOAD_PAGE_MAX = 100;

/** GET /caseload: a page of the caseload in one order, narrowed by the filters; `cursor` is the last answer's `nextCursor`. */
export const CaseloadQuerySchema = z
  .object({
    sort: z
      .enum(CASELOAD_SORTS, { error: `Sort by one of: ${CASELOAD_SORTS.join(', ')}.` })
      .default('attention'),
    order: z.enum(['asc', 'desc'], { error: 'The order is asc or desc.' }).optional(),
    flagged: z.stringbool().optional(),
    unread: z.stringbool().optional(),
    rung: z.coerce.number().int().min(1).max(6).optional(),
    q: z.string().max(100).optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(CASELOAD_PAGE_MAX, { error: `At most ${CASELOAD_PAGE_MAX} clients a page.` })
      .default(CASELOAD_PAGE_DEFAULT),
    // Any text: the API answers INVALID_CURSOR for a cursor it did not give out.
    cursor: z.string().optional(),
  })
  .strict();
export type CaseloadQuery = z.infer<typeof CaseloadQuerySchema>;
