/**
 * The labelled corpus the language screens are measured on (libs/domain/eval/corpus): JSON Lines, one item a
 * line, in two splits. `tune/` is what rules, lexicons and weights may be fitted to; `heldout/` was written
 * independently, by writers who never saw the screens, and is only ever measured: no rule or weight may be
 * changed because of an item in it (its misclassified texts are printed only on request, for the notes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RISK_CATEGORIES, RISK_TIERS } from '../src/language/risk-categories';
import { BARRIER_IDS } from '../src/taxonomy/ids';

export const SPLITS = ['tune', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

const style = z.string().optional();
const origin = z.string().optional();

export const reflectionItemSchema = z.strictObject({
  text: z.string().min(1),
  labels: z.array(z.enum(BARRIER_IDS)).max(3),
  style,
  origin,
  note: z.string().optional(),
});

export const NEGATIVE_KINDS = [
  'idiom',
  'hyperbole',
  'third-party',
  'professional',
  'media',
  'negated',
  'medical',
  'ordinary',
] as const;

export const riskItemSchema = z.discriminatedUnion('flag', [
  z.strictObject({
    text: z.string().min(1),
    flag: z.literal(true),
    tier: z.enum(RISK_TIERS),
    category: z.enum(RISK_CATEGORIES),
    style,
    origin,
    note: z.string().optional(),
  }),
  z.strictObject({
    text: z.string().min(1),
    flag: z.literal(false),
    kind: z.enum(NEGATIVE_KINDS),
    style,
    origin,
    note: z.string().optional(),
  }),
]);

export type ReflectionItem = z.infer<typeof reflectionItemSchema> & { file: string; line: number };
export type RiskItem = z.infer<typeof riskItemSchema> & { file: string; line: number };

const corpusDir = join(__dirname, 'corpus');

function load<T>(split: Split, prefix: string, schema: z.ZodType<T>): (T & { file: string; line: number })[] {
  const dir = join(corpusDir, split);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((raw, i) => ({ raw, line: i + 1 }))
      .filter(({ raw }) => raw.trim() !== '')
      .map(({ raw, line }) => {
        const parsed = schema.safeParse(JSON.parse(raw));
        if (!parsed.success) {
          throw new Error(`${split}/${file}:${line}: ${z.prettifyError(parsed.error)}`);
        }
        return { ...parsed.data, file: `${split}/${file}`, line };
      }),
  );
}

export const loadReflections = (split: Split): ReflectionItem[] =>
  load(split, 'reflections', reflectionItemSchema);
export const loadRisk = (split: Split): RiskItem[] => load(split, 'risk', riskItemSchema);
