// Bundles the program into dist/ so that start-up reads a few files instead of hundreds.
// Heavy dependencies stay external and are loaded with import() only by the commands that need them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['better-sqlite3', 'pdfkit', '@inquirer/prompts', 'csv-parse', 'cli-progress'],
  // Bundled CommonJS dependencies (cli-table3) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __innolabRequire } from 'node:module'; const require = __innolabRequire(import.meta.url);" },
});
