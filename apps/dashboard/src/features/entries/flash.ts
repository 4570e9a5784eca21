import type { RiskTier, SubmitResult } from '@askwell/domain';
import { forgetWhenSessionEnds } from '../../lib/account-memory';

/**
 * What the page after a save needs to say at once (the crisis text when something written suggests risk).
 * Module memory, never storage or history state: it is read once by the next screen, and gone on reload.
 */
export interface SavedNotice {
  message: string;
  crisisResources: string | null;
  /** The risk screen's tier when it flagged (the crisis panel is worded gently for 'concern'); else null. */
  riskTier: RiskTier | null;
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
forgetWhenSessionEnds(clearSavedNotices);

/**
 * The domain's DEFAULT_CRISIS_RESOURCES, word for word: the safety net for a flagged save that came back
 * without the practice's text (the API always sends one). Copied, not imported, because the domain keeps it in
 * accounts.schema.ts, whose zod schemas would come with it into every client screen; flash.spec.ts checks the
 * two are the same.
 */
export const FALLBACK_CRISIS_RESOURCES =
  'If you are in danger now, call your local emergency number. If you are thinking about harming yourself, please contact a crisis line in your country or go to the nearest emergency department. Your practitioner does not see entries in real time.';

/** The crisis text to show after a save: the practice's own when the risk screen flagged it, else none. */
export const crisisTextOf = (risk: SubmitResult['risk']): string | null =>
  risk.flagged ? (risk.crisisResources ?? FALLBACK_CRISIS_RESOURCES) : null;

/** The crisis part of a saved notice: the text to show, and the tier that words the panel. */
export const crisisNoticeOf = (
  risk: SubmitResult['risk'],
): Pick<SavedNotice, 'crisisResources' | 'riskTier'> => ({
  crisisResources: crisisTextOf(risk),
  riskTier: risk.flagged ? risk.tier : null,
});
