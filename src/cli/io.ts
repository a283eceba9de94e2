import { Chalk, type ChalkInstance } from 'chalk';

export interface OutStream {
  write(chunk: string): unknown;
}

/** Everything that touches the terminal, injected so tests can use buffers (gh's IOStreams). */
export interface IO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width, for tables and progress bars. */
  columns: number;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function systemIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 100,
    env: process.env,
    cwd: process.cwd(),
  };
}

export interface ColorChoice {
  /** false when --no-color was given. */
  flag: boolean;
}

/**
 * chalk does not honour NO_COLOR by itself (chalk#547), so the level is decided here: colour only on a
 * terminal, never with NO_COLOR or --no-color. FORCE_COLOR turns it on for people who pipe into `less -R`.
 */
export function colorEnabled(io: IO, choice: ColorChoice): boolean {
  if (!choice.flag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
