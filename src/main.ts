import { Command, CommanderError, Option } from 'commander';
import { COMMAND_NAMES, registerCommands } from './commands/index.js';
import { Context, type ContextDeps } from './cli/context.js';
import { type ErrorKind, InnolabError, UsageError } from './errors.js';
import { addHelpTexts, helpConfiguration } from './cli/help.js';
import { hintFor } from './cli/hints.js';
import { type IO, systemIO } from './cli/io.js';
import { type Lang, isLang } from './i18n/index.js';
import { visible } from './domain/text.js';
import { sqliteError } from './store/sqlite-errors.js';
import { VERSION } from './version.js';

/** The language of help text is known before parsing: --lang, else INNOLAB_LANG, else Indonesian. */
function helpLang(argv: readonly string[], env: IO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return isLang(env.INNOLAB_LANG) ? env.INNOLAB_LANG : 'id';
}

/** commander's own parse errors, in Indonesian when that is the language of the run. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']+)'/, "error: opsi '$1' tidak dikenal"],
  [/^error: unknown command '([^']+)'/, "error: perintah '$1' tidak dikenal"],
  [/^error: missing required argument '([^']+)'/, "error: argumen '$1' wajib diberikan"],
  [/^error: option '([^']+)' argument missing/, "error: opsi '$1' memerlukan nilai"],
  [/^error: too many arguments for '([^']+)'\. Expected (\d+) arguments? but got (\d+)\./, "error: terlalu banyak argumen untuk '$1': seharusnya $2, diberikan $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'error: terlalu banyak argumen: seharusnya $1, diberikan $2.'],
  [/\(Did you mean ([^)]+)\?\)/, '(Maksud Anda $1?)'],
];

function translateCommanderError(message: string): string {
  return COMMANDER_ERRORS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** Global options that take a value (the next argument, unless written --opt=value). */
const GLOBAL_VALUE_OPTIONS = new Set(['-f', '--file', '--lang']);

/**
 * The top-level command the command line names, so that only it is built (start-up time, SPEC §6);
 * undefined (build them all) for no command, `help`, a mistyped command, or a command line it cannot be
 * sure about (a cluster of short options such as -yf, whose value would hide the command).
 */
function invokedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (GLOBAL_VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (/^-[^-]{2,}/.test(arg)) return undefined;
    if (arg.startsWith('-')) continue;
    return COMMAND_NAMES.includes(arg) ? arg : undefined;
  }
  return undefined;
}

/** The audit log keeps command words and flag names, never values (they may be names, NIPs, phones). */
function auditCommandLine(command: Command, argv: readonly string[]): string {
  const words: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) words.unshift(c.name());
  const flags = argv.filter((a) => a.startsWith('-') && a !== '-' && a !== '--').map((a) => a.split('=')[0]!);
  return [...words, ...new Set(flags)].join(' ');
}

export function buildProgram(ctx: Context, argv: readonly string[]): Command {
  const lang = helpLang(argv, ctx.env);
  ctx.setLang(lang);
  // The help's translator: the run's may change later (to the workshop's language), the help's does not.
  const t = ctx.t;
  const program = new Command('innolab');
  program
    .description(t('help.program'))
    .version(VERSION, '-V, --version', t('help.opt.version'))
    .helpOption('-h, --help', t('help.opt.help'))
    .helpCommand('help [command]', t('help.cmd.help'))
    .option('-f, --file <path>', t('help.opt.file'))
    .option('--json', t('help.opt.json'))
    .option('--no-color', t('help.opt.noColor'))
    .option('--no-input', t('help.opt.noInput'))
    .option('-y, --yes', t('help.opt.yes'))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')))
    .option('-q, --quiet', t('help.opt.quiet'))
    .configureHelp(helpConfiguration(t))
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: (s, write) => write(lang === 'id' ? translateCommanderError(s) : s),
    })
    .exitOverride()
    .showSuggestionAfterError(true);

  program.hook('preAction', (_program, actionCommand) => {
    const g = actionCommand.optsWithGlobals<{
      file?: string;
      json?: boolean;
      color: boolean;
      input: boolean;
      yes?: boolean;
      lang?: string;
      quiet?: boolean;
    }>();
    if (g.lang !== undefined && !isLang(g.lang)) throw new UsageError('error.invalidLang', { value: g.lang });
    ctx.setGlobals({
      file: g.file,
      json: Boolean(g.json),
      color: g.color,
      input: g.input,
      yes: Boolean(g.yes),
      lang: g.lang,
      quiet: Boolean(g.quiet),
    });
    ctx.command = auditCommandLine(actionCommand, argv);
  });

  registerCommands(program, ctx, t, invokedCommand(argv));
  addHelpTexts(program, t);
  return program;
}

/** Runs the program on `argv` and returns the exit code. Never exits the process itself. */
export async function main(argv: readonly string[], io: IO, deps: ContextDeps = {}): Promise<number> {
  const ctx = new Context(io, deps);
  try {
    const program = buildProgram(ctx, argv);
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return ExitCode.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return reportError(ctx, error);
  } finally {
    ctx.close();
  }
}

/** Exit codes are part of the contract with scripts (SPEC §2); this is the one place that knows them. */
export const ExitCode = { ok: 0, failure: 1, usage: 2, notFound: 3, conflict: 4 } as const;

const EXIT_CODE_OF: Record<ErrorKind, number> = {
  usage: ExitCode.usage,
  notFound: ExitCode.notFound,
  conflict: ExitCode.conflict,
  file: ExitCode.failure,
};

function reportError(ctx: Context, error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    // commander has already printed its one-line message; `innolab unit` without a verb prints help.
    return ExitCode.usage;
  }
  const mapped = error instanceof InnolabError ? error : sqliteError(error, safeFile(ctx));
  if (mapped instanceof InnolabError) {
    let line = `error: ${ctx.t(mapped.key, mapped.params)}`;
    const hint = hintFor(mapped);
    if (hint) line += `; ${ctx.t(hint.key, hint.params)}`;
    ctx.io.stderr.write(visible(line) + '\n');
    if (ctx.env.INNOLAB_DEBUG === '1' && mapped !== error && error instanceof Error) ctx.io.stderr.write(`${error.stack}\n`);
    return EXIT_CODE_OF[mapped.kind];
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.io.stderr.write(`error: ${ctx.t('error.unexpected', { message: visible(message.split('\n')[0] ?? '') })}; ${ctx.t('error.unexpectedHint')}\n`);
  if (ctx.env.INNOLAB_DEBUG === '1' && error instanceof Error) ctx.io.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}

function safeFile(ctx: Context): string {
  try {
    return ctx.resolveFile();
  } catch {
    return '?';
  }
}

/** Entry point for bin/innolab.js. */
export async function run(): Promise<void> {
  const code = await main(process.argv.slice(2), systemIO());
  process.exitCode = code;
  // Everything is done and closed: leaving now skips freeing the heap page by page, ~10 ms after a large
  // import (docs/PERFORMANCE.md). Not while output still waits to be written (a pipe on some systems).
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}
