// What every report shares: the shape of a report's entry in the registry (registry.ts), --out and --paper,
// the report options (language, reproducible date), and the answer a written report gives.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Answer } from '../../cli/output.js';
import { parseChoice, parseOptionalDate } from '../../cli/parse.js';
import { WORKSHOP_RANGE, dateProblem, localIsoDate } from '../../domain/dates.js';
import { FileError } from '../../errors.js';
import type { Lang, MessageKey, Translate } from '../../i18n/index.js';
import { PAPERS, type Paper, type ReportOptions, reportDate } from '../../reports/layout/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { getWorkshop } from '../../store/workshop.js';
import { officeTemplates } from './templates-dir.js';

export type ReportName = 'attendance' | 'recap' | 'outcome' | 'commitments' | 'certificates' | 'badges' | 'rollup';

/** What `report <name> --json` prints, and each element of `report all --json` (README "JSON output"). */
export interface ReportWritten {
  report: ReportName;
  file: string;
  pages: number;
  /** What the document holds (day, days, participants, as_of, certificates …), then the paper. */
  [detail: string]: unknown;
}

/** Where a report is written, on what paper, in which language. */
export interface Target {
  /** Absolute path of the PDF. */
  out: string;
  paper: Paper;
  lang: Lang;
}

/** One document to write, its options already parsed: the file it is named after, and its producer. */
export interface ReportJob {
  file: string;
  produce(ctx: Context, store: WorkshopStore, target: Target): Promise<ReportWritten>;
}

/** The verb's flags as commander gives them: --out, --paper and the report's own (camelCase). */
export type ReportFlags = Record<string, string | undefined>;

/** One report: a `report <name>` verb and its part of `report all`. */
export interface ReportEntry {
  name: ReportName;
  help: MessageKey;
  /** The file written when --out is not given, named in the help. */
  file: string;
  /** Flags beside --out and --paper. */
  flags: ReadonlyArray<{ flags: string; help: MessageKey }>;
  /** The job `report <name>` does with these flags (a UsageError for a bad value). */
  job(flags: ReportFlags): ReportJob;
  /**
   * The jobs `report all` does (the attendance sheet: one per day), with the options `report all` was given
   * (--as-of, --blank-rows, --min-attendance: see all.ts), else at their defaults.
   */
  jobsForAll(days: readonly string[], flags: ReportFlags): ReportJob[];
  /** A report that is not of one workshop registers its own verb (`report rollup` reads many files). */
  register?: (parent: Command, ctx: Context, t: Translate) => void;
}

/** The record a written report answers with: what it is, where, how many pages, what it holds, the paper. */
export function written(report: ReportName, target: Target, result: { file: string; pages: number }, details: Record<string, unknown> = {}): ReportWritten {
  return { report, file: result.file, pages: result.pages, ...details, paper: target.paper };
}

/** Adds --out and --paper; `defaultFile` is named in the help. */
export function withCommonOptions(command: Command, t: Translate, defaultFile: string): Command {
  return command.option('--out <file.pdf>', t('help.report.out', { file: defaultFile })).option('--paper <size>', t('help.report.paper'));
}

export function parsePaper(value: string | undefined): Paper {
  return parseChoice(value ?? 'a4', PAPERS, '--paper');
}

/** --paper; without it, the workshop's own (`workshop set paper f4`), else A4. Opens the workshop. */
export function paperOf(ctx: Context, flags: ReportFlags): Paper {
  const given = flags.paper === undefined ? undefined : parsePaper(flags.paper);
  return given ?? parsePaper(getWorkshop(ctx.open()).paper ?? undefined);
}

/** Opens the workshop (so the language is the workshop's unless --lang) and says where the PDF goes. */
export function targetOf(ctx: Context, flags: ReportFlags, defaultFile: string): Target {
  return { out: ctx.resolvePath(flags.out ?? defaultFile), paper: paperOf(ctx, flags), lang: ctx.lang };
}

/**
 * Paper and language plus the PDF date: SOURCE_DATE_EPOCH when set, else the injected clock; with the
 * workshop's store, its office's templates folder (see templates-dir.ts).
 */
export function reportOptions(ctx: Context, target: Target, store?: WorkshopStore): ReportOptions {
  return { paper: target.paper, lang: target.lang, date: reportDate(ctx.env, ctx.now), templates: store ? officeTemplates(ctx, store) : null };
}

/**
 * "Today" for a report: the local date of the clock, unless SOURCE_DATE_EPOCH pins it (then its UTC date, so
 * a reproducible run prints the same date wherever it runs).
 */
export function defaultAsOf(ctx: Context): string {
  const epoch = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return localIsoDate(ctx.now());
}

/**
 * The day the outcome report and the Matriks RTL speak for without --as-of: the workshop's report date
 * (`workshop set report-date`; the demo stores a day inside its story), else "today" (defaultAsOf).
 */
export function reportAsOf(ctx: Context, store: WorkshopStore): string {
  const stored = getWorkshop(store).report_date;
  if (stored === null) return defaultAsOf(ctx);
  if (dateProblem(stored, WORKSHOP_RANGE)) throw new FileError('error.workshopValueDamaged', { file: store.path, field: 'report_date', value: stored, setting: 'report-date' });
  return stored;
}

/** --as-of, when given. */
export function parseAsOf(value: string | undefined): string | undefined {
  return parseOptionalDate(value, '--as-of');
}

/**
 * --json: the record. On a terminal, a sentence on stderr; piped, the path alone on stdout, for scripts
 * (`innolab report attendance --day 2 | xargs lp`).
 */
export function writtenAnswer(ctx: Context, record: ReportWritten): Answer {
  if (ctx.io.stdoutIsTTY) {
    // A Word document has no page count of its own (Word lays it out): its record has none.
    const message = typeof record.pages === 'number' ? ctx.t('report.written', { file: record.file, pages: record.pages }) : ctx.t('report.writtenFile', { file: record.file });
    return { json: record, message };
  }
  return { json: record, view: { lines: [record.file] } };
}
