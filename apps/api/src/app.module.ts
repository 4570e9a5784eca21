import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { DatabaseModule } from './database/database.module';
import type { DatabaseRuntime } from './database/database-runtime';
import { HealthModule } from './modules/health/health.module';
import { AuthModule } from './modules/auth/auth.module';
import { MailModule } from './modules/mail/mail.module';
import { AuditModule } from './modules/audit/audit.module';
import { ClientsModule } from './modules/clients/clients.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { PracticeModule } from './modules/practice/practice.module';
import { ExercisesModule } from './modules/exercises/exercises.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { EntriesModule } from './modules/entries/entries.module';
import { InsightModule } from './modules/insight/insight.module';
import { loggerOptions } from './common/logging';

/** Composition root: the same module graph in main.ts and in every API test. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRuntime(database),
        MailModule,
        AuthModule,
        ClientsModule,
        PracticeModule,
        InvitationsModule,
        AuditModule,
        ExercisesModule,
        AssignmentsModule,
        EntriesModule,
        InsightModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
