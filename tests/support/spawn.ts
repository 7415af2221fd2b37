/**
 * The project's commands as the build tests run them on a copy of the
 * project: `npm run check` on another root, and `astro build` in a copy
 * whose node_modules links to this one's (with Astro's and Vite's caches kept in the copy).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from '../../tools/child-process.ts';
import { ROOT } from './helpers.ts';

/** `npm run check -- --no-types --no-format --no-lint --no-links --root <root>`, as a process. */
export function runCheck(root: string): SpawnSyncReturns<string> {
  return runCheckWith(root, ['--no-types', '--no-format', '--no-lint', '--no-links']);
}

/** `npm run check -- <flags> --root <root>`, as a process, with CI set or not as `ci` says. */
export function runCheckWith(root: string, flags: string[], ci?: string): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.CI;
  if (ci !== undefined) env.CI = ci;
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tools/check/check.ts'), ...flags, '--root', root],
    {
      encoding: 'utf8',
      env,
    },
  );
}

/**
 * Links this project's node_modules into a copy, and keeps Astro's and Vite's caches in the copy, not in the shared
 * node_modules (Astro's holds the content data store, which a copy's content must not overwrite while the project's
 * own build or another copy reads it).
 */
export function prepareCopy(dir: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.project.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import config from './astro.project.mjs';\n" +
      "export default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache' } };\n",
  );
}

/** `astro build` in a prepared copy; asynchronous, so that several builds can run side by side. */
export async function astroBuild(dir: string, timeout: number): Promise<{ status: number | null; output: string }> {
  const run = await finished(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    timeout,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
