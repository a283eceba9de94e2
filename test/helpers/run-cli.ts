import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect } from 'vitest';
import type { IO } from '../../src/cli/io.js';
import { type Prompter, type ScriptedAnswer, scriptedPrompter } from '../../src/cli/prompter.js';
import { main } from '../../src/main.js';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The clock the program sees. */
  now?: Date | string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Scripted answers; the run fails on a prompt that is not scripted. */
  answers?: ScriptedAnswer[];
  prompter?: Prompter;
  stdin?: string;
  columns?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

class Buffer {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs the real program in-process with buffers for streams, a fixed clock and a scripted prompter. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Buffer();
  const stderr = new Buffer();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const io: IO = {
    stdout,
    stderr,
    stdin,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns ?? 120,
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const now = options.now === undefined ? undefined : new Date(options.now);
  const prompter = options.prompter ?? scriptedPrompter(options.answers ?? []);
  const code = await main(argv, io, { now: now ? () => now : undefined, prompter });
  return {
    code,
    stdout: stdout.text,
    stderr: stderr.text,
    json<T>() {
      try {
        return JSON.parse(stdout.text) as T;
      } catch {
        throw new Error(`stdout is not JSON (exit ${code}):\n${stdout.text}\nstderr:\n${stderr.text}`);
      }
    },
  };
}

/** The result, after checking that the run succeeded (its stderr is the failure message). */
export function ok(r: RunResult): RunResult {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Builds the demo workshop into `dir`/sample with the clock at `now`, and returns the workshop file. */
export async function demoWorkshop(dir: string, now = '2022-11-09T08:00:00.000Z'): Promise<string> {
  const r = await runCli(['demo', '--out', join(dir, 'sample'), '--no-input'], { cwd: dir, now });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'sample', 'tanjungbalai-2022.innolab');
}

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-test-'));
  dirs.push(dir);
  return dir;
}

/** A three-day workshop (7–9 November 2022) in a fresh folder; returns the folder and the file. */
export async function newWorkshop(extra: string[] = []): Promise<{ dir: string; file: string; run: (argv: string[], options?: RunOptions) => Promise<RunResult> }> {
  const dir = tempDir();
  const file = join(dir, 'w.innolab');
  const result = await runCli(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09', '--no-input', ...extra]);
  if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
  return { dir, file, run: (argv, options = {}) => runCli(['-f', file, ...argv], { cwd: dir, ...options }) };
}

/** An English workshop with three units (Disdukcapil, Dinkes, DPMPTSP by short name), for the idea tests. */
export async function workshopWithUnits(): Promise<Awaited<ReturnType<typeof newWorkshop>>> {
  const w = await newWorkshop(['--lang', 'en']);
  for (const [name, short] of [
    ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
    ['Dinas Kesehatan', 'Dinkes'],
    ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ] as const) {
    const r = await w.run(['unit', 'add', name, '--short', short]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  return w;
}
