import type { Role } from '@askwell/domain';

// Response shapes of the auth endpoints (request shapes are the domain schemas). Kept here because the API's
// view types live in apps/api, which the dashboard may not import; moving them to libs/domain is the fix.

/** What the dashboard learns about the signed-in person. */
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

export interface TotpSecret {
  secret: string;
  otpauthUri: string;
}
