/**
 * The first element of every feature's query keys. Each feature builds its key factory from its root; a write
 * in one feature that makes another's answers stale invalidates that feature's root from here, without
 * importing the other feature (features import each other only through their index.ts, and never in a cycle).
 */
export const queryRoots = {
  auth: ['auth'],
  me: ['me'],
  clients: ['clients'],
  assignments: ['assignments'],
  review: ['review'],
  insight: ['insight'],
  invitations: ['invitations'],
  practice: ['practice'],
  audit: ['audit'],
  status: ['status'],
} as const satisfies Record<string, readonly [string]>;
