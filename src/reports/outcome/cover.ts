// The cover of the outcome report: organizer, the report's heading, the workshop, when and where, the year.
import type { OutcomeData } from '../../store/report-outcome-data.js';
import { type Report, cachedImage } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import type { OutcomeTemplate } from './template.js';

export function cover(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const doc = report.doc;
  const w = data.workshop;
  const { left, width } = report;
  // The organizer is printed once, at the foot with the year (cover.year); the office's logos stand on top.
  const logos = w.logo_images;
  if (logos.length > 0) {
    const size = 80;
    const gap = 24;
    const total = logos.length * size + (logos.length - 1) * gap;
    logos.forEach((logo, i) => {
      doc.image(cachedImage(report, logo.data), left + (width - total) / 2 + i * (size + gap), report.top + 20, { fit: [size, size], align: 'center', valign: 'center' });
    });
  }
  const page = report.bottom - report.top;
  let y = report.top + page * 0.26;
  report.font('bold', 22);
  report.textBox(tpl.text('cover.heading', vars), left, y, width, { align: 'center' });
  y = report.y + 4;
  if (w.letterhead.letter_number) {
    report.font('regular', 11);
    report.textBox(tpl.text('cover.letterNumber', vars), left, y, width, { align: 'center' });
    y = report.y;
  }
  y += 10;
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
