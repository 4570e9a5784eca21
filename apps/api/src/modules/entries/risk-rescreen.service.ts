import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { RISK_SCREEN_VERSION } from '@askwell/domain';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type RescreenSummary, rescreenAll } from './risk-rescreen';
import { RiskRescreenRepository } from './risk-rescreen.repository';

/**
 * Runs the risk re-screen (risk-rescreen.ts) in the background once the API is listening (main.ts calls
 * start()), so readiness never waits for it; a shutdown lets the current batch finish and stops there (the rest
 * is read at the next start). `npm run db:rescreen` runs the same without the API.
 */
@Injectable()
export class RiskRescreenService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RiskRescreenService.name);
  private running: Promise<RescreenSummary> | null = null;
  private stopping = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RiskRescreenRepository) private readonly repository: RiskRescreenRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Re-screens every entry an older screen read; resolves with what it did. One run at a time per process. */
  run(): Promise<RescreenSummary> {
    this.running ??= rescreenAll(
      this.dataSource,
      {
        shouldStop: () => this.stopping,
        pause: () => yieldToRequests(),
        onError: (entryId, error) =>
          this.logger.error(
            { entryId, err: error },
            'risk re-screen: an entry could not be read; it is tried again at the next start',
          ),
      },
      { repository: this.repository, audit: this.audit },
    ).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** run() in the background: the outcome is logged, a failure too (the next start tries again). */
  start(): void {
    this.run().then(
      (s) => {
        if (s.entries > 0 || s.failed > 0)
          this.logger.log({ ...s, screenVersion: RISK_SCREEN_VERSION }, 'risk re-screen done');
      },
      (e: unknown) => {
        if (!this.stopping)
          this.logger.error({ err: e }, 'risk re-screen stopped; it is tried again at the next start');
      },
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => undefined);
  }
}
