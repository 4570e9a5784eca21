import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { run, sql } from '../../common/db';

/** What readiness asks of the database: that it answers, and whether migrations are pending. */
@Injectable()
export class HealthRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Throws when the database cannot be reached. */
  async ping(): Promise<void> {
    await run(this.dataSource, sql`SELECT 1`);
  }

  migrationsPending(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }
}
