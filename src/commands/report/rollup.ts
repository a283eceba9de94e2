// `report rollup <file|folder>…`: the roll-up of many workshops as the PDF a province files (reports/rollup.ts
// draws it). Not a report of one workshop, so it registers its own verb (paths, no -f) and `report all`
// leaves it out.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { emit } from '../../cli/output.js';
import { type Figures, figuresOf } from '../../domain/rollup.js';
import { FileError, UsageError } from '../../errors.js';
import { formatDayRange } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import type { RollupReportData } from '../../reports/rollup.js';
import { SkippedFile, readLetterhead } from '../../store/rollup.js';
import { type SkippedEntry, collectRollup, listFiles, reasonText, skippedOf } from '../rollup/collect.js';
import { unmatchedUnits } from '../rollup/json.js';
import { readUnitMap } from '../rollup/unit-map.js';
import { type ReportEntry, type ReportFlags, defaultAsOf, parseAsOf, parsePaper, reportOptions, withCommonOptions, written, writtenAnswer } from './common.js';

export const ROLLUP_FILE = 'rekapitulasi-laboratorium-inovasi.pdf';

interface RollupReportFlags extends ReportFlags {
  asOf?: string;
  unitMap?: string;
  letterhead?: string;
  strict?: string;
}

function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('rollup')
    .description(t('help.report.rollup'))
    .argument('<paths...>', t('help.rollup.paths'))
    .option('--as-of <date>', t('help.report.rollup.asOf'))
    .option('--unit-map <csv>', t('help.rollup.unitMap'))
    .option('--letterhead <file>', t('help.report.rollup.letterhead'))
    .option('--strict', t('help.rollup.strict'));
  withCommonOptions(command, t, ROLLUP_FILE).action(async (paths: string[], flags: RollupReportFlags) => {
    const { answer, skipped } = await runRollupReport(ctx, paths, flags);
    await emit(ctx, answer);
    if (skipped > 0) throw new FileError('rollup.error.skippedFiles', { count: skipped });
  });
}

async function runRollupReport(ctx: Context, paths: string[], flags: RollupReportFlags) {
  const paper = parsePaper(flags.paper);
  const asOf = parseAsOf(flags.asOf) ?? defaultAsOf(ctx);
  const unitMap = flags.unitMap === undefined ? new Map<string, string>() : await readUnitMap(ctx.resolvePath(flags.unitMap));
  let letterhead: ReturnType<typeof readLetterhead> | null = null;
  if (flags.letterhead !== undefined) {
    try {
      letterhead = readLetterhead(ctx.resolvePath(flags.letterhead));
    } catch (error) {
      if (error instanceof SkippedFile) throw new UsageError('rollup.error.letterhead', { file: flags.letterhead, reason: reasonText(ctx, skippedOf(flags.letterhead, error)) });
      throw error;
    }
  }
  const files = listFiles(paths, ctx.io.cwd);
  const onSkip = (s: SkippedEntry) => ctx.warn(ctx.t('rollup.skipped', { file: s.file, reason: reasonText(ctx, s) }));
  const rollup = collectRollup(files, { asOf, strict: Boolean(flags.strict), unitMap, onSkip });
  const lang = ctx.lang;
  const totals: Figures & { workshops: number } = { workshops: rollup.read, ...figuresOf(rollup.total) };
  const data: RollupReportData = {
    as_of: asOf,
    letterhead: letterhead && { ...letterhead, signatory: letterhead.signatory.name || letterhead.signatory.position ? letterhead.signatory : null },
    totals,
    workshops: rollup.workshops.map((w) => ({
      label: w.workshop.title,
      detail: [w.workshop.city, formatDayRange(w.workshop.start_date, w.workshop.end_date, lang)].filter(Boolean).join(', '),
      workshops: 1,
      ...figuresOf(w.tally),
    })),
    units: rollup.units.map((u) => ({ label: u.name, detail: null, workshops: u.workshops.size, last_update: u.last_update, ...figuresOf(u.tally) })),
    skipped: rollup.skipped.length,
    unmatched: unmatchedUnits(rollup).map((u) => u.names.join(' / ')),
  };
  const out = ctx.resolvePath(flags.out ?? ROLLUP_FILE);
  const target = { out, paper, lang };
  const { writeRollupPdf } = await import('../../reports/rollup.js');
  const result = await writeRollupPdf(data, reportOptions(ctx, target), out);
  const record = written('rollup', target, result, { as_of: asOf, workshops: rollup.read, skipped: rollup.skipped.length });
  return { answer: writtenAnswer(ctx, record), skipped: rollup.skipped.length };
}

export const rollupReport: ReportEntry = {
  name: 'rollup',
  help: 'help.report.rollup',
  file: ROLLUP_FILE,
  flags: [],
  register,
  job: () => {
    throw new UsageError('rollup.error.noFiles');
  },
  jobsForAll: () => [],
};

