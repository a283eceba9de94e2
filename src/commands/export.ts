import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../cli/context.js';
import { type Answer, emit } from '../cli/output.js';
import { parseChoice } from '../cli/parse.js';
import { UsageError } from '../errors.js';
import {
  CSV_DELIMITERS,
  type CsvDelimiter,
  EXPORT_FORMATS,
  EXPORT_TABLES,
  type ExportFormat,
  type ExportTable,
  type ExportedTable,
  collectTables,
  fileName,
  renderTable,
  renderWorkbook,
  type ExportOptions as TableOptions,
  tableRecords,
  writeTable,
} from '../export/index.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { writeExportFile } from '../export/write.js';
import { PRIVATE, SHAREABLE, ensureFolder, openFile } from '../fs/write-file.js';
import { parseDelimiter } from '../import/csv-delimiter.js';
import type { WorkshopStore } from '../store/db.js';
import { resolveUnit } from '../store/units.js';

export interface ExportFlags {
  format?: string;
  table?: string;
  unit?: string;
  out?: string;
  redact?: boolean;
  delimiter?: string;
}

interface ExportOptions {
  /** One table, or every table (which needs --out unless the format is JSON). */
  table: ExportTable | 'all';
  format: ExportFormat;
  unit?: string;
  out?: string;
  redact: boolean;
  delimiter: CsvDelimiter;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('export')
    .description(t('help.export'))
    .option('--format <format>', t('help.export.format'))
    .option('--table <table>', t('help.export.table'))
    .option('--unit <unit>', t('help.export.unit'))
    .option('--out <path>', t('help.export.out'))
    .option('--redact', t('help.export.redact'))
    .option('--delimiter <char>', t('help.export.delimiter'))
    .action(async (flags: ExportFlags, command: Command) => {
      // Here --json also chooses the data's format: without --out, the records themselves are the JSON.
      const json = command.optsWithGlobals<{ json?: boolean }>().json === true;
      await emit(ctx, await runExport(ctx, parseExportFlags(flags, json)));
    });
}

export function parseExportFlags(flags: ExportFlags, json: boolean): ExportOptions {
  const table = parseChoice(flags.table ?? 'all', [...EXPORT_TABLES, 'all'] as const, '--table');
  const format: ExportFormat = flags.format !== undefined ? parseChoice(flags.format, EXPORT_FORMATS, '--format') : json && !flags.out ? 'json' : 'csv';
  if (!flags.out && json && format === 'csv') throw new UsageError('export.jsonWithCsv');
  if (!flags.out && table === 'all' && format === 'csv') throw new UsageError('export.allNeedsOut');
  if (!flags.out && format === 'xlsx') throw new UsageError('export.needsOut', { format });
  if (flags.delimiter !== undefined && format !== 'csv') throw new UsageError('export.delimiterOnlyCsv');
  const delimiter = flags.delimiter === undefined ? ',' : parseDelimiter(flags.delimiter);
  if (!isCsvDelimiter(delimiter)) throw new UsageError('error.invalidChoice', { field: '--delimiter', value: flags.delimiter ?? '', choices: ", ; tab" });
  return { table, format, unit: flags.unit, out: flags.out, redact: Boolean(flags.redact), delimiter };
}

function isCsvDelimiter(value: string): value is CsvDelimiter {
  return (CSV_DELIMITERS as readonly string[]).includes(value);
}

export async function runExport(ctx: Context, opts: ExportOptions): Promise<Answer> {
  const tables: ExportTable[] = opts.table === 'all' ? [...EXPORT_TABLES] : [opts.table];
  const store = ctx.open();
  const unitId = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit).id;
  const options = { redact: opts.redact, filter: { unitId } };
  // CSV and JSON files are written as their rows are read (docs/PERFORMANCE.md, "Streaming at scale").
  if (opts.out && opts.format !== 'xlsx') return { json: { format: opts.format, redacted: opts.redact, files: writeFiles(ctx, opts, opts.out, store, tables, options) } };
  const exported = collectTables(store, tables, options);
  if (opts.out) return { json: { format: opts.format, redacted: opts.redact, files: await writeWorkbook(ctx, opts, opts.out, exported) } };

  // To stdout: one table as its file would hold it; every table (JSON only) as one object of arrays.
  if (opts.table !== 'all') {
    const one = exported[0]!;
    const format = opts.format === 'xlsx' ? 'csv' : opts.format;
    return { json: tableRecords(one), view: { data: renderTable(one, format, opts.delimiter) } };
  }
  const all = Object.fromEntries(exported.map((e) => [e.table, tableRecords(e)]));
  return { json: all, view: { data: JSON.stringify(all, null, 2) + '\n' } };
}

function writeFiles(
  ctx: Context,
  opts: ExportOptions,
  out: string,
  store: WorkshopStore,
  tables: readonly ExportTable[],
  options: TableOptions,
): { table: ExportTable; file: string; rows: number }[] {
  const target = ctx.resolvePath(out);
  const isDir = opts.table === 'all' || /[\\/]$/.test(out) || (existsSync(target) && statSync(target).isDirectory());
  if (isDir) {
    if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError('export.outNotDir', { path: target });
    ensureFolder(target);
  } else {
    ensureFolder(dirname(target));
  }
  // Exports with NIPs, phones and emails are personal data: readable by their owner only, like the workshop
  // file, whatever mode an earlier file of that name had; a redacted export is meant to be handed around.
  const mode = opts.redact ? SHAREABLE : PRIVATE;
  // One read transaction, so the files agree with each other; each file is written as its rows are read.
  return store.read(() =>
    tables.map((table) => {
      const file = isDir ? join(target, fileName(table, opts.format)) : target;
      const writer = openFile(file, mode);
      let rows: number;
      try {
        rows = writeTable(store, table, options, opts.format === 'json' ? 'json' : 'csv', opts.delimiter, (chunk) => writer.write(chunk));
        writer.commit();
      } finally {
        writer.abort();
      }
      ctx.info(ctx.t('export.wrote', { file, rows }));
      return { table, file, rows };
    }),
  );
}

/** XLSX: one workbook, a sheet per table; --out is the file, or a folder to put `<table>.xlsx` (`workshop.xlsx` for all) in. */
async function writeWorkbook(ctx: Context, opts: ExportOptions, out: string, exported: readonly ExportedTable[]): Promise<{ table: ExportTable; file: string; rows: number }[]> {
  const target = ctx.resolvePath(out);
  const isDir = /[\\/]$/.test(out) || (existsSync(target) && statSync(target).isDirectory());
  const file = isDir ? join(target, opts.table === 'all' ? 'workshop.xlsx' : fileName(opts.table, 'xlsx')) : target;
  ensureFolder(dirname(file));
  const words = {
    sheet: (table: ExportTable) => ctx.t(`xlsx.sheet.${table}` as MessageKey),
    column: (header: string) => ctx.t(`xlsx.col.${header}` as MessageKey),
  };
  writeExportFile(file, await renderWorkbook(exported, words, ctx.now()), opts.redact ? SHAREABLE : PRIVATE);
  return exported.map((e) => {
    ctx.info(ctx.t('export.wrote', { file, rows: e.rows.length }));
    return { table: e.table, file, rows: e.rows.length };
  });
}
