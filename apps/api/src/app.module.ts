import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { DatabaseModule } from './database/database.module';
import type { DatabaseRuntime } from './database/database-runtime';
import { HealthModule } from './modules/health/health.module';
import { loggerOptions } from './common/logging';

/** Composition root: the same module graph in main.ts and in every API test. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerOptions(config)), DatabaseModule.forRuntime(database), HealthModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
