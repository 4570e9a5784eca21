import type { AccountSession as SessionView } from '@askwell/domain';
import type { AccountRow, PracticeRow } from './account.repository';

// What the dashboard learns about the signed-in person (never a hash or a secret), and what a sign-in
// answers: the wire types live in libs/domain (accounts/views.ts), beside the request schemas.
export type { AccountSession as SessionView, LoginResult } from '@askwell/domain';

export function sessionView(a: AccountRow, p: PracticeRow, csrfToken: string, expiresAt: Date): SessionView {
  return {
    account: {
      id: a.id,
      email: a.email,
      displayName: a.display_name,
      role: a.role,
      twoFactorEnabled: a.totp_enabled_at !== null,
    },
    practice: {
      id: p.practice_id,
      name: p.name,
      requireTwoFactor: p.require_two_factor,
      idleTimeoutMinutes: p.idle_timeout_minutes,
    },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}
