import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { changed, type Db, many, one, run, sql } from '../../common/db';

export interface InvitationRow {
  id: string;
  email: string;
  display_name: string;
  role: 'practitioner' | 'client';
  invited_by: string;
  practitioner_id: string | null;
  expires_at: Date;
  created_at: Date;
}

/** The condition of an invitation that can still be accepted. */
const OPEN = sql`accepted_at IS NULL AND revoked_at IS NULL`;

/** All SQL of invitations (stored by the hash of their link's token), and the caseload row an acceptance adds. */
@Injectable()
export class InvitationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Withdraws the open invitations to `email` (a new one replaces them: only the latest link works). */
  async revokeOpenTo(db: Db, practiceId: string, email: string): Promise<void> {
    await run(
      db,
      sql`UPDATE invitation SET revoked_at = now()
           WHERE practice_id = ${practiceId} AND email = ${email} AND ${OPEN}`,
    );
  }

  async insert(
    db: Db,
    i: {
      practiceId: string;
      tokenHash: string;
      email: string;
      displayName: string;
      role: 'practitioner' | 'client';
      invitedBy: string;
      practitionerId: string | null;
      days: number;
    },
  ): Promise<InvitationRow | undefined> {
    return one<InvitationRow>(
      db,
      sql`INSERT INTO invitation (practice_id, token_hash, email, display_name, role, invited_by, practitioner_id, expires_at)
          VALUES (${i.practiceId}, ${i.tokenHash}, ${i.email}, ${i.displayName}, ${i.role}, ${i.invitedBy},
                  ${i.practitionerId}, now() + make_interval(days => ${i.days}))
          RETURNING *`,
    );
  }

  /** Open, unexpired invitations, newest first; only those sent by `invitedBy` unless it is null. */
  async listOpen(practiceId: string, invitedBy: string | null): Promise<InvitationRow[]> {
    return many<InvitationRow>(
      this.dataSource,
      sql`SELECT * FROM invitation WHERE practice_id = ${practiceId} AND ${OPEN} AND expires_at > now()
             AND (${invitedBy}::uuid IS NULL OR invited_by = ${invitedBy})
           ORDER BY created_at DESC LIMIT 500`,
    );
  }

  /** Withdraws an open invitation (sent by `invitedBy` unless it is null); false when there is none. */
  async revoke(practiceId: string, id: string, invitedBy: string | null): Promise<boolean> {
    const rows = await changed(
      this.dataSource,
      sql`UPDATE invitation SET revoked_at = now() WHERE practice_id = ${practiceId} AND id = ${id} AND ${OPEN}
             AND (${invitedBy}::uuid IS NULL OR invited_by = ${invitedBy})
          RETURNING id`,
    );
    return rows.length > 0;
  }

  /** The usable invitation a link's token names. */
  async findUsable(practiceId: string, tokenHash: string): Promise<InvitationRow | undefined> {
    return one<InvitationRow>(
      this.dataSource,
      sql`SELECT * FROM invitation
           WHERE practice_id = ${practiceId} AND token_hash = ${tokenHash} AND ${OPEN} AND expires_at > now()`,
    );
  }

  /** Marks the invitation accepted while it is still usable; true only once (two tabs accepting at once). */
  async claim(db: Db, practiceId: string, id: string): Promise<boolean> {
    const claimed = await changed(
      db,
      sql`UPDATE invitation SET accepted_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} AND ${OPEN} AND expires_at > now()
          RETURNING id`,
    );
    return claimed.length === 1;
  }

  async addToCaseload(db: Db, practiceId: string, practitionerId: string, clientId: string): Promise<void> {
    await run(
      db,
      sql`INSERT INTO caseload (practice_id, practitioner_id, client_id) VALUES (${practiceId}, ${practitionerId}, ${clientId})`,
    );
  }
}
