// Issue #17, finding 9: a workshop a hundred times larger. A 100,000-participant workshop with 3 days of
// attendance against a 10,000-participant one, in the same run: every command's time at 100k within 11× of
// its time at 10k, and the peak RSS of `report attendance`, `export`, `merge` and `participant list --json`
// at 100k within 2× of the same command at 10k.
//
// Both files are generated with bulk SQL from the demo fixtures (test/helpers/workshops.mjs, as
// bench/rollup.mjs does; the import path has its own benchmark): 3 days, ~90% attendance a day. The merge
// copies a file, adds one person to the copy with `participant add`, and merges the copy into a fresh copy
// of the original, so every row of both is compared and one is new. Each command runs RUNS times per size
// (median time, largest peak RSS from GNU time). BENCH_SCALE_LARGE=20000 makes a quick trial run.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, row, workshopMaker } from './lib.mjs';

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_SCALE_LARGE ?? 100_000);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 1);
const TIME_MAX = 11;
const RSS_MAX = 2;

/** [label, args after `-f file`, whether its peak memory has a target]. `{dir}` is a per-run output path. */
const COMMANDS = [
  ['participant list --json', ['participant', 'list', '--json'], true],
  ['attendance summary', ['attendance', 'summary'], false],
  ['status', ['status'], false],
  ['export --table all', ['export', '--table', 'all', '--out', '{dir}'], true],
  ['report attendance', ['report', 'attendance', '--out', '{dir}.pdf'], true],
  ['check', ['check'], false],
];

async function makeWorkshop(cli, make, workDir, people, log) {
  const file = join(workDir, `w${people}.innolab`);
  const t0 = Date.now();
  make(file, { seed: 3, people });
  // The other laptop's copy: the same workshop and one more person.
  const other = join(workDir, `w${people}-other.innolab`);
  copyFileSync(file, other);
  await cli.run(['participant', 'add', '-f', other, '--name', 'Orang Baru dari Laptop Dua']);
  log(`generated ${people.toLocaleString('en')} participants in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { file, other };
}

async function measure(cli, workDir, w, people) {
  const out = {};
  let seq = 0;
  for (const [label, args] of COMMANDS) {
    const dir = join(workDir, `out-${people}-${seq++}`);
    const argv = args.map((a) => a.replace('{dir}', dir));
    out[label] = await cli.time([...argv, '-f', w.file], { runs: RUNS });
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.pdf`, { force: true });
  }
  // merge: into a fresh copy of the original each run (copying is not timed).
  const times = [];
  let peak = null;
  for (let i = 0; i < RUNS; i++) {
    const target = join(workDir, `merge-${people}.innolab`);
    copyFileSync(w.file, target);
    const r = await cli.time(['merge', w.other, '-f', target, '--yes'], { runs: 1 });
    times.push(r.medianMs);
    if (r.peakRssKb !== null) peak = Math.max(peak ?? 0, r.peakRssKb);
    for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  }
  out['merge of two copies'] = { medianMs: median(times), peakRssKb: peak };
  return out;
}

export async function run({ workDir, cli, log }) {
  const make = await workshopMaker(cli, workDir);
  const small = await makeWorkshop(cli, make, workDir, SMALL, log);
  const large = await makeWorkshop(cli, make, workDir, LARGE, log);
  log(`measuring ${SMALL.toLocaleString('en')}…`);
  const a = await measure(cli, workDir, small, SMALL);
  log(`measuring ${LARGE.toLocaleString('en')}…`);
  const b = await measure(cli, workDir, large, LARGE);
  const rssTargets = new Set([...COMMANDS.filter((c) => c[2]).map((c) => c[0]), 'merge of two copies']);
  const rows = [];
  const k = (n) => `${n / 1000}k`;
  for (const label of Object.keys(a)) {
    rows.push(row({ name: `scale: ${label}, ${k(LARGE)}`, value: b[label].medianMs, peer: `same, ${k(SMALL)}`, peerValue: a[label].medianMs, max: TIME_MAX }));
  }
  for (const label of Object.keys(a)) {
    if (!rssTargets.has(label)) continue;
    const big = b[label].peakRssKb;
    const little = a[label].peakRssKb;
    if (big === null || little === null) {
      rows.push({ ...row({ name: `scale: peak RSS ${label}, ${k(LARGE)}`, value: NaN, unit: 'kB', peer: `same, ${k(SMALL)}`, peerValue: NaN, max: RSS_MAX }), note: 'GNU time (/usr/bin/time, Debian package time) is missing' });
      continue;
    }
    rows.push(row({ name: `scale: peak RSS ${label}, ${k(LARGE)}`, value: big, unit: 'kB', peer: `same, ${k(SMALL)}`, peerValue: little, max: RSS_MAX }));
  }
  return rows;
}
