/**
 * Response shapes of the account routes (sign-in, invitations, the practice, the audit log, health): the
 * other half of the wire contract beside accounts.schema.ts. The API builds these; the dashboard reads them.
 * Types only, like records/views.ts.
 */
import type { Role } from './accounts.schema';

/** What the dashboard learns about the signed-in person (never a hash or a secret). */
export interface AccountSession {
  account: { id: string; email: string; displayName: string; role: Role; twoFactorEnabled: boolean };
  practice: { id: string; name: string; requireTwoFactor: boolean; idleTimeoutMinutes: number };
  csrfToken: string;
  expiresAt: string;
}

/** What a sign-in, sign-up, accepted invitation or password change answers. */
export type LoginResult =
  | { status: 'signed-in'; session: AccountSession; recoveryCodes?: string[] }
  | { status: 'two-factor-required'; challenge: string }
  | { status: 'two-factor-setup-required'; challenge: string };

/** A new TOTP secret, to show as text and as an otpauth:// QR code. */
export interface TotpSecret {
  secret: string;
  otpauthUri: string;
}

export type InvitedRole = Exclude<Role, 'owner'>;

/** An open invitation, as the inviter lists it. */
export interface InvitationView {
  id: string;
  email: string;
  displayName: string;
  role: InvitedRole;
  invitedBy: string;
  practitionerId: string | null;
  expiresAt: string;
  createdAt: string;
}

/** When email is not set up, the link comes back to be passed on by hand. */
export interface CreatedInvitation {
  invitation: InvitationView;
  emailed: boolean;
  link?: string;
}

/** What an invitation link is for, while it can still be used (the accept page, before signing in). */
export interface InvitationPreview {
  practiceName: string;
  email: string;
  displayName: string;
  role: InvitedRole;
  expiresAt: string;
}

export interface PracticeView {
  id: string;
  name: string;
  requireTwoFactor: boolean;
  idleTimeoutMinutes: number;
  /** The text a client sees on a risk flag: the practice's own, or the safe default. */
  crisisResources: string;
  crisisResourcesIsDefault: boolean;
  version: number;
}

export interface MemberView {
  id: string;
  email: string;
  displayName: string;
  role: 'owner' | 'practitioner';
  twoFactorEnabled: boolean;
  clientCount: number;
  createdAt: string;
}

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One line of the audit log, as GET /audit-events lists it. */
export interface AuditEventView {
  id: string;
  at: string;
  actor: { id: string; displayName: string; role: string } | null;
  clientId: string | null;
  clientName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  outcome: string;
}

/** GET /health: the process is up. */
export interface Liveness {
  status: 'ok';
}

/** GET /health/ready: the database answers and every migration is applied. */
export interface Readiness {
  status: 'ready';
  database: 'embedded' | 'server';
  migrations: 'applied';
}
