export * from './common.schema';
export * from './format-issues';
export * from './observation.schema';
export * from './experiment.schema';
export * from './reflection.schema';
export * from './review.schema';
export * from './custom-exercise.schema';
export * from './assignment.schema';
