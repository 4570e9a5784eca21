/** Observation entry (rung 1): a request for help the client saw someone else make, and what came of it. */
import { z } from 'zod';
import {
  BarrierTagsSchema,
  ChannelSchema,
  OptionalLongText,
  OptionalShortText,
  RatingSchema,
  ShortText,
} from './common.schema';
import { LocalDateSchema } from './dates.schema';

export const HELP_SIZES = ['small', 'medium', 'large'] as const;
export type HelpSize = (typeof HELP_SIZES)[number];
export const HelpSizeSchema = z.enum(HELP_SIZES, { error: 'Choose small, medium or large.' });

export const DIRECTNESS = ['direct', 'indirect'] as const;
export type Directness = (typeof DIRECTNESS)[number];
export const DirectnessSchema = z.enum(DIRECTNESS, { error: 'Choose direct or indirect.' });

/** What the observed helper said: an observation also knows the counter-offer ("not now, but tomorrow"). */
export const OBSERVED_RESPONSES = ['yes', 'partly', 'no', 'counter-offer'] as const;
export type ObservedResponse = (typeof OBSERVED_RESPONSES)[number];
export const ObservedResponseSchema = z.enum(OBSERVED_RESPONSES, {
  error: 'Choose yes, partly, no or counter-offer.',
});

/**
 * `helperReaction` uses the same scale as an experiment's predicted annoyance: 0 = glad to help, 10 = very
 * annoyed. Everything the client may not have seen (size, channel, response …) is optional and null when unknown.
 */
export const ObservationEntrySchema = z
  .object({
    occurredOn: LocalDateSchema,
    where: OptionalShortText,
    whoAsked: ShortText,
    whomAsked: ShortText,
    what: ShortText,
    size: HelpSizeSchema.nullable().default(null),
    channel: ChannelSchema.nullable().default(null),
    directness: DirectnessSchema.nullable().default(null),
    response: ObservedResponseSchema.nullable().default(null),
    helperReaction: RatingSchema.default(null),
    assumedHelperFeeling: OptionalLongText,
    barrierThoughts: OptionalLongText,
    note: OptionalLongText,
    clientBarrierTags: BarrierTagsSchema.default([]),
  })
  .strict();
export type ObservationEntry = z.infer<typeof ObservationEntrySchema>;
export type ObservationEntryInput = z.input<typeof ObservationEntrySchema>;
