import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Proves the module-boundary check can fail: plants a violating import in each project (in a probe folder
 * that lint and the compiler do not read), runs dependency-cruiser with the real config, and expects the
 * named rule to fire. An allowed import in the same place must pass, so a failure is not for another reason.
 */
const ROOT = path.resolve(__dirname, '..');

function cruise(project: string, source: string): { ok: boolean; output: string } {
  const dir = path.join(ROOT, project, `.boundary-probe-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'probe.ts');
  fs.writeFileSync(file, source);
  try {
    const res = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
        path.relative(ROOT, file),
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('module boundaries (dependency-cruiser)', () => {
  it.each([
    ['apps/api', `import '@askwell/dashboard';`, 'api-imports-no-web-package'],
    ['apps/api', `import '../../dashboard/src/config/paths';`, 'api-imports-only-api-or-shared'],
    ['apps/dashboard', `import '@askwell/api';`, 'web-imports-no-api-package'],
    ['apps/dashboard', `import '../../api/src/common/app-error';`, 'web-imports-only-web-or-shared'],
    ['libs/domain/src', `import 'pg';`, 'shared-imports-only-zod'],
    ['libs/domain/src', `import 'wink-nlp';`, 'shared-nlp-only-in-nlp-ts'],
    ['libs/domain/src', `import '../../../../apps/api/src/common/app-error';`, 'shared-imports-no-app'],
  ])('rejects a forbidden import from %s: %s', (project, source, rule) => {
    const { ok, output } = cruise(project, source);
    expect(ok).toBe(false);
    expect(output).toContain(rule);
  });

  it.each([
    ['apps/api', `import '@askwell/domain';`],
    ['apps/dashboard', `import '@askwell/domain';`],
    ['libs/domain/src', `import 'zod';`],
  ])('allows %s to import: %s', (project, source) => {
    const { ok, output } = cruise(project, source);
    expect(output).not.toMatch(/error/i);
    expect(ok).toBe(true);
  });
});
