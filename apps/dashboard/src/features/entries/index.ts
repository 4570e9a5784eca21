// The entries feature's public surface: a client's own entries (writing, reading back, history) and the
// entry details a practitioner reads too.
export { useMyEntries, useMyWeek } from './api/me';
export { EntryDetails, type Evidence } from './components/EntryDetails';
export { MyEntry } from './components/MyEntry';
export { MyHistory } from './components/MyHistory';
export { TimeZoneSync } from './components/TimeZoneSync';
export { WriteEntry } from './components/WriteEntry';
