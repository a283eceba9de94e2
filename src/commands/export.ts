import type { Command } from 'commander';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../cli/context.js';
import { FileError, UsageError } from '../errors.js';
import { printJson } from '../cli/output.js';
import { parseChoice } from '../cli/parse.js';
import { EXPORT_FORMATS, EXPORT_TABLES, type ExportFormat, type ExportTable, collectTables, fileName, renderTable } from '../export/index.js';
import type { Translate } from '../i18n/index.js';
import { resolveUnit } from '../store/units.js';

export interface ExportOptions {
  format?: string;
  table?: string;
  unit?: string;
  out?: string;
  redact?: boolean;
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
    .action((opts: ExportOptions) => runExport(ctx, opts));
}

export function runExport(ctx: Context, opts: ExportOptions): void {
  const table = parseChoice(opts.table ?? 'all', [...EXPORT_TABLES, 'all'] as const, '--table');
  const tables: ExportTable[] = table === 'all' ? [...EXPORT_TABLES] : [table];
  // --json without --format and without --out: the data itself as JSON on stdout.
  const format: ExportFormat = opts.format !== undefined ? parseChoice(opts.format, EXPORT_FORMATS, '--format') : ctx.opts.json && !opts.out ? 'json' : 'csv';
  if (!opts.out && ctx.opts.json && format === 'csv') throw new UsageError('export.jsonWithCsv');
  if (!opts.out && table === 'all' && format === 'csv') throw new UsageError('export.allNeedsOut');

  const store = ctx.open();
  const unitId = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit).id;
  const exported = collectTables(store, tables, { format, redact: Boolean(opts.redact), filter: { unitId } });

  if (!opts.out) {
    if (table !== 'all') return void ctx.io.stdout.write(renderTable(exported[0]!, format));
    return printJson(ctx, Object.fromEntries(exported.map((e) => [e.table, e.records])));
  }

  const target = ctx.resolvePath(opts.out);
  const isDir = table === 'all' || /[\\/]$/.test(opts.out) || (existsSync(target) && statSync(target).isDirectory());
  if (isDir) {
    if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError('export.outNotDir', { path: target });
    mkdirSync(target, { recursive: true });
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  // Exports with NIPs, phones and emails are personal data: readable by their owner only, like the workshop file.
  const mode = opts.redact ? 0o644 : 0o600;
  const files = exported.map((e) => {
    const file = isDir ? join(target, fileName(e.table, format)) : target;
    try {
      writeFileSync(file, renderTable(e, format), { mode });
    } catch (error) {
      throw new FileError('error.io', { file, reason: (error as Error).message });
    }
    ctx.info(ctx.t('export.wrote', { file, rows: e.records.length }));
    return { table: e.table, file, rows: e.records.length };
  });
  if (ctx.opts.json) printJson(ctx, { format, redacted: Boolean(opts.redact), files });
}
