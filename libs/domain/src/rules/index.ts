export * from './domain.errors';
export * from './experiment-lifecycle';
export * from './assignment-lifecycle';
