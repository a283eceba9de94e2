// What every `report` verb shares: --out and --paper, the report options (language, reproducible date),
// and how a written file is announced (a message on stderr, or {file, pages, …} with --json).
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Lang, Translate } from '../../i18n/index.js';
import { PAPERS, type Paper, type ReportOptions, reportDate } from '../../reports/layout/index.js';

/** What a report writer receives (`report all` calls each writer with these). */
export interface WriterOptions {
  /** Absolute path of the PDF to write. */
  out: string;
  paper: Paper;
  lang: Lang;
}

/** A written report: its path and page count (+ whatever the verb adds, e.g. the day or certificate count). */
export interface Written {
  file: string;
  pages: number;
  [extra: string]: unknown;
}

export interface CommonFlags {
  out?: string;
  paper?: string;
}

/** Adds --out and --paper; `defaultFile` is named in the help. */
export function withCommonOptions(command: Command, t: Translate, defaultFile: string): Command {
  return command
    .option('--out <file.pdf>', t('help.report.out', { file: defaultFile }))
    .option('--paper <size>', t('help.report.paper'));
}

/** Opens the workshop (so the language is the workshop's unless --lang) and turns the flags into writer options. */
export function writerOptions(ctx: Context, flags: CommonFlags, defaultFile: string): WriterOptions {
  const paper = parseChoice(flags.paper ?? 'a4', PAPERS, '--paper');
  ctx.open();
  return { out: ctx.resolvePath(flags.out ?? defaultFile), paper, lang: ctx.lang };
}

/** Paper and language plus the PDF date: SOURCE_DATE_EPOCH when set, else the injected clock. */
export function reportOptions(ctx: Context, opts: { paper: Paper; lang: Lang }): ReportOptions {
  return { paper: opts.paper, lang: opts.lang, date: reportDate(ctx.env, ctx.now) };
}

/** --json: the record; on a terminal: a message on stderr; piped: the path alone on stdout, for scripts. */
export function announce(ctx: Context, written: Written): void {
  if (ctx.opts.json) return printJson(ctx, written);
  if (ctx.io.stdoutIsTTY) return ctx.info(ctx.t('report.written', { file: written.file, pages: written.pages }));
  ctx.print(written.file);
}
