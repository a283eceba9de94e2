// `npm run bench`: runs every bench/*.mjs module (except lib.mjs and run.mjs) against its peers and prints
// one table. It is a measurement, not a gate: it exits 0 even when a target is missed, and says so.
//
//   node bench/run.mjs [name ...]     e.g. `node bench/run.mjs startup` runs only bench/startup.mjs
//   BENCH_NO_BUILD=1                  measure dist/ as it is (default: build first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { failedRow, formatTable, makeCli } from './lib.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const log = (message) => process.stderr.write(`${message}\n`);

// Always measure the program as the sources are now (a stale dist/ would be measured otherwise);
// BENCH_NO_BUILD=1 skips the build when dist/ exists.
if (!existsSync(join(root, 'dist', 'main.cjs')) || process.env.BENCH_NO_BUILD !== '1') {
  log('bench: building the program (npm run build)…');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    log('bench: the build failed; nothing measured.');
    process.exit(1);
  }
}

const only = process.argv.slice(2);
const modules = readdirSync(benchDir)
  .filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs' && f !== 'run.mjs')
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')))
  .sort();

const workRoot = join(benchDir, '.work');
const cli = makeCli(root);
const rows = [];
const started = Date.now();

for (const file of modules) {
  const name = file.replace(/\.mjs$/, '');
  const workDir = join(workRoot, name);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  log(`bench: ${name}…`);
  const t0 = Date.now();
  try {
    const mod = await import(pathToFileURL(join(benchDir, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    const result = await mod.run({ workDir, cli, log: (m) => log(`  ${name}: ${m}`) });
    if (!Array.isArray(result) || result.length === 0) throw new Error(`${file} returned no rows`);
    rows.push(...result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`bench: ${name} failed: ${message}`);
    if (process.env.BENCH_DEBUG === '1' && error instanceof Error) log(error.stack ?? '');
    rows.push(failedRow(`${name} (failed)`, '—', message.split('\n')[0]));
  }
  log(`bench: ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const met = rows.filter((r) => r.met).length;
process.stdout.write(`\n${formatTable(rows)}\n`);
const notes = rows.filter((r) => r.note);
if (notes.length > 0) process.stdout.write(`\nnotes:\n${notes.map((r) => `  ${r.name}: ${r.note}`).join('\n')}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
process.stdout.write(
  `\n${met === rows.length ? 'ALL TARGETS MET' : 'TARGETS MISSED'}: ${met} of ${rows.length} met (${modules.length} modules, ${seconds} s, node ${process.version}).\n`,
);
