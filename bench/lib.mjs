// Shared helpers for `npm run bench`. Plain ESM so the runner needs no TypeScript loader.
//
// A bench module exports `async function run({ workDir, cli, log })` and returns rows:
//   { name, value, unit, peer, peerValue, ratio, target, met }
// where ratio = ours / peer (lower is better unless the target says otherwise), `target` is short text
// such as "≤ 1.5×" and `met` is a boolean. Use `row()` below to build one.
//   workDir: an empty folder for this module's files (under bench/.work/, gitignored)
//   cli:     see makeCli(): { root, node, bin, argv(...args), run(args, opts), time(args, opts) }
//   log:     progress messages (stderr)
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

/** Full path of `binary` on PATH, or null. */
export function which(binary) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

let aptUpdated = false;
const installFailures = new Map();

/**
 * Makes sure `binary` is on PATH, installing Debian package `pkg` with apt-get when it is missing (one
 * `apt-get update` per run), and saying so through `log`. Returns true when the binary is there; false
 * when it could not be installed, after logging why (`installFailure(binary)` returns that reason for the
 * row's note). A failed install is not retried within one run.
 */
export function ensureDebianPackage(binary, pkg, log = console.error) {
  if (which(binary)) return true;
  if (installFailures.has(binary)) return false;
  const fail = (reason) => {
    installFailures.set(binary, reason);
    log(`bench: ${reason}`);
    return false;
  };
  if (!which('apt-get')) return fail(`${binary} is missing and apt-get is not available to install ${pkg}`);
  log(`bench: ${binary} not found; installing Debian package ${pkg} (apt-get install -y ${pkg})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    const update = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
    if (update.status !== 0) return fail(`apt-get update failed: ${lastLine(update.stderr)}`);
    aptUpdated = true;
  }
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
    encoding: 'utf8',
  });
  if (install.status !== 0) return fail(`apt-get install ${pkg} failed: ${lastLine(install.stderr)}`);
  if (!which(binary)) return fail(`installed ${pkg} but ${binary} is still not on PATH`);
  log(`bench: installed ${pkg}.`);
  return true;
}

/** Why ensureDebianPackage(binary, …) returned false, or undefined. */
export function installFailure(binary) {
  return installFailures.get(binary);
}

function lastLine(text) {
  return (text ?? '').trim().split('\n').pop() ?? '';
}

/** The line of a failed command's stderr that says what went wrong (not Node's version footer). */
function errorLine(text) {
  const lines = (text ?? '').trim().split('\n');
  return lines.find((l) => /^error:|Error\b/.test(l)) ?? lines.pop() ?? '';
}

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const TIME_BINARY = '/usr/bin/time';
let timeAvailable;
function hasGnuTime() {
  if (timeAvailable === undefined) {
    try {
      accessSync(TIME_BINARY, constants.X_OK);
      timeAvailable = spawnSync(TIME_BINARY, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
    } catch {
      timeAvailable = false;
    }
  }
  return timeAvailable;
}

let rssSeq = 0;

/**
 * Runs `cmd args` once and resolves { ms, code, stdout, stderr, peakRssKb }. Wall time is measured around
 * the child with performance.now(); the peak RSS comes from GNU time (`/usr/bin/time -f %M`, Debian
 * package `time`) when `rss` is set and it is installed, else null. GNU time adds ~1 ms of its own, so
 * timing comparisons should use the same `rss` setting on both sides.
 */
export function runOnce(cmd, args = [], { cwd, env, input, rss = false } = {}) {
  const withRss = rss && hasGnuTime();
  const rssFile = withRss ? join(tmpdir(), `innolab-bench-rss-${process.pid}-${rssSeq++}`) : null;
  const file = withRss ? TIME_BINARY : cmd;
  const argv = withRss ? ['-o', rssFile, '-f', '%M', cmd, ...args] : args;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      let peakRssKb = null;
      if (rssFile) {
        try {
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          const value = Number(lines[lines.length - 1]);
          peakRssKb = Number.isFinite(value) ? value : null;
        } catch {
          peakRssKb = null;
        }
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), peakRssKb });
    });
    child.stdin.on('error', () => {});
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/**
 * Runs a command `runs` times (default 5) and returns { medianMs, minMs, runs, peakRssKb } (peak RSS =
 * the largest over runs, or null without GNU time). A non-zero exit rejects with its stderr, so a broken
 * command is never timed as a fast one.
 */
export async function timeCommand(cmd, args = [], { runs = 5, cwd, env, input, rss = true, okCodes = [0] } = {}) {
  const times = [];
  let peak = null;
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(cmd, args, { cwd, env, input, rss });
    if (!okCodes.includes(r.code)) {
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${errorLine(r.stderr) || lastLine(r.stdout)}`);
    }
    times.push(r.ms);
    if (r.peakRssKb !== null) peak = Math.max(peak ?? 0, r.peakRssKb);
  }
  return { medianMs: median(times), minMs: Math.min(...times), runs: times.length, peakRssKb: peak };
}

/**
 * Times several commands interleaved (A B C A B C …) so that machine noise hits each alike. `commands` is
 * { key: { cmd, args, cwd, env, input } }; resolves { key: { medianMs, minMs, runs, times } }.
 */
export async function timeInterleaved(commands, { runs = 20, warmup = 2, rss = false } = {}) {
  const keys = Object.keys(commands);
  const times = Object.fromEntries(keys.map((k) => [k, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const key of keys) {
      const c = commands[key];
      const r = await runOnce(c.cmd, c.args ?? [], { cwd: c.cwd, env: c.env, input: c.input, rss });
      if (r.code !== 0) throw new Error(`${c.cmd} ${(c.args ?? []).join(' ')} exited ${r.code}: ${errorLine(r.stderr)}`);
      if (i >= warmup) times[key].push(r.ms);
    }
  }
  return Object.fromEntries(
    keys.map((k) => [k, { medianMs: median(times[k]), minMs: Math.min(...times[k]), runs: times[k].length, times: times[k] }]),
  );
}

/**
 * Builds a result row. `max` is the largest acceptable ratio (ours / peer), e.g. 1.5; `target` defaults to
 * "≤ 1.5×". For "faster than" targets pass max: 1 and target: '< 1×'.
 */
export function row({ name, value, unit = 'ms', peer, peerValue, max, target, met, note }) {
  const ratio = Number.isFinite(value) && Number.isFinite(peerValue) && peerValue > 0 ? value / peerValue : NaN;
  return {
    name,
    value,
    unit,
    peer,
    peerValue,
    ratio,
    target: target ?? (max !== undefined ? `≤ ${max}×` : ''),
    met: met ?? (max !== undefined && Number.isFinite(ratio) && ratio <= max),
    ...(note ? { note } : {}),
  };
}

/** A row for a figure that could not be measured: never met, with the reason in `note`. */
export function failedRow(name, target, reason) {
  return { name, value: NaN, unit: '', peer: '', peerValue: NaN, ratio: NaN, target, met: false, note: reason };
}

function fmtNumber(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'ms') return value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (unit === 'kB') return value >= 10240 ? `${(value / 1024).toFixed(0)} MB` : `${Math.round(value)} kB`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ' ' + unit : ''}`;
}

export const COLUMNS = ['figure', 'ours', 'peer', "peer's figure", 'ratio', 'target', 'met'];

/** One row as table cells, in COLUMNS order. */
export function formatRow(r) {
  return [
    r.name,
    fmtNumber(r.value, r.unit),
    r.peer || '—',
    fmtNumber(r.peerValue, r.peerUnit ?? r.unit),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '—',
    r.target || '—',
    r.met ? 'met' : 'NOT MET',
  ];
}

/** Plain-text table with aligned columns (no dependencies, so it works before the build). */
export function formatTable(rows, columns = COLUMNS) {
  const cells = [columns, ...rows.map(formatRow)];
  const widths = columns.map((_, i) => Math.max(...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((v, i) => String(v).padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Generated workshop files (test/helpers/workshops.mjs: bulk SQL from the demo fixtures into copies of one
 * `innolab init` file, made here as `<workDir>/template.innolab`). Resolves `make(file, { seed, people })`.
 */
export async function workshopMaker(cli, workDir) {
  const { generateWorkshop } = await import(pathToFileURL(join(cli.root, 'test', 'helpers', 'workshops.mjs')).href);
  const Database = createRequire(pathToFileURL(join(cli.root, 'package.json')).href)('better-sqlite3');
  const template = join(workDir, 'template.innolab');
  rmSync(template, { force: true });
  await cli.run(['init', template, '--title', 'Template', '--start', '2022-11-07', '--end', '2022-11-09']);
  const fixtures = join(cli.root, 'fixtures');
  return (file, { seed, people }) => generateWorkshop({ Database, template, file, fixtures, seed, people });
}

/**
 * How bench modules call the built program: `cli.run(['participant', 'list', '--json', '-f', file])`
 * resolves runOnce()'s result and throws on a non-zero exit; `cli.argv(...)` gives [bin, ...args] for
 * timeCommand(cli.node, cli.argv(...)).
 */
export function makeCli(root) {
  const bin = join(root, 'bin', 'innolab.js');
  const node = process.execPath;
  const env = { ...process.env, NO_COLOR: '1', CI: '1' };
  return {
    root,
    node,
    bin,
    env,
    argv: (...args) => [bin, ...args],
    async run(args, opts = {}) {
      const r = await runOnce(node, [bin, ...args], { env, ...opts });
      if (r.code !== 0 && !(opts.okCodes ?? []).includes(r.code)) {
        throw new Error(`innolab ${args.join(' ')} exited ${r.code}: ${errorLine(r.stderr)}`);
      }
      return r;
    },
    time: (args, opts = {}) => timeCommand(node, [bin, ...args], { env, ...opts }),
  };
}
