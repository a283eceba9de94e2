// Every runnable command (a leaf of the commander tree) with its arguments and the flags that take a value:
// the fuzz tests walk them, so a new command or flag is covered the day it is added.
import type { Command } from 'commander';
import { Context } from '../../src/cli/context.js';
import { buildProgram } from '../../src/main.js';
import { pipedIO } from './piped-io.js';

export interface Leaf {
  path: string[];
  args: { name: string; required: boolean; variadic: boolean }[];
  /** Long names of the flags that take a value (--lang left out: it is global and checked on its own). */
  valued: string[];
}

/** The leaves, except those whose top-level command is in `skip`. */
export function commandLeaves(skip: ReadonlySet<string>): Leaf[] {
  const program = buildProgram(new Context(pipedIO()), ['--lang', 'en']);
  const found: Leaf[] = [];
  const walk = (parent: Command, path: string[]) => {
    for (const command of parent.commands) {
      const p = [...path, command.name()];
      if (command.commands.length === 0 && !skip.has(p[0]!)) {
        found.push({
          path: p,
          args: command.registeredArguments.map((a) => ({ name: a.name(), required: a.required, variadic: a.variadic })),
          valued: command.options.filter((o) => o.required || o.optional).map((o) => o.long).filter((l): l is string => Boolean(l) && l !== '--lang'),
        });
      }
      walk(command, p);
    }
  };
  walk(program, []);
  return found;
}
