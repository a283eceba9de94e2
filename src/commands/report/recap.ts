// Rekapitulasi Kehadiran: participant × day, totals per unit and per day (reports/recap.ts draws it).
import { startProgress } from '../../cli/progress.js';
import { recapData } from '../../store/report-data.js';
import { type ReportEntry, type ReportJob, reportOptions, written } from './common.js';

export const RECAP_FILE = 'rekap-kehadiran.pdf';

const job: ReportJob = {
  file: RECAP_FILE,
  async produce(ctx, store, target) {
    const data = recapData(store);
    const progress = await startProgress(ctx, data.summary.participants.length, ctx.t('report.drawing'));
    const { writeRecap } = await import('../../reports/recap.js');
    try {
      const result = await writeRecap(data, { ...reportOptions(ctx, target, store), onRow: () => progress.tick() }, target.out);
      return written('recap', target, result, { days: data.workshop.days.map((_, i) => i + 1), participants: data.summary.participants.length });
    } finally {
      progress.stop();
    }
  },
};

export const recapReport: ReportEntry = {
  name: 'recap',
  help: 'help.report.recap',
  file: RECAP_FILE,
  flags: [],
  job: () => job,
  jobsForAll: () => [job],
};
