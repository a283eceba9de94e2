// Laporan Hasil Kegiatan: the report an office files after the workshop. A data model in, a PDF out; the
// wording comes from templates/outcome.<lang>.json (template.ts), one module per chapter.
import type { OutcomeData } from '../../store/report-outcome-data.js';
import { Report, type ReportOptions, workshopSignature } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { cover } from './cover.js';
import { followUp } from './follow-up.js';
import { chapter } from './headings.js';
import { implementation } from './implementation.js';
import { introduction } from './introduction.js';
import { results } from './results.js';
import { OutcomeTemplate } from './template.js';
import { templateVars } from './vars.js';

export { OutcomeTemplate } from './template.js';

/** Report options plus the date the report speaks for (signature date, overdue follow-up). */
export interface OutcomeOptions extends ReportOptions {
  asOf: string;
}

function closing(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars, asOf: string): void {
  chapter(report, 5, tpl.text('closing.title', vars));
  for (const text of tpl.list('closing.paragraphs', vars)) report.paragraph(text);
  report.signature(workshopSignature(data.workshop, asOf, { second: true, captionFallback: report.t('report.signature.acknowledged') }));
}

/** Draws the whole report and writes it to `path`. */
export async function writeOutcomePdf(data: OutcomeData, options: OutcomeOptions, path: string, template?: OutcomeTemplate): Promise<{ file: string; pages: number }> {
  const tpl = template ?? OutcomeTemplate.load(options.lang, options.templates);
  const vars = templateVars(data, options.lang, tpl);
  const report = await Report.create(options, {
    title: `${tpl.text('cover.heading', vars)} — ${data.workshop.title}`,
    author: data.workshop.organizer ?? undefined,
  });
  cover(report, data, tpl, vars);
  introduction(report, data, tpl, vars);
  implementation(report, data, tpl, vars);
  results(report, data, tpl, vars);
  followUp(report, data, tpl, vars, options.asOf);
  closing(report, data, tpl, vars, options.asOf);
  return report.save(path);
}
