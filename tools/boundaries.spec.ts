import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Proves the module-boundary check can fail: plants violating imports (in probe folders that lint and the
 * compiler do not read), runs dependency-cruiser with the real config, and expects the named rule to fire.
 * An allowed import in the same place must pass, so a failure is not for another reason.
 */
const ROOT = path.resolve(__dirname, '..');
const PROBE = `.boundary-probe-${process.pid}`;

/**
 * Writes `files` (paths relative to the workspace, `${PROBE}` in each name), cruises them with the real
 * config, and removes them again.
 */
function cruiseFiles(files: Record<string, string>): { ok: boolean; output: string } {
  const written = Object.entries(files).map(([name, source]) => {
    const file = path.join(ROOT, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
    return file;
  });
  try {
    const res = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
        ...written.map((f) => path.relative(ROOT, f)),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
  } finally {
    for (const file of written) {
      // Remove the probe folder (the first path segment named PROBE) with everything in it.
      const rel = path.relative(ROOT, file).split(path.sep);
      const at = rel.findIndex((segment) => segment.startsWith('.boundary-probe-'));
      fs.rmSync(path.join(ROOT, ...rel.slice(0, at + 1)), { recursive: true, force: true });
    }
  }
}

/** One probe file in a project. */
const cruise = (project: string, source: string) => cruiseFiles({ [`${project}/${PROBE}/probe.ts`]: source });

const FEATURES = 'apps/dashboard/src/features';

describe('module boundaries (dependency-cruiser)', () => {
  it.each([
    ['apps/api', `import '@askwell/dashboard';`, 'api-imports-no-web-package'],
    ['apps/api', `import '../../dashboard/src/config/paths';`, 'api-imports-only-api-or-shared'],
    ['apps/dashboard', `import '@askwell/api';`, 'web-imports-no-api-package'],
    ['apps/dashboard', `import '../../api/src/common/app-error';`, 'web-imports-only-web-or-shared'],
    ['libs/domain/src', `import 'pg';`, 'shared-imports-only-zod'],
    ['libs/domain/src', `import 'wink-nlp';`, 'shared-nlp-only-in-nlp-ts'],
    ['libs/domain/src', `import '../../../../apps/api/src/common/app-error';`, 'shared-imports-no-app'],
    // Dashboard features: a file deep inside another feature, from a feature and from the app shell.
    [
      `${FEATURES}/review`,
      `import '../../entries/components/EntryDetails';`,
      'dashboard-feature-through-index',
    ],
    [
      'apps/dashboard/src/app',
      `import '../../features/entries/components/WriteEntry';`,
      'dashboard-app-through-feature-index',
    ],
    ['apps/dashboard/src/lib', `import '../../features/auth';`, 'dashboard-shared-imports-no-feature'],
    ['apps/dashboard/src/components', `import '../../app/router';`, 'dashboard-shared-imports-no-feature'],
    [`${FEATURES}/entries`, `import '../../../app/router';`, 'dashboard-feature-imports-no-app'],
  ])('rejects a forbidden import from %s: %s', (project, source, rule) => {
    const { ok, output } = cruise(project, source);
    expect(ok).toBe(false);
    expect(output).toContain(rule);
  });

  it('rejects an import cycle between two modules', () => {
    const dir = `apps/dashboard/src/lib/${PROBE}`;
    const { ok, output } = cruiseFiles({
      [`${dir}/a.ts`]: `import { b } from './b';\nexport const a = () => b;\n`,
      [`${dir}/b.ts`]: `import { a } from './a';\nexport const b = () => a;\n`,
    });
    expect(ok).toBe(false);
    expect(output).toContain('no-circular');
  });

  it('rejects two features that depend on each other, even through their index.ts files and without a module cycle', () => {
    const a = `${FEATURES}/${PROBE}-a`;
    const b = `${FEATURES}/${PROBE}-b`;
    const { ok, output } = cruiseFiles({
      [`${a}/index.ts`]: `export const a = 1;\n`,
      [`${a}/uses-b.ts`]: `import { b } from '../${PROBE}-b';\nexport const fromB = b;\n`,
      [`${b}/index.ts`]: `export const b = 2;\n`,
      [`${b}/uses-a.ts`]: `import { a } from '../${PROBE}-a';\nexport const fromA = a;\n`,
    });
    expect(ok).toBe(false);
    expect(output).toContain('dashboard-no-feature-cycle');
    expect(output).not.toContain('no-circular:');
  });

  it.each([
    ['apps/api', `import '@askwell/domain';`],
    ['apps/dashboard', `import '@askwell/domain';`],
    ['libs/domain/src', `import 'zod';`],
    [`${FEATURES}/review`, `import '../../entries';`],
    ['apps/dashboard/src/app', `import '../../features/entries';`],
    [`${FEATURES}/entries`, `import '../../../lib/labels';`],
  ])('allows %s to import: %s', (project, source) => {
    const { ok, output } = cruise(project, source);
    expect(output).not.toMatch(/error/i);
    expect(ok).toBe(true);
  });
});

/**
 * A feature's index.ts is a list of re-exports and nothing else. Code in a barrel (a function, a lazy()
 * call) made Rolldown keep every module the barrel re-exports in the chunks of whoever imports it: the
 * first download of every screen grew by ~2 KiB gzip when assignments/index.ts held one function.
 */
describe('dashboard feature index files', () => {
  const features = fs
    .readdirSync(path.join(ROOT, FEATURES), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('exist for every feature', () => {
    expect(features.length).toBeGreaterThan(5);
    for (const feature of features)
      expect(fs.existsSync(path.join(ROOT, FEATURES, feature, 'index.ts'))).toBe(true);
  });

  it.each(features)('%s/index.ts only re-exports', (feature) => {
    const file = path.join(ROOT, FEATURES, feature, 'index.ts');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const other = source.statements.filter((s) => !(ts.isExportDeclaration(s) && s.moduleSpecifier));
    expect(other.map((s) => s.getText(source))).toEqual([]);
  });
});
