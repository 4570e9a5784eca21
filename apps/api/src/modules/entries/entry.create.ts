/** What a new entry writes, decided before its one statement: the columns by kind, the tags and the risk screen. */
import {
  type BarrierId,
  type EntryCreate,
  type EntryKind,
  type EntryState,
  type LocalDate,
  type Sharing,
} from '@askwell/domain';
import type { Actor } from '../../common/actor';
import { clientTags, type EntryPart, riskOf, type RiskVerdict, suggestionsFor } from './entry.text';

/** The columns of a new entry that depend on its kind. */
export interface NewEntry {
  sharing: Sharing;
  state: EntryState;
  occurredOn: LocalDate;
  doneOn: LocalDate | null;
  body: unknown;
  plan: unknown;
}

/** Everything the create statement writes (entry.sql.ts builds it). */
export interface NewEntryWrite {
  practiceId: string;
  clientId: string;
  assignmentId: string | null;
  kind: EntryKind;
  values: NewEntry;
  /** The assignment's exercise, for the view's title (both null without an assignment). */
  exercise: { templateId: string | null; customTitle: string | null };
  /** The client's own tags (once each, with a suggestion's evidence when there is one), then the other suggestions. */
  tags: {
    barrierId: BarrierId;
    status: 'client' | 'suggested';
    evidence: string | null;
    score: number | null;
  }[];
  /** The screen's verdict: a flag is written when it matched. */
  risk: RiskVerdict;
  draftKey: string | undefined;
}

/** The submitted part and the kind's columns: an observation and a reflection are done `today`, a plan is not. */
function partOf(input: EntryCreate, today: LocalDate): { part: EntryPart; values: NewEntry } {
  switch (input.kind) {
    case 'observation':
      return {
        part: { kind: 'observation', observation: input.observation },
        values: {
          sharing: 'shared',
          state: 'submitted',
          occurredOn: input.observation.occurredOn,
          doneOn: today,
          body: input.observation,
          plan: null,
        },
      };
    case 'reflection':
      return {
        part: { kind: 'reflection', reflection: input.reflection },
        values: {
          sharing: input.reflection.sharing,
          state: 'submitted',
          occurredOn: today,
          doneOn: today,
          body: input.reflection,
          plan: null,
        },
      };
    case 'experiment':
      return {
        part: { kind: 'plan', plan: input.plan },
        values: {
          sharing: 'shared',
          state: 'planned',
          occurredOn: input.plan.plannedOn,
          doneOn: null,
          body: null,
          plan: input.plan,
        },
      };
  }
}

/**
 * A new entry's writes. Its tags are the client's own, with a suggestion's evidence when there is one, then the
 * suggestions for other barriers, as the tag writes of a re-saved plan leave them.
 */
export function newEntryWrite(
  actor: Actor,
  input: EntryCreate,
  today: LocalDate,
  exercise: NewEntryWrite['exercise'],
  draftKey: string | undefined,
): NewEntryWrite {
  const { part, values } = partOf(input, today);
  const suggestions = suggestionsFor(part);
  const evidence = new Map(suggestions.map((s) => [s.barrierId, s]));
  const own = [...new Set(clientTags(part))];
  return {
    practiceId: actor.practiceId,
    clientId: actor.accountId,
    assignmentId: input.assignmentId,
    kind: input.kind,
    values,
    exercise,
    tags: [
      ...own.map((barrierId) => ({
        barrierId,
        status: 'client' as const,
        evidence: evidence.get(barrierId)?.evidence ?? null,
        score: evidence.get(barrierId)?.score ?? null,
      })),
      ...suggestions
        .filter((s) => !own.includes(s.barrierId))
        .map((s) => ({
          barrierId: s.barrierId,
          status: 'suggested' as const,
          evidence: s.evidence,
          score: s.score,
        })),
    ],
    risk: riskOf(part),
    draftKey,
  };
}
