// The practice feature's public surface: its settings and its people.
export { practiceKeys, useMembers, usePractice } from './api/practice';
export { MembersList } from './components/MembersList';
export { PracticeSettingsForm } from './components/PracticeSettingsForm';
