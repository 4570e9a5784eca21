import { Inject, Injectable } from '@nestjs/common';
import {
  type Adherence,
  CASELOAD_DEFAULT_ORDER,
  CASELOAD_SORTS,
  type CaseloadOrder,
  type CaseloadPage,
  type CaseloadQuery,
  type CaseloadRow,
  type CaseloadSort,
  readinessSuggestion,
} from '@askwell/domain';
import { z } from 'zod';
import type { Actor } from '../../common/actor';
import { CursorKey, cursorCodec, invalidCursor } from '../../common/pagination';
import {
  type CaseloadClientRow,
  type CaseloadKey,
  caseloadPageArgs,
  type CaseloadPageRow,
  CaseloadRepository,
  type ReadinessTuple,
} from './caseload.repository';
import { readinessFromRows, type ReadinessRow } from './readiness';

export type { CaseloadPage, CaseloadRow };

export type { ReadinessTuple };

/** A page row's experiments as the rows readinessFromRows reads (readinessExperimentsSql's columns). */
export function readinessRowsOf(
  clientId: string,
  experiments: readonly ReadinessTuple[] | null,
): ReadinessRow[] {
  return (experiments ?? []).map((v) => ({
    client_id: clientId,
    helper: v[0],
    channel: v[1],
    life_area: v[2],
    predicted_yes_chance: v[3],
    belief_before: v[4],
    anticipated_distress: v[5],
    has_outcome: v[6],
    did_ask: v[7],
    response: v[8],
    learning: v[9],
    belief_after: v[10],
    peak_distress: v[11],
  }));
}

const adherenceOf = (due: number, completed: number): Adherence => ({
  due,
  completed,
  rate: due === 0 ? null : completed / due,
});

/** The cursor: the sort and order it was made for, and the sort key of the last client of its page. */
const CASELOAD_CURSOR = cursorCodec(
  'caseload',
  z.tuple([
    z.enum(CASELOAD_SORTS),
    z.enum(['asc', 'desc']),
    CursorKey.int8,
    CursorKey.int8,
    CursorKey.text,
    CursorKey.uuid,
  ]),
);

/** The key to page after; a cursor made for another order (or not made by us) is a 400, never a wrong page. */
export function decodeCaseloadCursor(
  cursor: string | undefined,
  sort: CaseloadSort,
  order: CaseloadOrder,
): CaseloadKey | null {
  const key = CASELOAD_CURSOR.decode(cursor);
  if (key === null) return null;
  const [s, o, k1, k2, nk, id] = key;
  if (s !== sort || o !== order)
    throw invalidCursor(
      `This cursor continues sort=${s}&order=${o}; ask for that order, or start from the first page.`,
    );
  return { k1, k2, nk, id };
}

export const encodeCaseloadCursor = (sort: CaseloadSort, order: CaseloadOrder, r: CaseloadKey): string =>
  CASELOAD_CURSOR.encode([sort, order, r.k1, r.k2, r.nk, r.id]);

/**
 * The caseload overview, a page at a time: one statement whatever the caseload's size (the page with its
 * figures, the experiments the readiness rule reads for its clients, and the caseload's summary). Ordering and
 * filtering use only what is cheap for every client; the rest is computed for the page.
 */
@Injectable()
export class CaseloadService {
  constructor(@Inject(CaseloadRepository) private readonly repository: CaseloadRepository) {}

  async overview(actor: Actor, q: CaseloadQuery, asOf: string | null = null): Promise<CaseloadPage> {
    const order = q.order ?? CASELOAD_DEFAULT_ORDER[q.sort];
    const practitionerId = actor.role === 'owner' ? null : actor.accountId;
    const after = decodeCaseloadCursor(q.cursor, q.sort, order);
    const rows = await this.repository.page(
      caseloadPageArgs(actor.practiceId, practitionerId, q, after, asOf),
    );
    const onPage = rows.filter((r): r is CaseloadPageRow & CaseloadClientRow => r.id !== null);
    const more = (rows[0]?.remaining ?? 0) > onPage.length;
    const readiness = readinessFromRows(
      onPage.flatMap((r) => readinessRowsOf(r.id, r.readiness)),
      onPage.map((r) => r.id),
    );
    const last = onPage.at(-1);
    return {
      items: onPage.map((r): CaseloadRow => ({
        id: r.id,
        displayName: r.display_name,
        email: r.email,
        currentRung: r.current_rung,
        timeZone: r.time_zone,
        version: r.version,
        joinedAt: r.created_at.toISOString(),
        today: r.today,
        adherence7: adherenceOf(r.due7, r.done7),
        adherence28: adherenceOf(r.due28, r.done28),
        lastActivityAt: r.last_activity_at?.toISOString() ?? null,
        unreadSharedEntries: r.unread,
        openRiskFlags: r.open_flags,
        openRiskTier: r.open_risk_tier,
        readiness: readiness.get(r.id) ?? readinessSuggestion([]),
      })),
      nextCursor: more && last ? encodeCaseloadCursor(q.sort, order, last) : null,
      total: rows[0]?.total ?? 0,
      flagged: rows[0]?.flagged ?? 0,
    };
  }
}
