// Laporan Hasil Kegiatan: the report an office files after the workshop. A data model in, a PDF out; the
// wording comes from templates/outcome.<lang>.json (template.ts), one module per chapter.
import type { OutcomeData } from '../../store/report-outcome-data.js';
import { Report, type ReportOptions, workshopSignature } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { cover } from './cover.js';
import { followUp } from './follow-up.js';
import { appendix, type OutcomeAppendix } from './appendix.js';
import { contents, foreword } from './front.js';
import { chapter, paragraphs, section } from './headings.js';
import { implementation } from './implementation.js';
import { introduction } from './introduction.js';
import { results } from './results.js';
import { OutcomeTemplate } from './template.js';
import { templateVars } from './vars.js';

export { OutcomeTemplate } from './template.js';
export type { OutcomeAppendix } from './appendix.js';

/** Report options plus the date the report speaks for (signature date, overdue follow-up). */
export interface OutcomeOptions extends ReportOptions {
  asOf: string;
  /** Lampiran: the attendance recap and the documentation photos (left out when not given). */
  appendix?: OutcomeAppendix;
}

/** BAB V: Simpulan dan Saran (the workshop's own text, else the template's), then the closing words. */
function closing(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars, asOf: string): void {
  chapter(report, 5, tpl.text('closing.title', vars));
  section(report, 0, tpl.text('closing.conclusion.title', vars));
  const own = data.workshop.conclusion?.trim();
  paragraphs(report, own ? own.split(/\n\s*\n/).map((p) => p.trim()) : [tpl.text('closing.conclusion.default', vars)]);
  section(report, 1, tpl.text('closing.closingTitle', vars));
  paragraphs(report, tpl.list('closing.paragraphs', vars));
  report.signature(workshopSignature(data.workshop, asOf, { second: true, captionFallback: report.t('report.signature.acknowledged') }));
}

/** One drawing of the whole report; `entries` fills the Daftar Isi (null on the first drawing). */
async function draw(data: OutcomeData, options: OutcomeOptions, tpl: OutcomeTemplate, vars: Vars, entries: Report['outline'] | null, count: number): Promise<Report> {
  const report = await Report.create(options, {
    title: `${tpl.text('cover.heading', vars)} — ${data.workshop.title}`,
    author: data.workshop.organizer ?? undefined,
    unnumberedFirstPage: true,
  });
  cover(report, data, tpl, vars);
  // The cover carries no page number; the Kata Pengantar is page 2.
  foreword(report, tpl, vars, workshopSignature(data.workshop, options.asOf));
  contents(report, tpl, vars, entries, count);
  introduction(report, data, tpl, vars);
  implementation(report, data, tpl, vars);
  results(report, data, tpl, vars);
  followUp(report, data, tpl, vars, options.asOf);
  closing(report, data, tpl, vars, options.asOf);
  if (options.appendix) appendix(report, tpl, vars, options.appendix);
  return report;
}

/**
 * Draws the whole report and writes it to `path`. It is drawn twice: the first drawing finds the page each
 * part starts on, the second prints them in the Daftar Isi (which takes the same room both times).
 */
export async function writeOutcomePdf(data: OutcomeData, options: OutcomeOptions, path: string, template?: OutcomeTemplate): Promise<{ file: string; pages: number }> {
  const tpl = template ?? OutcomeTemplate.load(options.lang, options.templates);
  const vars = templateVars(data, options.lang, tpl);
  const first = await draw(data, options, tpl, vars, null, 9);
  const report = await draw(data, options, tpl, vars, first.outline, first.outline.length);
  return report.save(path);
}
