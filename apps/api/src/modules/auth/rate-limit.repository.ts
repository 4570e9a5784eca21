import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { one, run, sql } from '../../common/db';

/**
 * All SQL of the rate_limit counters. The upsert uses now() in DO UPDATE SET and RETURNING, which Citus refuses
 * on a reference table: docs/scaling.md ("Running on Citus", run 1 and cause 1) keeps rate_limit a plain
 * coordinator table instead of passing the time in. Keep these statements as they are.
 */
@Injectable()
export class RateLimitRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Counts a hit on `key` in its fixed window (a new window when the last has ended): one atomic upsert. */
  async hit(key: string, windowSeconds: number): Promise<{ hits: number; retry_after: number } | undefined> {
    return one<{ hits: number; retry_after: number }>(
      this.dataSource,
      sql`INSERT INTO rate_limit (key, hits, reset_at) VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
          ON CONFLICT (key) DO UPDATE SET
            hits = CASE WHEN rate_limit.reset_at <= now() THEN 1 ELSE rate_limit.hits + 1 END,
            reset_at = CASE WHEN rate_limit.reset_at <= now() THEN now() + make_interval(secs => ${windowSeconds}) ELSE rate_limit.reset_at END
          RETURNING hits, GREATEST(1, ceil(extract(epoch FROM reset_at - now())))::int AS retry_after`,
    );
  }

  async clear(key: string): Promise<void> {
    await run(this.dataSource, sql`DELETE FROM rate_limit WHERE key = ${key}`);
  }
}
