import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  INVITATION_TTL_DAYS,
  type CreatedInvitation,
  type InvitationAcceptSchema,
  type InvitationCreateSchema,
  type InvitationPreview,
  type InvitationView,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/actor';
import { AppError, notFound } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { AccountRepository } from '../auth/account.repository';
import { accountEvent } from '../auth/auth.audit';
import { AuthService, isUniqueViolation } from '../auth/auth.service';
import type { RequestMeta } from '../../common/request';
import { PasswordService } from '../auth/password.service';
import { RATE_RULES, RateLimitService } from '../auth/rate-limit.service';
import { composeToken, hashToken, parseComposedToken, randomToken } from '../auth/tokens';
import { MailService } from '../mail/mail.service';
import { type InvitationRow, InvitationsRepository } from './invitations.repository';

export type { InvitationView } from '@askwell/domain';

const view = (r: InvitationRow): InvitationView => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  invitedBy: r.invited_by,
  practitionerId: r.practitioner_id,
  expiresAt: r.expires_at.toISOString(),
  createdAt: r.created_at.toISOString(),
});

const invalid = () =>
  new AppError(
    'INVITATION_INVALID',
    'This invitation does not work',
    'It may have expired, been used, or been withdrawn. Ask the person who invited you for a new link.',
  );

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(InvitationsRepository) private readonly invitations: InvitationsRepository,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(RateLimitService) private readonly rateLimits: RateLimitService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MailService) private readonly mail: MailService,
  ) {}

  /** Owner: practitioners and clients; practitioner: clients, into their own caseload. */
  async create(
    actor: Actor,
    input: z.output<typeof InvitationCreateSchema>,
    ctx: RequestMeta,
  ): Promise<CreatedInvitation> {
    if (actor.role === 'client' || (actor.role === 'practitioner' && input.role !== 'client')) {
      throw new AppError('FORBIDDEN', 'Not allowed', 'Only the practice owner can invite practitioners.');
    }
    let practitionerId: string | null = null;
    if (input.role === 'client') {
      practitionerId =
        actor.role === 'owner' && input.practitionerId ? input.practitionerId : actor.accountId;
      if (input.practitionerId && actor.role !== 'owner')
        throw new AppError('FORBIDDEN', 'Not allowed', 'Clients you invite join your own caseload.');
      const p = await this.accounts.find(actor.practiceId, practitionerId);
      if (!p || p.role === 'client') throw notFound('The practitioner');
    } else if (input.practitionerId) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid', undefined, [
        { path: 'practitionerId', message: 'Only a client invitation names a practitioner.' },
      ]);
    }
    if (await this.accounts.emailTaken(input.email)) {
      throw new AppError('EMAIL_TAKEN', 'This email already has an account', undefined, [
        { path: 'email', message: 'This email already has an account.' },
      ]);
    }
    const token = randomToken();
    const row = await this.dataSource.transaction(async (tx) => {
      // A new invitation replaces an earlier open one to the same address: only the latest link works.
      await this.invitations.revokeOpenTo(tx, actor.practiceId, input.email);
      const r = await this.invitations.insert(tx, {
        practiceId: actor.practiceId,
        tokenHash: hashToken(token),
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        invitedBy: actor.accountId,
        practitionerId,
        days: INVITATION_TTL_DAYS,
      });
      if (!r) throw new Error('invitation insert returned nothing');
      await this.audit.note(
        actor,
        ctx,
        { action: 'invitation.create', target: ['invitation', r.id], detail: { role: input.role } },
        tx,
      );
      return r;
    });
    const link = `${this.config.publicUrl}/invite#token=${composeToken(actor.practiceId, token)}`;
    let emailed = false;
    if (this.mail.enabled) {
      const practice = await this.accounts.findPractice(actor.practiceId);
      try {
        await this.mail.send({
          to: input.email,
          subject: `${practice?.name ?? 'Your practitioner'} invited you to Askwell`,
          text: `Hello ${input.displayName},\n\n${practice?.name ?? 'Your practitioner'} invited you to Askwell, a quiet place to practise asking for help between sessions.\n\nOpen this link within ${INVITATION_TTL_DAYS} days to set your password:\n\n${link}\n\nIf you did not expect this, you can ignore this email.\n`,
        });
        emailed = true;
      } catch (e) {
        this.logger.warn({ err: e }, 'invitation email failed; the link is returned to the inviter instead');
      }
    }
    return { invitation: view(row), emailed, ...(emailed ? {} : { link }) };
  }

  async listOpen(actor: Actor): Promise<InvitationView[]> {
    const rows = await this.invitations.listOpen(
      actor.practiceId,
      actor.role === 'owner' ? null : actor.accountId,
    );
    return rows.map(view);
  }

  async revoke(actor: Actor, id: string, ctx: RequestMeta): Promise<void> {
    const revoked = await this.invitations.revoke(
      actor.practiceId,
      id,
      actor.role === 'owner' ? null : actor.accountId,
    );
    if (!revoked) throw notFound('The invitation');
    await this.audit.note(actor, ctx, { action: 'invitation.revoke', target: ['invitation', id] });
  }

  /** For the accept page: what the link is for (only while it is usable). */
  async lookup(tokenValue: string): Promise<InvitationPreview> {
    const found = await this.findUsable(tokenValue);
    const practice = await this.accounts.findPractice(found.practiceId);
    return {
      practiceName: practice?.name ?? '',
      email: found.row.email,
      displayName: found.row.display_name,
      role: found.row.role,
      expiresAt: found.row.expires_at.toISOString(),
    };
  }

  async accept(input: z.output<typeof InvitationAcceptSchema>, ctx: RequestMeta) {
    await this.rateLimits.hit(RATE_RULES.acceptPerAddress, ctx.ip);
    const { practiceId, row } = await this.findUsable(input.token);
    const practice = await this.accounts.findPractice(practiceId);
    if (!practice) throw invalid();
    this.auth.assertStrong(
      input.password,
      { email: row.email, displayName: row.display_name, practiceName: practice.name },
      'password',
    );
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource
      .transaction(async (tx) => {
        const claimed = await this.invitations.claim(tx, practiceId, row.id);
        if (!claimed) throw invalid(); // single use, even when two tabs accept at once
        const account = await this.accounts.create(tx, {
          practiceId,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          passwordHash,
        });
        if (row.role === 'client' && row.practitioner_id) {
          await this.invitations.addToCaseload(tx, practiceId, row.practitioner_id, account.id);
        }
        await this.audit.record(
          accountEvent(account, ctx, {
            action: 'invitation.accept',
            clientId: account.role === 'client' ? account.id : null,
            target: ['invitation', row.id],
          }),
          tx,
        );
        if (account.role !== 'client' && practice.require_two_factor) {
          return {
            result: {
              status: 'two-factor-setup-required' as const,
              challenge: await this.auth.createChallenge(account, tx),
            },
          };
        }
        return this.auth.startSession(tx, account, practice, ctx);
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e))
          throw new AppError('EMAIL_TAKEN', 'This email already has an account', 'Sign in instead.');
        throw e;
      });
  }

  private async findUsable(tokenValue: string): Promise<{ practiceId: string; row: InvitationRow }> {
    const parsed = parseComposedToken(tokenValue);
    if (!parsed) throw invalid();
    const row = await this.invitations.findUsable(parsed.practiceId, hashToken(parsed.token));
    if (!row) throw invalid();
    return { practiceId: parsed.practiceId, row };
  }
}
