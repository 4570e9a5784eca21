export * from './accounts.schema';
