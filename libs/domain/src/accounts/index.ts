export * from './accounts.schema';
export * from './views';
