// Laporan Hasil Kegiatan: the report an office files after the workshop (reports/outcome/ draws it).
import type { Context } from '../../cli/context.js';
import type { WorkshopStore } from '../../store/db.js';
import { parseChoice } from '../../cli/parse.js';
import { readAssets } from '../../store/letterhead.js';
import { recapData } from '../../store/report-data.js';
import { readOutcomeData } from '../../store/report-outcome-data.js';
import { type ReportEntry, type ReportJob, type ReportWritten, type Target, reportAsOf, parseAsOf, reportOptions, written } from './common.js';

export const OUTCOME_FILE = 'laporan-hasil-kegiatan.pdf';
export const OUTCOME_DOCX_FILE = 'laporan-hasil-kegiatan.docx';

const FORMATS = ['pdf', 'docx'] as const;

function job(asOf: string | undefined): ReportJob {
  return { file: OUTCOME_FILE, produce: (ctx, store, target) => produce(ctx, store, target, asOf ?? reportAsOf(ctx, store)) };
}

/** `--format docx`: the same report as a Word document, for the office that edits it before it is signed. */
function docxJob(asOf: string | undefined): ReportJob {
  return {
    file: OUTCOME_DOCX_FILE,
    produce: async (ctx, store, target) => {
      const as_of = asOf ?? reportAsOf(ctx, store);
      const data = readOutcomeData(store, as_of);
      const { writeOutcomeDocx } = await import('../../reports/outcome-docx/index.js');
      const result = await writeOutcomeDocx(data, { ...reportOptions(ctx, target), asOf: as_of }, target.out);
      // Word lays out the pages itself: a DOCX has no page count to report.
      return { report: 'outcome', file: result.file, format: 'docx', as_of, paper: target.paper } as Omit<ReportWritten, 'pages'> as ReportWritten;
    },
  };
}

async function produce(ctx: Context, store: WorkshopStore, target: Target, asOf: string): Promise<ReportWritten> {
  const data = readOutcomeData(store, asOf);
  const { writeOutcomePdf } = await import('../../reports/outcome/index.js');
  // Lampiran: the attendance recap person by person, and the documentation photos (`photo add`).
  const recap = recapData(store).summary;
  const appendix = { people: recap.participants, days: data.workshop.days.length, photos: readAssets(store, 'photo') };
  const result = await writeOutcomePdf(data, { ...reportOptions(ctx, target, store), asOf, appendix }, target.out);
  return written('outcome', target, result, { as_of: asOf });
}

export const outcomeReport: ReportEntry = {
  name: 'outcome',
  help: 'help.report.outcome',
  file: OUTCOME_FILE,
  flags: [
    { flags: '--as-of <date>', help: 'help.report.outcome.asOf' },
    { flags: '--format <format>', help: 'help.report.outcome.format' },
  ],
  job: (flags) => (parseChoice(flags.format ?? 'pdf', FORMATS, '--format') === 'docx' ? docxJob(parseAsOf(flags.asOf)) : job(parseAsOf(flags.asOf))),
  jobsForAll: (_days, flags) => [job(parseAsOf(flags.asOf))],
};
