// The week feature's public surface: a client's start page.
export { ThisWeek } from './components/ThisWeek';
