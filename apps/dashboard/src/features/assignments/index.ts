// The assignments feature's public surface: a client's exercises, and the two dialogs that add to them.
export { clientAssignmentsQuery, useClientAssignments } from './api/assignments';
export { AssignmentsPanel } from './components/AssignmentsPanel';
export { loadAssignmentDialogs } from './dialogs';
export { assignDraftKey, customExerciseDraftKey } from './draft-keys';
