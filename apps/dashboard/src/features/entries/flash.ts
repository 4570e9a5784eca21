/**
 * What the page after a save needs to say at once (the crisis text when something written suggests risk).
 * Module memory, never storage or history state: it is read once by the next screen, and gone on reload.
 */
export interface SavedNotice {
  message: string;
  crisisResources: string | null;
}

const notices = new Map<string, SavedNotice>();

export const putSavedNotice = (entryId: string, notice: SavedNotice): void => {
  notices.set(entryId, notice);
};
export const peekSavedNotice = (entryId: string): SavedNotice | undefined => notices.get(entryId);
export const dropSavedNotice = (entryId: string): void => {
  notices.delete(entryId);
};
export const clearSavedNotices = (): void => notices.clear();
