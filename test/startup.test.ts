// Start-up (SPEC §6): the built program loads nothing heavy unless the command needs it, runs from V8's code
// cache, and survives a reader that goes away. The timing itself is measured by `npm run bench`
// (bench/startup.mjs), side by side with `node -e ''`; a timing assertion here would only be noise.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './global-build.js';

const repo = resolve(import.meta.dirname, '..');
const bin = join(repo, 'bin', 'innolab.js');
const HEAVY = ['pdfkit', '@inquirer/prompts', 'csv-parse', 'cli-progress', 'cli-table3', 'sharp'];
const env = { ...process.env, CI: '1', NO_COLOR: '1', INNOLAB_LANG: 'en' };

let dir: string;
let file: string;

beforeAll(() => {
  requireBuild(); // dist/ is built once per test run (test/global-build.ts)
  dir = mkdtempSync(join(tmpdir(), 'innolab-startup-'));
  file = join(dir, 'w.innolab');
  const init = spawnSync(process.execPath, [bin, 'init', file, '--title', 'Lab', '--start', '2022-11-07', '--end', '2022-11-09'], { env, encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  const csv = ['Nama,NIP,OPD', ...Array.from({ length: 300 }, (_, i) => `Peserta ${i + 1},,Bappeda`)].join('\n');
  writeFileSync(join(dir, 'p.csv'), csv + '\n');
  const imported = spawnSync(process.execPath, [bin, 'participant', 'import', join(dir, 'p.csv'), '-f', file], { env, encoding: 'utf8' });
  expect(imported.status, imported.stderr).toBe(0);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the built program with a preload that records every module file it required, and the Node built-ins
 * it loaded (process.moduleLoadList: "NativeModule crypto", …).
 */
function loadedModules(args: string[]): { status: number | null; stdout: string; modules: string[]; builtins: string[] } {
  const record = join(dir, `modules-${Math.random().toString(36).slice(2)}.json`);
  const preload = join(dir, 'record-modules.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ modules: Object.keys(require.cache), builtins: process.moduleLoadList })));\n`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, bin, ...args], { env, encoding: 'utf8' });
  const { modules, builtins } = createRequire(import.meta.url)(record) as { modules: string[]; builtins: string[] };
  return { status: run.status, stdout: run.stdout, modules: modules.filter((m) => m !== preload), builtins };
}

const heavyIn = (modules: string[]) => HEAVY.filter((name) => modules.some((m) => m.includes(`/node_modules/${name}/`)));

describe('start-up of the built program', () => {
  it('participant list --json loads none of pdfkit, inquirer, csv-parse, cli-progress, cli-table3', () => {
    const run = loadedModules(['participant', 'list', '--json', '-f', file]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(300);
    expect(heavyIn(run.modules)).toEqual([]);
    // The recorder itself works: the addon of better-sqlite3 is there.
    expect(run.modules.some((m) => m.endsWith('better_sqlite3.node'))).toBe(true);
  });

  it('participant list runs as one bundled file: no source module, and from node_modules only the SQLite addon', () => {
    // Bundling to CommonJS, better-sqlite3's JavaScript bundled and its addon required without `bindings`.
    const run = loadedModules(['participant', 'list', '--json', '-f', file]);
    expect(run.status).toBe(0);
    expect(run.modules.map((m) => m.replace(/.*\/node_modules\//, 'node_modules/'))).toEqual([bin, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
  });

  it('participant list loads neither crypto nor child_process (lazy built-ins), nor tty (chalk without detection)', () => {
    const run = loadedModules(['participant', 'list', '--json', '-f', file]);
    expect(run.status).toBe(0);
    const loaded = (name: string) => run.builtins.includes(`NativeModule ${name}`);
    expect(['crypto', 'child_process', 'tty'].filter(loaded)).toEqual([]);
    // The recorder sees built-ins the program does load.
    expect(loaded('fs')).toBe(true);
  });

  it('the message catalogues are in the bundle as JSON text, not object literals', () => {
    const bundle = readFileSync(join(repo, 'dist', 'main.cjs'), 'utf8');
    expect(bundle).toContain('"help.report.attendance":{"id":');
    expect(bundle).not.toMatch(/"help\.report\.attendance":\s*\{\s*id:/);
  });

  it('a report compiles pdfkit from the code cache written by the build', () => {
    const out = join(dir, 'cached.pdf');
    const script = `
      const { loadProgram } = require(${JSON.stringify(bin)});
      const { program, settings } = loadProgram();
      program.configure(settings);
      const sink = { write: () => true };
      const io = { stdout: sink, stderr: sink, stdin: process.stdin, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: 100, env: {}, cwd: ${JSON.stringify(dir)} };
      program.main(['report', 'attendance', '--day', '1', '--out', ${JSON.stringify(out)}, '-f', ${JSON.stringify(file)}], io)
        .then((code) => process.stdout.write(JSON.stringify({ code, ...program.pdfkitCacheUse() })));`;
    const run = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    const use = JSON.parse(run.stdout) as { code: number; fromCache: number; fromSource: number };
    expect(use.code, run.stderr).toBe(0);
    expect(use.fromCache).toBeGreaterThan(5);
    expect(use.fromSource).toBe(0);
  });

  it('a new workshop file has 16 KiB pages (a bulk import writes a quarter of the pages of 4 KiB ones)', () => {
    // The page size is bytes 16–17 of an SQLite file's header.
    expect(readFileSync(file).readUInt16BE(16)).toBe(16384);
  });

  it('the package ships a LICENSE and no source map', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'bin/innolab.js', 'dist/main.cjs']));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(repo, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) innolab contributors\n/);
  });

  it('--help and --version load nothing heavy and not even SQLite', () => {
    for (const args of [['--help'], ['--version']]) {
      const run = loadedModules(args);
      expect(run.status).toBe(0);
      expect(heavyIn(run.modules)).toEqual([]);
      expect(run.modules.some((m) => m.endsWith('better_sqlite3.node'))).toBe(false);
    }
  });

  it('--version, --help and participant list make no ICU object (an Intl.Collator made as the program loaded cost ~5 ms of every start)', () => {
    const preload = join(dir, 'record-intl.cjs');
    writeFileSync(
      preload,
      `const made = [];
for (const name of ['Collator', 'DateTimeFormat', 'NumberFormat', 'PluralRules']) {
  const Real = Intl[name];
  Intl[name] = new Proxy(Real, { construct: (t, a) => (made.push(name), Reflect.construct(t, a)), apply: (t, s, a) => (made.push(name), Reflect.apply(t, s, a)) });
}
process.on('exit', () => require('node:fs').writeSync(2, 'INTL ' + JSON.stringify(made) + '\\n'));
`,
    );
    for (const args of [['--version'], ['--help'], ['participant', 'list', '--json', '-f', file], ['participant', 'list', '-f', file]]) {
      const run = spawnSync(process.execPath, ['--require', preload, bin, ...args], { env, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(/INTL (.*)/.exec(run.stderr)?.[1], args.join(' ')).toBe('[]');
    }
    // The recorder sees one when a command needs it: a report sorts names with the collator.
    const report = spawnSync(process.execPath, ['--require', preload, bin, 'report', 'attendance', '--day', '1', '--out', join(dir, 'intl.pdf'), '-f', file], { env, encoding: 'utf8' });
    expect(report.status).toBe(0);
    expect(/INTL (.*)/.exec(report.stderr)?.[1]).toContain('Collator');
    // Dates are written from tables (src/domain/dates.ts): ICU's first date formatter cost ~5 ms of a report.
    expect(/INTL (.*)/.exec(report.stderr)?.[1]).not.toContain('DateTimeFormat');
  });

  it('a command that needs a heavy package still loads it (the recorder would notice)', () => {
    const run = loadedModules(['report', 'attendance', '--day', '1', '--out', join(dir, 'hadir.pdf'), '-f', file]);
    expect(run.status).toBe(0);
    expect(heavyIn(run.modules)).toContain('pdfkit');
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('on a terminal it still draws a coloured table (chalk’s own detection is left out of the bundle)', () => {
    const command = [process.execPath, bin, 'participant', 'list', '-f', file].map((a) => `'${a}'`).join(' ');
    const tty = spawnSync('script', ['-qc', command, '/dev/null'], { env: { ...env, NO_COLOR: undefined, TERM: 'xterm' }, encoding: 'utf8' });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\x1b[1m');
    expect(tty.stdout).toContain('┌');
  });

  it('runs from the code cache written by the build', () => {
    const check = spawnSync(process.execPath, ['-e', `const { loadProgram } = require(${JSON.stringify(bin)}); process.stdout.write(String(loadProgram().cached));`], { encoding: 'utf8' });
    expect(check.stdout).toBe('true');
  });

  it('leaves at once when done (src/main.ts run), yet a slow reader gets the whole output and the exit code stays', () => {
    // The reader starts 0.3 s late: the output is more than a pipe holds, so the program's writes must wait for it.
    const out = join(dir, 'slow-reader.json');
    const command = `set -o pipefail; '${process.execPath}' '${bin}' participant list --json -f '${file}' | (sleep 0.3; cat) > '${out}'`;
    const piped = spawnSync('bash', ['-c', command], { env, encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(65536);
    expect((JSON.parse(text) as { name: string }[]).map((p) => p.name).at(-1)).toBe('Peserta 300');
    const missing = spawnSync(process.execPath, [bin, 'participant', 'show', '999', '-f', file], { env, encoding: 'utf8' });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/^error: .*999.*\n$/);
  });

  it('a reader that stops early (innolab … | head) ends the output quietly, exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'participant', 'list', '--json', '-f', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
