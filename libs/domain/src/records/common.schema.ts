/**
 * Building blocks of the record schemas: the wire contract shared by the API (validation + OpenAPI) and the
 * dashboard's forms. Every object schema built from these is strict: an unknown field is rejected, never stored.
 *
 * Two conventions hold everywhere:
 * - A rating or percentage is `null` when the client left it unanswered. An omitted rating becomes null, never 0:
 *   a slider the client did not touch is not a zero.
 * - Optional text is `null` when there is none. Empty or whitespace-only text is rejected rather than silently
 *   turned into null, so a form sends null for a blank field.
 */
import { z } from 'zod';
import { BARRIER_IDS, LIFE_AREA_IDS, RUNGS } from '../taxonomy/ids';
import { isValidTimeZone } from '../time/time';

export const SHORT_TEXT_MAX = 200;

/** A zod error option: one message when the field is missing, another when its value is wrong. */
export function missingOr(missing: string, invalid: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : invalid) };
}
export const LONG_TEXT_MAX = 4000;

// Dates and times (LocalDateSchema, CalendarDateSchema, InstantSchema, …) live in dates.schema.ts.

/** An IANA time zone such as Europe/Berlin. */
export const TimeZoneSchema = z
  .string()
  .max(100)
  .refine(isValidTimeZone, { message: 'Use a time zone name such as Europe/Berlin.' });

/** Trimmed text of `min`–`max` characters. */
export function boundedText(min: number, max: number): z.ZodString {
  const base = z.string(missingOr('This field is required.', 'Write text here.')).trim();
  const withMin =
    min <= 1
      ? base.min(1, { message: 'Write something here, or leave the field out.' })
      : base.min(min, { message: `Write at least ${min} characters.` });
  return withMin.max(max, { message: `Keep this to ${max} characters or fewer.` });
}

/** Trimmed, 1–200 characters: a name, a place, a one-line request. */
export const ShortText = boundedText(1, SHORT_TEXT_MAX);
/** Trimmed, 1–4000 characters: thoughts, what happened, what I learned. */
export const LongText = boundedText(1, LONG_TEXT_MAX);
/** Optional short text: null (or omitted) when there is none. */
export const OptionalShortText = ShortText.nullable().default(null);
/** Optional long text: null (or omitted) when there is none. */
export const OptionalLongText = LongText.nullable().default(null);

/** A 0–10 rating; null = explicitly unanswered. Entry schemas use `.default(null)` so an omitted rating is unanswered. */
export const RatingSchema = z
  .number({ error: 'Give a whole number from 0 to 10, or leave it unanswered.' })
  .int({ message: 'Give a whole number from 0 to 10.' })
  .min(0, { message: 'Give a whole number from 0 to 10.' })
  .max(10, { message: 'Give a whole number from 0 to 10.' })
  .nullable();
export type Rating = z.infer<typeof RatingSchema>;

/** A 0–100 percentage; null = explicitly unanswered. */
export const PercentSchema = z
  .number({ error: 'Give a whole number from 0 to 100, or leave it unanswered.' })
  .int({ message: 'Give a whole number from 0 to 100.' })
  .min(0, { message: 'Give a whole number from 0 to 100.' })
  .max(100, { message: 'Give a whole number from 0 to 100.' })
  .nullable();
export type Percent = z.infer<typeof PercentSchema>;

/** Rejects repeated items, naming the index of each repeat (e.g. `tags[2]`). */
export function uniqueItems<T>(message: string) {
  return (items: readonly T[], ctx: z.RefinementCtx<readonly T[]>): void => {
    const seen = new Set<T>();
    items.forEach((item, index) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', message, path: [index] });
      seen.add(item);
    });
  };
}

export const BarrierIdSchema = z.enum(BARRIER_IDS, { error: 'Choose a barrier from the list.' });

/** A set of barrier ids: each at most once (so at most 17). */
export const BarrierTagsSchema = z
  .array(BarrierIdSchema)
  .max(BARRIER_IDS.length, { message: `There are only ${BARRIER_IDS.length} barriers.` })
  .superRefine(uniqueItems('This barrier is already tagged.'));
export type BarrierTags = z.infer<typeof BarrierTagsSchema>;

export const LifeAreaSchema = z.enum(LIFE_AREA_IDS, { error: 'Choose a life area from the list.' });
export const RungSchema = z.literal(RUNGS, { error: 'Choose a rung from 1 to 6.' });

/** What kind of entry an exercise produces. Same values as the ladder's RecordType, kept here so records stand alone. */
export const ENTRY_KINDS = ['observation', 'experiment', 'reflection'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const EntryKindSchema = z.enum(ENTRY_KINDS, {
  error: 'Choose observation, experiment or reflection.',
});

/** Whether the practitioner may read an entry's text. */
export const SHARING_CHOICES = ['shared', 'private'] as const;
export type Sharing = (typeof SHARING_CHOICES)[number];
export const SharingSchema = z.enum(SHARING_CHOICES, {
  error: 'Choose whether to share this with your practitioner or keep it private.',
});

/** How a request was made. */
export const CHANNELS = ['in-person', 'message', 'phone', 'video', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const ChannelSchema = z.enum(CHANNELS, { error: 'Choose how the request was made.' });

/** The helper's answer to a request. (Named HelpResponse, not Response, to keep clear of fetch's Response.) */
export const RESPONSES = ['yes', 'partly', 'no'] as const;
export type HelpResponse = (typeof RESPONSES)[number];
export const ResponseSchema = z.enum(RESPONSES, { error: 'Choose yes, partly or no.' });

/** Things people do to make asking feel safer, which also keep them from learning that the ask was fine. */
export const SAFETY_BEHAVIOURS = [
  'over-apologising',
  'offering-to-repay',
  'downplaying-the-need',
  'giving-an-easy-out',
  'asking-indirectly',
  'over-preparing',
  'avoiding-eye-contact',
  'other',
] as const;
export type SafetyBehaviour = (typeof SAFETY_BEHAVIOURS)[number];
export const SafetyBehaviourSchema = z.enum(SAFETY_BEHAVIOURS, {
  error: 'Choose a safety behaviour from the list.',
});
export const SafetyBehavioursSchema = z
  .array(SafetyBehaviourSchema)
  .max(SAFETY_BEHAVIOURS.length)
  .superRefine(uniqueItems('This one is already in the list.'));
