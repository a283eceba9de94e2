// The conventions scripts rely on (SPEC §2), checked on every command the program registers. Commands are
// discovered from the commander tree, not listed here, so a new command is checked the day it is added.
// What this file does hold by hand: sample values per argument or flag NAME (a new argument name fails
// with "no sample value for ..." until one is added below) and the few exempt commands, each with its reason.
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../src/cli/context.js';
import { buildProgram, main } from '../src/main.js';
import { pipedIO, refusingPrompter } from './helpers/piped-io.js';
import { type RunResult, ok, runCli } from './helpers/run-cli.js';
import { COMMAND_SCHEMAS, withDefs } from './schemas/records.js';
import { Ajv } from 'ajv';

/** Commands not run by the checks below (their help text is still checked). */
const EXEMPT_FROM_RUNS: Record<string, string> = {
  // Builds a whole sample workshop and writes every report: it is the fixture of this file, run once below.
  demo: 'writes a whole folder; it is run once as the fixture',
  // Needs a PostgreSQL server: test/commands/push.test.ts starts a real one and checks push's --json output.
  push: 'needs a PostgreSQL server; push.test.ts runs it against a real one',
};

interface CommandInfo {
  path: string[];
  command: Command;
  args: { name: string; required: boolean; variadic: boolean }[];
  flags: Set<string>;
  /** Flags that take no value (--force, --dry-run …). */
  switches: Set<string>;
}

function commandTree(lang: 'id' | 'en'): CommandInfo[] {
  const program = buildProgram(new Context(pipedIO()), ['--lang', lang]);
  const found: CommandInfo[] = [];
  const walk = (parent: Command, path: string[]) => {
    for (const command of parent.commands) {
      const p = [...path, command.name()];
      found.push({
        path: p,
        command,
        args: command.registeredArguments.map((a) => ({ name: a.name(), required: a.required, variadic: a.variadic })),
        flags: new Set(command.options.map((o) => o.long).filter((l): l is string => Boolean(l))),
        switches: new Set(command.options.filter((o) => !o.required && !o.optional).map((o) => o.long).filter((l): l is string => Boolean(l))),
      });
      walk(command, p);
    }
  };
  walk(program, []);
  return found;
}

const ALL = commandTree('en');
const ajv = new Ajv({ allErrors: true, strict: false });
const LEAVES = ALL.filter((c) => c.command.commands.length === 0);
const RUNNABLE = LEAVES.filter((c) => !(c.path.join(' ') in EXEMPT_FROM_RUNS));

let fixture = '';
let demoJson = '';
let workDir = '';

/** A fresh copy of the sample workshop for one command, in its own folder. */
function copyOfSample(): { dir: string; file: string } {
  const dir = join(workDir, `run-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  const file = join(dir, 'tanjungbalai-2022.innolab');
  copyFileSync(fixture, file);
  return { dir, file };
}

/** Sample values for arguments, by "<command path>:<name>" first, then by name alone. */
function argumentSample(info: CommandInfo, name: string, dir: string, file: string): string[] {
  const key = `${info.path.join(' ')}:${name}`;
  const noun = info.path[0]!;
  const byKey: Record<string, () => string[]> = {
    'unit add:name': () => ['Dinas Pariwisata Uji Coba'],
    'criteria set:name': () => ['dampak'],
    'idea status:status': () => ['dropped'],
    'criteria remove:name': () => ['kebaruan'],
    'unit merge:from': () => ['2'],
    'unit merge:into': () => ['1'],
    // A unit nothing points at (every unit of the sample has people): removable.
    'unit remove:unit': () => {
      const db = new Database(file);
      db.prepare("INSERT INTO unit (no, uuid, name, kind, created_at, updated_at) VALUES (900, '00000000-0000-4000-8000-000000000900', 'Unit Kosong', 'lainnya', '2022-11-07T00:00:00.000Z', '2022-11-07T00:00:00.000Z')").run();
      db.close();
      return ['900'];
    },
    'rollup:paths': () => [file],
    'report rollup:paths': () => [file],
    // A 1×1 PNG.
    'photo add:file': () => {
      const png = join(dir, 'foto.png');
      writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64'));
      return [png];
    },
  };
  const byName: Record<string, () => string[]> = {
    file: () => [join(dir, 'baru.innolab')],
    field: () => ['venue'],
    value: () => ['Aula Uji Coba'],
    who: () => ['1'],
    no: () => ['1'],
    scores: () => ['dampak=4'],
    other: () => [file.replace(/\.innolab$/, '-copy.innolab')],
    dest: () => [join(dir, 'cadangan.innolab')],
    dir: () => [join(dir, 'templat')],
    position: () => ['1'],
    unit: () => ['1'],
    // An import reads back what `export` wrote for the same noun (participants, units, commitments).
    csv: () => [join(dir, `${noun}s.csv`)],
  };
  const make = byKey[key] ?? byName[name];
  if (!make) throw new Error(`no sample value for argument <${name}> of "${info.path.join(' ')}": add one to batch-conventions.test.ts`);
  return make();
}

const FLAG_SAMPLES: Record<string, string> = {
  '--title': 'Judul uji coba',
  '--start': '2022-11-07',
  '--name': 'Budi Santoso, S.E.',
  '--unit': '1',
  '--action': 'Aksi uji coba',
  '--due': '2022-12-31',
  '--weight': '0.2',
  '--progress': '50',
  '--status': 'present',
  '--note': 'catatan uji',
  '--day': '1',
  '--out': 'keluaran',
};

/** Runs the program in-process with stdin a pipe that never ends: a command that waits for input hangs. */
async function runNoTerminal(argv: string[], cwd: string, timeoutMs = 10_000): Promise<RunResult | 'timeout'> {
  let stdout = '';
  let stderr = '';
  const io = pipedIO({ cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  const prompter = refusingPrompter();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), timeoutMs)));
  const run = main(argv, io, { prompter, now: () => new Date('2022-11-08T02:00:00.000Z') }).then((code) => ({
    code,
    stdout,
    stderr,
    json: <T,>() => JSON.parse(stdout) as T,
  }));
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A working invocation of the command on a copy of the sample workshop: its arguments from the samples,
 * then every flag it asks for (exit 2, or 4 for a switch such as --force or --yes) from FLAG_SAMPLES.
 */
async function working(info: CommandInfo, extra: string[] = []): Promise<{ argv: string[]; result: RunResult; dir: string }> {
  const { dir, file } = copyOfSample();
  copyFileSync(file, file.replace(/\.innolab$/, '-copy.innolab'));
  for (const noun of ['participant', 'unit', 'commitment']) {
    ok(await runCli(['-f', file, 'export', '--table', `${noun}s`, '--out', join(dir, `${noun}s.csv`)]));
  }
  const positional = info.args.filter((a) => a.required || a.variadic).flatMap((a) => argumentSample(info, a.name, dir, file));
  const argv = [...info.path, ...positional, '-f', file, '--json', ...extra];
  for (let attempt = 0; attempt < 6; attempt++) {
    const result = await runNoTerminal(argv, dir);
    if (result === 'timeout') throw new Error(`${argv.join(' ')}: still running after 10 s`);
    if (result.code !== 2 && result.code !== 4) return { argv, result, dir };
    const named = [...result.stderr.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]).filter((f) => !argv.includes(f));
    const flag = named.find((f) => info.flags.has(f) || f === '--yes');
    if (!flag) return { argv, result, dir };
    if (info.switches.has(flag) || flag === '--yes') argv.push(flag);
    else if (FLAG_SAMPLES[flag] !== undefined && result.code === 2) argv.push(flag, FLAG_SAMPLES[flag]);
    else return { argv, result, dir };
  }
  throw new Error(`${argv.join(' ')}: keeps asking for flags`);
}

// One folder for the whole file (the helpers' tempDir() is emptied after each test).
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'innolab-conventions-'));
  const r = await runCli(['demo', '--out', join(workDir, 'sample'), '--no-input', '--json'], { cwd: workDir, now: '2022-11-09T08:00:00.000Z' });
  expect(r.code, r.stderr).toBe(0);
  demoJson = r.stdout;
  fixture = join(workDir, 'sample', 'tanjungbalai-2022.innolab');
  expect(existsSync(fixture)).toBe(true);
}, 120_000);

describe('every command', () => {
  it('is found (the tree walk works)', () => {
    expect(LEAVES.length).toBeGreaterThan(30);
    expect(LEAVES.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['participant list', 'export', 'merge', 'commitment import']));
  });

  const idTree = new Map(commandTree('id').map((c) => [c.path.join(' '), c]));
  it.each(ALL.map((c) => [c.path.join(' '), c] as const))('%s has help in Indonesian and English', async (path, en) => {
    const id = idTree.get(path)!;
    expect(en.command.description().trim(), `${path}: English description`).not.toBe('');
    expect(id.command.description().trim(), `${path}: Indonesian description`).not.toBe('');
    expect(id.command.description(), `${path}: the same text in both languages`).not.toBe(en.command.description());
    for (const option of en.command.options) expect(option.description.trim(), `${path} ${option.long}`).not.toBe('');
    for (const argument of en.command.registeredArguments) expect(argument.description.trim(), `${path} <${argument.name()}>`).not.toBe('');
    const helpId = await runCli([...en.path, '--help', '--lang', 'id']);
    const helpEn = await runCli([...en.path, '--help', '--lang', 'en']);
    expect(helpId.code).toBe(0);
    expect(helpEn.code).toBe(0);
    expect(helpId.stdout).not.toBe(helpEn.stdout);
  });
});

describe.each(RUNNABLE.map((c) => [c.path.join(' '), c] as const))('%s', (path, info) => {
  it('prints parseable JSON with --json, and nothing else on stdout', async () => {
    const { argv, result } = await working(info);
    expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0);
    expect(result.stdout.trim(), `${argv.join(' ')} printed nothing with --json`).not.toBe('');
    expect(() => JSON.parse(result.stdout) as unknown, `${argv.join(' ')}: stdout is not JSON`).not.toThrow();
    // SPEC §2: field names are snake_case English (a map keyed by workshop day, e.g. "2022-11-07", is data).
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        for (const [k, inner] of Object.entries(v)) {
          keys.add(k);
          walk(inner);
        }
      }
    };
    walk(JSON.parse(result.stdout));
    const wrong = [...keys].filter((k) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(k) && !/^\d{4}-\d{2}-\d{2}$/.test(k));
    expect(wrong, `${path}: field names that are not snake_case`).toEqual([]);
    // README "JSON output": the shape of the record kind this command prints.
    const schema = COMMAND_SCHEMAS[path];
    expect(schema, `${path}: no JSON schema named in test/schemas/records.ts COMMAND_SCHEMAS`).toBeDefined();
    const validate = ajv.compile(withDefs(schema!));
    const valid = validate(JSON.parse(result.stdout));
    expect(valid ? [] : validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`), `${path}: --json output against the '${schema}' schema`).toEqual([]);
  });

  it('never waits for input when stdin is not a terminal: it runs, or exits 2 naming what is missing', async () => {
    const { dir, file } = copyOfSample();
    const r = await runNoTerminal([...info.path, '-f', file], dir);
    expect(r, `${path} waited for input`).not.toBe('timeout');
    if (r === 'timeout') return;
    expect([0, 2], `${path}: exit ${r.code}: ${r.stderr}`).toContain(r.code);
    if (r.code === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      const names = [...info.flags, ...info.args.map((a) => a.name), '--yes'];
      expect(names.some((n) => r.stderr.includes(n)), `${path}: the error names no flag or argument: ${r.stderr}`).toBe(true);
    }
  });

  const refs = info.args.filter((a) => a.name === 'who' || a.name === 'no');
  const unitFlag = info.flags.has('--unit');
  if (refs.length > 0 || unitFlag) {
    it('exits 3 for a participant, idea, commitment or unit that does not exist', async () => {
      const { argv: good } = await working(info);
      if (refs.length > 0) {
        const argv = good.map((a, i) => (i === info.path.length ? '999' : a));
        const r = await runNoTerminal(argv, workDir);
        expect(r !== 'timeout' && r.code, `${argv.join(' ')}: ${r !== 'timeout' ? r.stderr : ''}`).toBe(3);
      }
      if (unitFlag) {
        const i = good.indexOf('--unit');
        const argv = i === -1 ? [...good, '--unit', 'Dinas Yang Tidak Ada'] : good.map((a, j) => (j === i + 1 ? 'Dinas Yang Tidak Ada' : a));
        const r = await runNoTerminal(argv, workDir);
        expect(r !== 'timeout' && r.code, `${argv.join(' ')}: ${r !== 'timeout' ? r.stderr : ''}`).toBe(3);
      }
    });
  }
});

describe.each(ALL.filter((c) => c.command.commands.length > 0).map((c) => [c.path.join(' '), c] as const))('%s', (path) => {
  it('exits 2 with one line naming an unknown verb', async () => {
    const r = await runNoTerminal([...path.split(' '), 'frobnicate'], workDir);
    expect(r !== 'timeout' && r.code).toBe(2);
    if (r !== 'timeout') expect(r.stderr).toContain('frobnicate');
  });
});

it('demo (run once as the fixture) prints its demo_result with --json', () => {
  const validate = ajv.compile(withDefs(COMMAND_SCHEMAS.demo!));
  expect(validate(JSON.parse(demoJson)), JSON.stringify(validate.errors)).toBe(true);
});

it('every command has a JSON schema, and every schema names a command that exists', () => {
  const paths = LEAVES.map((c) => c.path.join(' ')).sort();
  expect(Object.keys(COMMAND_SCHEMAS).sort()).toEqual(paths);
});

it('the exempt list names only commands that exist', () => {
  const paths = new Set(LEAVES.map((c) => c.path.join(' ')));
  for (const path of Object.keys(EXEMPT_FROM_RUNS)) expect(paths.has(path), path).toBe(true);
});
