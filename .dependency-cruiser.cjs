/**
 * Module boundaries by Nx tag (see each project's package.json "nx.tags"):
 *   scope:api    (apps/api)       may import scope:api | scope:shared
 *   scope:web    (apps/dashboard) may import scope:web | scope:shared
 *   scope:shared (libs/domain)    may import only zod
 * Workspace packages are followed through their node_modules symlinks to their real folders, so an import
 * by package name ("@askwell/api") is caught exactly like a relative path across projects.
 *
 * Inside the dashboard, features (apps/dashboard/src/features/<feature>/) have borders: another feature and
 * app/ enter a feature only through its public index.ts; lib/, components/ and config/ are shared and import
 * no feature; features never depend on each other in a cycle, and no module anywhere is part of an import
 * cycle. (Feature index files hold re-exports only: code in a barrel makes the bundler keep everything it
 * re-exports, tools/boundaries.spec.ts checks that too.)
 *
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
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, in any project: a cycle means two modules cannot be understood apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'dashboard-feature-through-index',
      severity: 'error',
      comment: 'Another feature enters a feature only through its public index.ts, never a file inside it.',
      from: { path: '^apps/dashboard/src/features/([^/]+)/' },
      to: {
        path: '^apps/dashboard/src/features/[^/]+/',
        pathNot: ['^apps/dashboard/src/features/$1/', '^apps/dashboard/src/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'dashboard-app-through-feature-index',
      severity: 'error',
      comment: 'The app shell (providers, router, one file per screen) uses features through their index.ts.',
      from: { path: '^apps/dashboard/src/(app/|main\\.tsx$)' },
      to: {
        path: '^apps/dashboard/src/features/',
        pathNot: '^apps/dashboard/src/features/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'dashboard-shared-imports-no-feature',
      severity: 'error',
      comment: 'lib/, components/ and config/ serve every feature, so they import no feature and not app/.',
      from: { path: '^apps/dashboard/src/(lib|components|config)/' },
      to: { path: '^apps/dashboard/src/(features|app)/' },
    },
    {
      name: 'dashboard-feature-imports-no-app',
      severity: 'error',
      comment: 'app/ composes the features; a feature never reaches back into it.',
      from: { path: '^apps/dashboard/src/features/' },
      to: { path: '^apps/dashboard/src/app/' },
    },
    {
      name: 'dashboard-no-feature-cycle',
      severity: 'error',
      comment:
        'Features depend on each other in one direction only (e.g. clients → review → entries → auth): no cycle between two feature folders, even when each import goes through an index.ts.',
      scope: 'folder',
      from: { path: '^apps/dashboard/src/features/([^/]+)' },
      to: {
        path: '^apps/dashboard/src/features/[^/]+',
        pathNot: '^apps/dashboard/src/features/$1(/|$)',
        circular: true,
      },
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
