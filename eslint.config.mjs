// One lint config for the workspace. Type-aware rules catch the mistakes that matter most here:
// promises nobody awaits (a write that silently never happens) and switches that forget a case.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.nx/**',
      '**/*.cjs',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Nest's DI reads constructor parameter types at run time: type-only imports would erase them.
    files: ['apps/api/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // The domain is pure TypeScript: zod is its only import (module boundary, also checked by dependency-cruiser),
    // except language/nlp.ts, the one file that loads wink-nlp and its English model (the block below).
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts', 'libs/domain/src/language/nlp.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|zod/|\\.{1,2}/)',
              message: 'libs/domain may import only zod and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/src/language/nlp.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|zod/|wink-nlp$|wink-eng-lite-web-model$|\\.{1,2}/)',
              message: 'language/nlp.ts may import only zod, wink-nlp, its English model and domain files.',
            },
          ],
        },
      ],
    },
  },
  {
    // [sql-only-in-repositories] SQL lives in repositories: each feature's `*.repository.ts` (and the `*.sql.ts`
    // fragments only its repository imports), the database folder (migrations, seed, backup) and common/db.ts.
    // Services and controllers call repository methods; they never write a statement or run a query.
    // Proven by a planted violation in tools/boundaries.spec.ts.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/**/*.sql.ts',
      'apps/api/src/database/**',
      'apps/api/src/common/db.ts',
      'apps/api/src/**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'sql-template-tag', message: '[sql-only-in-repositories] write SQL in a repository.' },
          ],
          patterns: [
            {
              regex: '(^|/)common/db$',
              importNames: ['sql', 'one', 'many', 'run', 'changed', 'join', 'bulk', 'raw', 'empty'],
              message:
                '[sql-only-in-repositories] only repositories run SQL; services may import the Db type.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: '[sql-only-in-repositories] run queries in a repository method.',
        },
        {
          selector:
            'TemplateLiteral[quasis.0.value.raw=/^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE)\\s/]',
          message: '[sql-only-in-repositories] this looks like SQL: move it into a repository.',
        },
        {
          selector: 'Literal[value=/^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE)\\s/]',
          message: '[sql-only-in-repositories] this looks like SQL: move it into a repository.',
        },
      ],
    },
  },
  {
    files: [
      'libs/domain/eval/**/*.ts',
      '**/*.spec.ts',
      '**/*.spec.tsx',
      'apps/api/test/**/*.ts',
      'apps/dashboard/e2e/**/*.ts',
    ],
    // Tests assert on HTTP response bodies by value; typing every supertest body adds noise, not safety.
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['apps/dashboard/**/*.tsx', 'apps/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
