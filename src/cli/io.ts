import { Chalk, type ChalkInstance } from 'chalk';
import { existsSync, fstatSync, realpathSync, writeSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { packageRoot } from '../paths.js';

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

/**
 * The real terminal. Start-up time matters (SPEC §6: a command within 1.5× of `node -e ''`), and creating
 * Node's stdio streams loads the stream, net and tty modules (~5 ms), so: stdin, stderr and their TTY flags
 * are only created when first used, and stdout, when it is a pipe or a file, is written with plain
 * synchronous writes to fd 1 (see fdWriter). A terminal gets process.stdout as before.
 */
export function systemIO(): IO {
  const stdoutIsTTY = isTerminal(1, () => process.stdout);
  return {
    stdout: stdoutIsTTY ? process.stdout : fdWriter(1, () => process.stdout),
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stdoutIsTTY,
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    get columns() {
      return (stdoutIsTTY && process.stdout.columns) || 100;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Only a character device can be a terminal; for those (a terminal, /dev/null) Node's stream decides. */
function isTerminal(fd: number, stream: () => { isTTY?: boolean }): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return Boolean(stream().isTTY);
}

/**
 * Writes to a pipe or file descriptor synchronously. If the descriptor is non-blocking and full (EAGAIN),
 * the rest goes through Node's stream, in order. A reader that went away (EPIPE: `innolab … | head`) ends
 * the output quietly instead of crashing the program.
 */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream): OutStream {
  let fallback: NodeJS.WritableStream | undefined;
  let closed = false;
  const useStream = (): NodeJS.WritableStream => {
    if (!fallback) {
      fallback = stream();
      fallback.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed = true;
      });
    }
    return fallback;
  };
  return {
    write(chunk: string): boolean {
      if (closed) return true;
      if (fallback) return fallback.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') return useStream().write(bytes.subarray(offset));
          if (code === 'EPIPE') {
            closed = true;
            return true;
          }
          throw error;
        }
      }
      return true;
    },
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

/**
 * How the person starts this program, so that a hint prints a command they can type as it stands:
 * `innolab` when the `innolab` on their PATH is this very program (a global install, or `npm link` of a
 * checkout), else `npx innolab` (installed in a project's node_modules, a source checkout). A node_modules/.bin
 * folder on the PATH is left out: npm puts it there only for the run of `npx` or a package script.
 * Looks at the file system, so it is asked only when a message shows a command (see cli/context.ts).
 */
export function programCommand(env: IO['env'], root: string = packageRoot()): string {
  const real = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
  const bin = real(join(root, 'bin', 'innolab.js'));
  const installed = real(root);
  const folders = (env.PATH ?? env.Path ?? '').split(delimiter).filter((dir) => dir !== '' && !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir));
  for (const dir of folders) {
    // npm links <prefix>/bin/innolab to the package's bin file (Unix) …
    if (bin !== undefined && real(join(dir, 'innolab')) === bin) return 'innolab';
    // … or writes a shim beside <prefix>/node_modules (Windows), or another tool a script in <prefix>/bin.
    const globalFolder = process.platform === 'win32' ? join(dir, 'node_modules', 'innolab') : join(dir, '..', 'lib', 'node_modules', 'innolab');
    if (installed !== undefined && real(globalFolder) === installed && ['innolab', 'innolab.cmd'].some((name) => existsSync(join(dir, name)))) return 'innolab';
  }
  return 'npx innolab';
}
