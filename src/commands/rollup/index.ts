// `innolab rollup <file|folder>…`: a region's view across many workshop files, read without changing them.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type View, emit, table } from '../../cli/output.js';
import { parseChoice, parseOptionalDate } from '../../cli/parse.js';
import { addDays, localIsoDate } from '../../domain/dates.js';
import { FileError, UsageError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { SHAREABLE, writeFile } from '../../fs/write-file.js';
import { type Rollup, type SkippedEntry, collectRollup, listFiles, reasonText } from './collect.js';
import { ROLLUP_GROUPINGS, type RollupGrouping, type RollupRow, rollupJson, rowsBy, staleUnits, unmatchedUnits } from './json.js';
import { rollupWorkbook, rowsCsv } from './files.js';
import { readUnitMap } from './unit-map.js';

export const ROLLUP_FORMATS = ['table', 'csv', 'xlsx'] as const;
type RollupFormat = (typeof ROLLUP_FORMATS)[number];

export interface RollupOptions {
  paths: string[];
  asOf?: string;
  since?: string;
  by: RollupGrouping;
  format: RollupFormat;
  out?: string;
  unitMap?: string;
  strict: boolean;
}

/** How many days without a progress update make an OPD "quiet", when --since is not given. */
const QUIET_DAYS = 30;

interface RawOptions {
  asOf?: string;
  since?: string;
  by: string;
  format: string;
  out?: string;
  unitMap?: string;
  strict?: boolean;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('rollup')
    .description(t('help.rollup'))
    .argument('<paths...>', t('help.rollup.paths'))
    .option('--as-of <date>', t('help.rollup.asOf'))
    .option('--since <date>', t('help.rollup.since'))
    .option('--by <grouping>', t('help.rollup.by'), 'workshop')
    .option('--format <format>', t('help.rollup.format'), 'table')
    .option('--out <file>', t('help.rollup.out'))
    .option('--unit-map <csv>', t('help.rollup.unitMap'))
    .option('--strict', t('help.rollup.strict'))
    .action(async (paths: string[], opts: RawOptions) => {
      const { answer, skipped } = await runRollup(ctx, {
        paths,
        asOf: parseOptionalDate(opts.asOf, '--as-of'),
        since: parseOptionalDate(opts.since, '--since'),
        by: parseChoice(opts.by, ROLLUP_GROUPINGS, '--by'),
        format: parseRollupFormat(opts.format),
        out: opts.out,
        unitMap: opts.unitMap,
        strict: Boolean(opts.strict),
      });
      await emit(ctx, answer);
      // The figures are printed either way; a script still learns that some files were left out.
      if (skipped > 0) throw new FileError('rollup.error.skippedFiles', { count: skipped });
    });
}

function parseRollupFormat(value: string): RollupFormat {
  return parseChoice(value, ROLLUP_FORMATS, '--format');
}

export async function runRollup(ctx: Context, opts: RollupOptions): Promise<{ answer: Answer; skipped: number }> {
  const asOf = opts.asOf ?? localIsoDate(ctx.now());
  const since = opts.since ?? addDays(asOf, -QUIET_DAYS);
  const unitMap = opts.unitMap === undefined ? new Map<string, string>() : await readUnitMap(ctx.resolvePath(opts.unitMap));
  const files = listFiles(opts.paths, ctx.io.cwd);
  const onSkip = (s: SkippedEntry) => ctx.warn(ctx.t('rollup.skipped', { file: s.file, reason: reasonText(ctx, s) }));
  const rollup = collectRollup(files, { asOf, strict: opts.strict, unitMap, onSkip });
  const json = rollupJson(rollup, { asOf, since, by: opts.by });
  const rows = rowsBy(rollup, opts.by);
  const skipped = rollup.skipped.length;
  if (opts.format === 'xlsx') {
    // A workbook is bytes, not text for a terminal: it needs a file.
    if (opts.out === undefined) throw new UsageError('rollup.error.xlsxOut');
    const out = ctx.resolvePath(opts.out);
    // Counts per office, no names: readable like any office document.
    writeFile(out, await rollupWorkbook(rollup, opts.by, ctx.now()), SHAREABLE);
    return { answer: { json: { ...json, out }, message: ctx.t('rollup.written', { file: out, rows: rows.length }) }, skipped };
  }
  if (opts.format === 'csv') {
    const csv = rowsCsv(rows, opts.by);
    if (opts.out !== undefined) {
      const out = ctx.resolvePath(opts.out);
      writeFile(out, csv, SHAREABLE);
      return { answer: { json: { ...json, out }, message: ctx.t('rollup.written', { file: out, rows: rows.length }) }, skipped };
    }
    return { answer: { json, view: { data: csv.replace(/^\uFEFF/, '') } }, skipped };
  }
  return { answer: { json, view: rollupView(ctx, rollup, rows, since) }, skipped };
}

const pct = (rate: number | null) => (rate === null ? '' : `${(rate * 100).toFixed(1)}%`);

function rollupView(ctx: Context, rollup: Rollup, rows: readonly RollupRow[], since: string): View {
  const t = ctx.t;
  const sections: { title?: string; view: View }[] = [
    {
      title: t('rollup.heading', { read: rollup.read, skipped: rollup.skipped.length }),
      view: table(rows, [
        { header: t('rollup.col.row'), value: (r) => r.label },
        { header: t('rollup.col.workshops'), value: (r) => r.workshops, align: 'right' },
        { header: t('rollup.col.participants'), value: (r) => r.participants, align: 'right' },
        { header: t('rollup.col.attendance'), value: (r) => pct(r.attendance.rate), align: 'right' },
        { header: t('rollup.col.ideas'), value: (r) => r.ideas.total, align: 'right' },
        { header: t('rollup.col.selected'), value: (r) => r.ideas.selected, align: 'right' },
        { header: t('rollup.col.implemented'), value: (r) => r.ideas.implemented, align: 'right' },
        { header: t('rollup.col.commitments'), value: (r) => r.commitments.total, align: 'right' },
        { header: t('rollup.col.done'), value: (r) => r.commitments.by_status.done, align: 'right' },
        { header: t('rollup.col.overdue'), value: (r) => r.commitments.overdue, align: 'right' },
      ]),
    },
  ];
  const stale = staleUnits(rollup.units, since);
  if (stale.length > 0) {
    sections.push({
      title: t('rollup.heading.stale', { since }),
      view: { lines: stale.map((s) => t('rollup.staleLine', { unit: s.name, last: s.last_update ?? '—', open: s.open_commitments })) },
    });
  }
  const unmatched = unmatchedUnits(rollup);
  if (unmatched.length > 0) {
    sections.push({ title: t('rollup.heading.unmatched'), view: { lines: unmatched.map((u) => t('rollup.unmatchedLine', { unit: u.names.join(' / '), workshop: u.workshop })) } });
  }
  if (rollup.unused_map_names.length > 0) sections.push({ title: t('rollup.heading.unusedMap'), view: { lines: rollup.unused_map_names } });
  return { sections };
}
