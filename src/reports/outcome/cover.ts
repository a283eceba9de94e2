// The cover of the outcome report: organizer, the report's heading, the workshop, when and where, the year.
import type { OutcomeData } from '../../store/report-outcome-data.js';
import type { Report } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import type { OutcomeTemplate } from './template.js';

export function cover(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const doc = report.doc;
  const w = data.workshop;
  const { left, width } = report;
  let y = report.top + 10;
  if (w.organizer) {
    report.font('bold', 15);
    report.textBox(w.organizer.toUpperCase(), left, y, width, { align: 'center' });
    y = report.y + 6;
    doc.lineWidth(2).moveTo(left, y).lineTo(left + width, y).strokeColor('black').stroke();
    doc.lineWidth(0.6).moveTo(left, y + 3).lineTo(left + width, y + 3).stroke();
  }
  const page = report.bottom - report.top;
  y = report.top + page * 0.26;
  report.font('bold', 22);
  report.textBox(tpl.text('cover.heading', vars), left, y, width, { align: 'center' });
  y = report.y + 14;
  report.font('bold', 16);
  report.textBox(w.title, left + 30, y, width - 60, { align: 'center' });
  y = report.y + 26;
  if (w.partner) {
    report.font('regular', 12);
    report.textBox(tpl.text('cover.partner', vars), left + 30, y, width - 60, { align: 'center' });
    y = report.y + 20;
  }
  report.font('regular', 12);
  report.textBox(tpl.text('cover.when', vars), left + 30, y, width - 60, { align: 'center' });
  y = report.y + 4;
  if (w.venue) {
    report.textBox(tpl.text('cover.where', vars), left + 30, y, width - 60, { align: 'center' });
  }
  const foot = tpl.text('cover.year', vars).toUpperCase();
  report.font('bold', 13);
  const h = report.measure(foot, width);
  report.textBox(foot, left, report.bottom - h - 10, width, { align: 'center' });
}
