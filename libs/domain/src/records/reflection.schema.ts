/** Reflection: free writing, optionally answering a prompt about one barrier, shared or kept private. */
import { z } from 'zod';
import { BarrierIdSchema, BarrierTagsSchema, LongText, SharingSchema } from './common.schema';

/** `sharing` has no default: the client must choose, each time, whether the practitioner may read it. */
export const ReflectionEntrySchema = z
  .object({
    text: LongText,
    promptBarrierId: BarrierIdSchema.nullable().default(null),
    clientBarrierTags: BarrierTagsSchema.default([]),
    sharing: SharingSchema,
  })
  .strict();
export type ReflectionEntry = z.infer<typeof ReflectionEntrySchema>;
export type ReflectionEntryInput = z.input<typeof ReflectionEntrySchema>;
