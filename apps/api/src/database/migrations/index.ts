import { CreateAppMeta1764180000000 } from './1764180000000-CreateAppMeta';
import { CreateAccounts1764181000000 } from './1764181000000-CreateAccounts';
import { CreateCoreLoop1764270000000 } from './1764270000000-CreateCoreLoop';
import { CreateInsight1764290000000 } from './1764290000000-CreateInsight';
import { PerformanceIndexes1764400000000 } from './1764400000000-PerformanceIndexes';
import { BriefData1764500000000 } from './1764500000000-BriefData';
import { CaseloadAttentionIndex1764510000000 } from './1764510000000-CaseloadAttentionIndex';
import { RiskFlagTiers1764600000000 } from './1764600000000-RiskFlagTiers';
import { BriefDataRiskTiers1764610000000 } from './1764610000000-BriefDataRiskTiers';
import { TotpSingleUse1764620000000 } from './1764620000000-TotpSingleUse';
import { SessionTwoFactor1764630000000 } from './1764630000000-SessionTwoFactor';

/** Every migration, in order. Classes, not globs: the same list works compiled, in Jest and in the CLI. */
export const MIGRATIONS = [
  CreateAppMeta1764180000000,
  CreateAccounts1764181000000,
  CreateCoreLoop1764270000000,
  CreateInsight1764290000000,
  PerformanceIndexes1764400000000,
  BriefData1764500000000,
  CaseloadAttentionIndex1764510000000,
  RiskFlagTiers1764600000000,
  BriefDataRiskTiers1764610000000,
  TotpSingleUse1764620000000,
  SessionTwoFactor1764630000000,
];
