// Streams for running the program in-process the way a script does: nothing is a terminal, 100 columns, an
// empty environment. Used where a test needs more control than runCli gives (a stdin left open, output
// written as it comes, or only building the command tree).
import { PassThrough } from 'node:stream';
import type { IO } from '../../src/cli/io.js';
import type { Prompter } from '../../src/cli/prompter.js';

/** Output goes to the writers given (discarded when none); stdin is a pipe left open (end it to give EOF). */
export function pipedIO(options: { cwd?: string; stdout?: (s: string) => void; stderr?: (s: string) => void } = {}): IO {
  const writer = (write?: (s: string) => void) => ({ write: (s: string) => (write?.(s), true) });
  return {
    stdout: writer(options.stdout),
    stderr: writer(options.stderr),
    stdin: new PassThrough(),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    env: {},
    cwd: options.cwd ?? '/',
  };
}

/** A prompter that fails the run at its first question: with stdin not a terminal, no command may ask. */
export function refusingPrompter(): Prompter {
  const refuse = () => Promise.reject(new Error('prompted although stdin is not a terminal'));
  return { input: refuse, confirm: refuse, select: refuse, editor: refuse } as unknown as Prompter;
}
