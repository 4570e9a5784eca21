// Shared Jest settings: swc transforms TypeScript (with Nest's decorator metadata) and the ESM-only
// packages NestJS 12 ships, which Jest 30 on Node 20 cannot load natively.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      useDefineForClassFields: false,
      react: { runtime: 'automatic' },
    },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  transform: { '^.+\\.(t|j|mj|cj)sx?$': ['@swc/jest', swcOptions] },
  // Un-ignore ESM-only packages wherever they are nested (a plain negative lookahead misses nested copies).
  transformIgnorePatterns: [
    '^(?!.*/node_modules/(sql-template-tag|@nestjs|content-disposition|@fastify/static|@electric-sql|@scure|@noble|@fastify/cookie|cookie)/).*/node_modules/',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@askwell/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    // The labels of the risk screen's tiers and categories without the screen (the dashboard's bundles).
    '^@askwell/domain/risk-categories$': '<rootDir>/../../libs/domain/src/language/risk-categories.ts',
  },
  testEnvironment: 'node',
};
// Not a Jest option: exposed for configs that need the same swc settings elsewhere.
Object.defineProperty(module.exports, 'swcOptions', { value: swcOptions, enumerable: false });
