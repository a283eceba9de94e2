// The bundle's entry point (scripts/build.mjs builds dist/main.cjs from this file): what bin/innolab.js and
// the build call on the program. The settings are the typed handshake that tells the program where the
// start-up machinery left its caches (see docs/PERFORMANCE.md).
import { run as runMain } from '../main.js';
import { moduleCacheUse, saveModuleCache } from './module-cache.js';
import { type RuntimeSettings, configureRuntime } from './settings.js';

export { main } from '../main.js';
export type { RuntimeSettings } from './settings.js';

/** Runs the command line of this process (bin/innolab.js). */
export async function run(settings: RuntimeSettings = {}): Promise<void> {
  configureRuntime(settings);
  await runMain();
}

/** For the build, which runs typical commands through main() to warm the caches before it saves them. */
export function configure(settings: RuntimeSettings): void {
  configureRuntime(settings);
}

/** For the build: writes pdfkit's code cache recorded while a report ran (settings.pdfkitCache.record). */
export function savePdfkitCache(): void {
  saveModuleCache();
}

/** For test/startup.test.ts: how many of pdfkit's files this process compiled from the code cache. */
export function pdfkitCacheUse(): { fromCache: number; fromSource: number } {
  return moduleCacheUse();
}
