/**
 * Module boundaries by Nx tag (see each project's package.json "nx.tags"):
 *   scope:api    (apps/api)       may import scope:api | scope:shared
 *   scope:web    (apps/dashboard) may import scope:web | scope:shared
 *   scope:shared (libs/domain)    may import only zod
 * Workspace packages are followed through their node_modules symlinks to their real folders, so an import
 * by package name ("@askwell/api") is caught exactly like a relative path across projects.
 * tools/boundaries.spec.ts plants violations and proves this check fails on them.
 */
module.exports = {
  forbidden: [
    {
      name: 'api-imports-only-api-or-shared',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^(apps/dashboard|apps/(?!api/))' },
    },
    {
      name: 'web-imports-only-web-or-shared',
      severity: 'error',
      from: { path: '^apps/dashboard/' },
      to: { path: '^apps/(?!dashboard/)' },
    },
    {
      // By package name too: "@askwell/dashboard" has no entry point, so it never resolves to a path.
      name: 'api-imports-no-web-package',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '(^|/)@askwell/(?!domain)' },
    },
    {
      name: 'web-imports-no-api-package',
      severity: 'error',
      from: { path: '^apps/dashboard/' },
      to: { path: '(^|/)@askwell/(?!domain)' },
    },
    {
      name: 'shared-imports-only-zod',
      severity: 'error',
      from: { path: '^libs/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: {
        pathNot:
          '^(libs/domain/|node_modules/zod/|node_modules/wink-nlp/|node_modules/wink-eng-lite-web-model/)',
      },
    },
    {
      name: 'shared-nlp-only-in-nlp-ts',
      severity: 'error',
      comment:
        'wink-nlp and its model are loaded by language/nlp.ts alone; the rest of the domain imports zod only.',
      from: { path: '^libs/domain/src/', pathNot: '(\\.spec\\.ts|/language/nlp\\.ts)$' },
      to: { path: '^node_modules/wink-' },
    },
    {
      name: 'shared-imports-no-app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    preserveSymlinks: false,
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    moduleSystems: ['cjs', 'es6'],
    exclude: { path: '(^|/)(dist|coverage|node_modules/.+/node_modules)/' },
  },
};
