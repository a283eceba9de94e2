import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { UsageError } from '../../errors.js';
import { COMMITMENT_SHEET_COLUMNS } from '../../export/commitment-sheet.js';
import { type RtlWords, commitmentWorkbook } from '../../export/commitment-workbook.js';
import { toCsv } from '../../export/csv.js';
import { writeExportFile } from '../../export/write.js';
import { SHAREABLE, ensureFolder } from '../../fs/write-file.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { type CommitmentExportRow, exportCommitments } from '../../store/export-queries.js';
import { listUnits, resolveUnit } from '../../store/units.js';
import { unitRef } from '../refs.js';

export interface CommitmentExportFlags {
  unit?: string;
  format?: string;
  out?: string;
}

const FORMATS = ['xlsx', 'csv'] as const;

interface ExportOptions {
  unit?: string;
  format: (typeof FORMATS)[number];
  out: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('export')
    .description(t('help.commitment.export'))
    .option('--unit <unit>', t('help.commitment.export.unit'))
    .option('--format <format>', t('help.commitment.export.format'))
    .option('--out <path>', t('help.commitment.export.out'))
    .action(async (flags: CommitmentExportFlags) => {
      await emit(ctx, await runCommitmentExport(ctx, parseFlags(flags)));
    });
}

function parseFlags(flags: CommitmentExportFlags): ExportOptions {
  if (!flags.out) throw new UsageError('cexport.needsOut');
  const format = flags.format === undefined ? 'xlsx' : parseChoice(flags.format, FORMATS, '--format');
  return { unit: flags.unit, format, out: flags.out };
}

/** "Dinas Kesehatan" (Dinkes) → "rtl-dinkes"; the unit's number keeps two units apart whatever their names. */
function fileStem(unit: { no: number; name: string; short_name: string | null }): string {
  const slug = (unit.short_name ?? unit.name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `rtl-${unit.no}-${slug || 'opd'}`;
}

function rtlWords(ctx: Context): RtlWords {
  return {
    column: (header) => ctx.t((header.startsWith('rtl.') ? `xlsx.${header}` : `xlsx.col.${header}`) as MessageKey),
    status: (status) => ctx.t(`xlsx.rtl.status.${status}`),
    statusTitle: ctx.t('xlsx.rtl.statusTitle'),
    statusPrompt: ctx.t('xlsx.rtl.statusPrompt'),
    statusError: ctx.t('xlsx.rtl.statusError'),
    progressTitle: ctx.t('xlsx.rtl.progressTitle'),
    progressPrompt: ctx.t('xlsx.rtl.progressPrompt'),
    progressError: ctx.t('xlsx.rtl.progressError'),
    dateError: ctx.t('xlsx.rtl.dateError'),
  };
}

/**
 * One sheet per OPD: with --unit, that OPD's (to --out, a file or a folder); without, every OPD that has
 * commitments, one file each in the --out folder.
 */
export async function runCommitmentExport(ctx: Context, opts: ExportOptions): Promise<Answer> {
  const store = ctx.open();
  const chosen = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit);
  const { units, rows } = store.read(() => ({ units: chosen ? [chosen] : listUnits(store), rows: exportCommitments(store, { unitId: chosen?.id }) }));
  const target = ctx.resolvePath(opts.out);
  const intoFolder = !chosen || /[\\/]$/.test(opts.out) || (existsSync(target) && statSync(target).isDirectory());
  if (intoFolder && existsSync(target) && !statSync(target).isDirectory()) throw new UsageError('export.outNotDir', { path: target });
  ensureFolder(intoFolder ? target : dirname(target));
  const files: { unit: ReturnType<typeof unitRef>; file: string; rows: number }[] = [];
  for (const unit of units) {
    const mine: CommitmentExportRow[] = rows.filter((c) => c.unit_no === unit.no);
    if (!chosen && mine.length === 0) continue;
    const file = intoFolder ? join(target, `${fileStem(unit)}.${opts.format}`) : target;
    const bytes =
      opts.format === 'csv' ? toCsv(mine, COMMITMENT_SHEET_COLUMNS) : await commitmentWorkbook(unit.short_name ?? unit.name, mine, rtlWords(ctx), ctx.now());
    // The sheets name owners, not contacts: readable like any office document.
    writeExportFile(file, bytes, SHAREABLE);
    ctx.info(ctx.t('cexport.wrote', { file, rows: mine.length }));
    files.push({ unit: unitRef(unit.no, unit.name, unit.short_name), file, rows: mine.length });
  }
  return { json: { format: opts.format, files }, view: { lines: files.map((f) => f.file) } };
}
