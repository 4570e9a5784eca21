// The insight feature's public surface: the caseload, the brief, a client's progress, ladder and sessions.
export { useProgress } from './api/insight';
export { BriefPage } from './components/BriefPage';
export { CaseloadOverview } from './components/CaseloadOverview';
export { ExportButtons } from './components/ExportButtons';
export { LadderPanel, ProgressPanel, SessionsPanel } from './panels';
