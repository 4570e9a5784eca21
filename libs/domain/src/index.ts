// Public surface of @askwell/domain. Each area appends its own export lines.
export * from './taxonomy/ids';
export * from './taxonomy/taxonomy';
export * from './ladder/ladder';
export * from './accounts';
export * from './language';
export * from './records';
export * from './rules';
export * from './metrics';
export * from './time';
export * from './insight';
