import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { RateLimitRepository } from './rate-limit.repository';

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
 * Fixed-window counters in PostgreSQL: one atomic upsert per hit, so two or more API processes share them
 * (the statements: rate-limit.repository.ts).
 */
@Injectable()
export class RateLimitService {
  constructor(@Inject(RateLimitRepository) private readonly counters: RateLimitRepository) {}

  async hit(rule: RateRule, subject: string): Promise<void> {
    const row = await this.counters.hit(`${rule.name}:${subject}`, rule.windowSeconds);
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
    await this.counters.clear(`${rule.name}:${subject}`);
  }
}
