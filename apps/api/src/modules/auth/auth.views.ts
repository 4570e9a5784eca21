import type { Role } from '@askwell/domain';
import type { AccountRow, PracticeRow } from './account.repository';

/** What the dashboard learns about the signed-in person (never a hash or a secret). */
export interface SessionView {
  account: { id: string; email: string; displayName: string; role: Role; twoFactorEnabled: boolean };
  practice: { id: string; name: string; requireTwoFactor: boolean; idleTimeoutMinutes: number };
  csrfToken: string;
  expiresAt: string;
}

export type LoginResult =
  | { status: 'signed-in'; session: SessionView; recoveryCodes?: string[] }
  | { status: 'two-factor-required'; challenge: string }
  | { status: 'two-factor-setup-required'; challenge: string };

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
