/** The assign and custom-exercise dialogs (forms, validation, Modal): loaded once the client's page is on. */
export async function loadAssignmentDialogs() {
  const [assign, custom] = await Promise.all([
    import('./components/AssignDialog'),
    import('./components/CustomExerciseDialog'),
  ]);
  return { AssignDialog: assign.AssignDialog, CustomExerciseDialog: custom.CustomExerciseDialog };
}
