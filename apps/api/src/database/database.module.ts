import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DatabaseRuntime } from './database-runtime';

export const DATABASE_RUNTIME = Symbol('DATABASE_RUNTIME');

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_RUNTIME) private readonly runtime: DatabaseRuntime) {}

  /** Runs after the HTTP server has stopped taking requests: pool closed, then the embedded server. */
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
  }
}

/**
 * Provides the one DataSource. The runtime is opened before Nest starts (main.ts, tests), so a database
 * that cannot be reached stops the boot with a clear message instead of a half-started app.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRuntime(runtime: DatabaseRuntime): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_RUNTIME, useValue: runtime },
        { provide: DataSource, useValue: runtime.dataSource },
        DatabaseLifecycle,
      ],
      exports: [DATABASE_RUNTIME, DataSource],
    };
  }
}
