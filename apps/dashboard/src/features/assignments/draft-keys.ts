/** Where the two dialogs keep their unsent text (lib/drafts.ts): the page reopens a dialog that has some. */
export const assignDraftKey = (clientId: string) => `assign/${clientId}`;
export const customExerciseDraftKey = 'exercise/new';
