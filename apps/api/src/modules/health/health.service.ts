import { Inject, Injectable } from '@nestjs/common';
import type { Readiness } from '@askwell/domain';
import { AppError } from '../../common/app-error';
import { DATABASE_RUNTIME } from '../../database/database.module';
import type { DatabaseRuntime } from '../../database/database-runtime';
import { HealthRepository } from './health.repository';

export type { Readiness } from '@askwell/domain';

/** Readiness: the database answers and every migration is applied. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(HealthRepository) private readonly database: HealthRepository,
    @Inject(DATABASE_RUNTIME) private readonly runtime: DatabaseRuntime,
  ) {}

  async readiness(): Promise<Readiness> {
    let pending: boolean;
    try {
      await this.database.ping();
      pending = await this.database.migrationsPending();
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', 'Not ready', 'The database cannot be reached.');
    }
    if (pending) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Not ready',
        'Database migrations are pending: run npm run db:migrate.',
      );
    }
    return { status: 'ready', database: this.runtime.kind, migrations: 'applied' };
  }
}
