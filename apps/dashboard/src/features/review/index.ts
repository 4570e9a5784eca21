// The review feature's public surface: a practitioner reads and reviews a client's entries and risk flags.
export { riskFlagsQuery, useRiskFlags } from './api/review';
export { EntryReview } from './components/EntryReview';
export { RiskFlags } from './components/RiskFlags';
export { Timeline } from './components/Timeline';
