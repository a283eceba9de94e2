// The outline of the outcome report: chapters ("BAB I"), lettered sections and indented paragraphs.
import type { Report } from '../layout/index.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How far a section's text stands in from the margin. */
export const INDENT = 18;

/** Chapter title: "BAB I" over "PENDAHULUAN", centred, on a new page. */
export function chapter(report: Report, n: number, title: string): void {
  report.addPage();
  report.markOutline(`${report.t('outcome.chapter', { n: ROMAN[n - 1] ?? String(n) })} ${title}`);
  report.font('bold', 12);
  report.textBox(report.t('outcome.chapter', { n: ROMAN[n - 1] ?? String(n) }), report.left, report.y, report.width, { align: 'center' });
  report.textBox(title, report.left, report.y + 2, report.width, { align: 'center' });
  report.moveDown(16);
}

/** "A. Latar Belakang": the section heading, kept with the first lines after it. */
export function section(report: Report, n: number, title: string): void {
  report.moveDown(4);
  report.font('bold', 11);
  report.ensureSpace(60);
  const y = report.y;
  report.textBox(`${LETTERS[n] ?? '?'}.`, report.left, y, 18);
  report.textBox(title, report.left + 18, y, report.width - 18);
  report.moveDown(5);
}

/** Running text under a section, indented. */
export function paragraphs(report: Report, texts: readonly string[]): void {
  for (const text of texts) report.paragraph(text, { indent: INDENT });
}
