import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { one } from '../../common/db';

export interface RateRule {
  /** What is limited, e.g. 'login'. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Limits per rule (ASVS 2.2.1): generous for people, slow for scripts. */
export const RATE_RULES = {
  loginPerAddress: { name: 'login:ip', limit: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { name: 'login:account', limit: 10, windowSeconds: 15 * 60 },
  twoFactorPerChallenge: { name: '2fa:challenge', limit: 5, windowSeconds: 10 * 60 },
  signUpPerAddress: { name: 'signup:ip', limit: 10, windowSeconds: 60 * 60 },
  acceptPerAddress: { name: 'accept:ip', limit: 20, windowSeconds: 15 * 60 },
  resetPerAddress: { name: 'reset:ip', limit: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset:account', limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/**
 * Fixed-window counters in PostgreSQL: one atomic upsert per hit, so two or more API processes share them.
 */
@Injectable()
export class RateLimitService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async hit(rule: RateRule, subject: string): Promise<void> {
    const key = `${rule.name}:${subject}`;
    const row = await one<{ hits: number; retry_after: number }>(
      this.db,
      `INSERT INTO rate_limit (key, hits, reset_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.reset_at <= now() THEN 1 ELSE rate_limit.hits + 1 END,
         reset_at = CASE WHEN rate_limit.reset_at <= now() THEN now() + make_interval(secs => $2) ELSE rate_limit.reset_at END
       RETURNING hits, GREATEST(1, ceil(extract(epoch FROM reset_at - now())))::int AS retry_after`,
      [key, rule.windowSeconds],
    );
    if (row && row.hits > rule.limit) {
      throw new AppError(
        'RATE_LIMITED',
        'Too many attempts',
        `Please wait ${Math.ceil(row.retry_after / 60)} minute(s) and try again.`,
        undefined,
        {
          'retry-after': String(row.retry_after),
        },
      );
    }
  }

  /** A successful login clears the per-account counter, so a person who typed wrongly twice is not slowed later. */
  async clear(rule: RateRule, subject: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit WHERE key = $1`, [`${rule.name}:${subject}`]);
  }
}
