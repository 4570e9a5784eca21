import {
  BARRIERS,
  LIFE_AREAS,
  type BarrierId,
  type Channel,
  type DidAsk,
  type Directness,
  type EntryKind,
  type HelpResponse,
  type HelpSize,
  type LifeAreaId,
  type NextStep,
  type ObservedResponse,
  type SafetyBehaviour,
  type TagStatus,
} from '@askwell/domain';

// Words for the domain's ids. The id lists themselves come from @askwell/domain; each table is checked
// against its type, so a new id without words is a compile error.

/**
 * The domain's ENTRY_KINDS, in its order. Written out, not imported: the domain keeps it beside zod schemas
 * (records/common.schema.ts), which would come with it into screens that only list kinds (labels.spec.ts checks
 * the two are the same).
 */
export const ENTRY_KIND_ORDER = [
  'observation',
  'experiment',
  'reflection',
] as const satisfies readonly EntryKind[];
export const isEntryKind = (k: unknown): k is EntryKind => ENTRY_KIND_ORDER.some((kind) => kind === k);

export const KIND_LABELS: Record<EntryKind, string> = {
  observation: 'Observation',
  experiment: 'Experiment',
  reflection: 'Reflection',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person',
  message: 'By message',
  phone: 'By phone',
  video: 'On a video call',
  other: 'Another way',
};

export const RESPONSE_LABELS: Record<HelpResponse, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export const OBSERVED_RESPONSE_LABELS: Record<ObservedResponse, string> = {
  ...RESPONSE_LABELS,
  'counter-offer': 'They offered something else',
};

export const DID_ASK_LABELS: Record<DidAsk, string> = {
  yes: 'Yes, I asked',
  partly: 'Partly',
  no: 'No, not this time',
};

export const NEXT_STEP_LABELS: Record<NextStep, string> = {
  repeat: 'Do it again',
  'vary-person': 'Try it with someone else',
  'vary-context': 'Try it somewhere else',
  climb: 'Try a bigger ask',
};

export const SIZE_LABELS: Record<HelpSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

export const DIRECTNESS_LABELS: Record<Directness, string> = {
  direct: 'Asked directly',
  indirect: 'Hinted or asked indirectly',
};

export const SAFETY_BEHAVIOUR_LABELS: Record<SafetyBehaviour, string> = {
  'over-apologising': 'Apologising a lot',
  'offering-to-repay': 'Offering to pay it back',
  'downplaying-the-need': 'Making the need sound smaller',
  'giving-an-easy-out': 'Giving them an easy way to say no',
  'asking-indirectly': 'Hinting instead of asking',
  'over-preparing': 'Preparing much more than needed',
  'avoiding-eye-contact': 'Avoiding eye contact',
  other: 'Something else',
};

export const TAG_STATUS_LABELS: Record<TagStatus, string> = {
  client: 'Tagged by the client',
  suggested: 'Suggested',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};

const barrierNames = new Map<string, string>(BARRIERS.map((b) => [b.id, b.name]));
export const barrierName = (id: BarrierId): string => barrierNames.get(id) ?? id;

const lifeAreaNames = new Map<string, string>(LIFE_AREAS.map((a) => [a.id, a.name]));
export const lifeAreaName = (id: LifeAreaId): string => lifeAreaNames.get(id) ?? id;

/** Options for a select or checkbox group, in the order of the table. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A local date ('YYYY-MM-DD') as words, read as that calendar day wherever the browser is. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return dayFormat.format(new Date(y, m - 1, d));
}

export const formatTime = (iso: string): string => timeFormat.format(new Date(iso));

/** Today in the browser's time zone, as 'YYYY-MM-DD'. */
export function todayLocal(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
