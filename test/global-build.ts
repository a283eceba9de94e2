// Vitest globalSetup: builds dist/ once per test run, for the tests that start the built program as a real
// process (start-up, faults, the README example). Most tests run the sources in-process and need no build,
// so a failed build does not stop them: it is reported by requireBuild() in the tests that do.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why `npm run build` failed, or null when dist/ is this run's build. */
    buildError: string | null;
  }
}

const repo = resolve(import.meta.dirname, '..');

export default function setup(project: TestProject): void {
  const build = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, encoding: 'utf8' });
  project.provide('buildError', build.status === 0 ? null : `the build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Fails the calling test's setup when this run's build failed (dist/ would be an older program). */
export function requireBuild(): void {
  const error = inject('buildError');
  if (error) throw new Error(error);
}
