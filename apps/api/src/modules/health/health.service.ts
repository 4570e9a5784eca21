import { Inject, Injectable } from '@nestjs/common';
import type { Readiness } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { DATABASE_RUNTIME } from '../../database/database.module';
import type { DatabaseRuntime } from '../../database/database-runtime';

export type { Readiness } from '@askwell/domain';

@Injectable()
export class HealthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DATABASE_RUNTIME) private readonly runtime: DatabaseRuntime,
  ) {}

  async readiness(): Promise<Readiness> {
    let pending: boolean;
    try {
      await this.dataSource.query('SELECT 1');
      pending = await this.dataSource.showMigrations();
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
