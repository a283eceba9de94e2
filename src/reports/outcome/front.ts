// The front matter of the outcome report: Kata Pengantar and Daftar Isi with the page each part starts on.
import type { Report, Signature } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { paragraphs } from './headings.js';
import type { OutcomeTemplate } from './template.js';

/** A centred title on a new page, noted in the outline. */
export function frontTitle(report: Report, title: string, outline = true): void {
  report.addPage();
  if (outline) report.markOutline(title);
  report.font('bold', 12);
  report.textBox(title, report.left, report.y, report.width, { align: 'center' });
  report.moveDown(16);
}

/** Kata Pengantar, closed as an Indonesian office closes it: "<city>, <date>" and the signatory (as in BAB V). */
export function foreword(report: Report, tpl: OutcomeTemplate, vars: Vars, signature: Signature): void {
  frontTitle(report, tpl.text('foreword.title', vars));
  paragraphs(report, tpl.list('foreword.paragraphs', vars));
  report.moveDown(6);
  report.signature(signature);
}

/**
 * Daftar Isi: each part with its page, dotted out to the number. `entries` are the pages found by a first
 * drawing of the report (null on that first drawing: the numbers are left blank, the lines are the same).
 */
export function contents(report: Report, tpl: OutcomeTemplate, vars: Vars, entries: ReadonlyArray<{ title: string; page: number }> | null, count: number): void {
  frontTitle(report, tpl.text('contents.title', vars), false);
  report.font('regular', 10.5);
  const lh = report.doc.currentLineHeight(true) + 6;
  for (let i = 0; i < count; i++) {
    const entry = entries?.[i];
    const title = entry?.title ?? '';
    const number = entry ? String(entry.page) : '';
    const numberWidth = report.widthOf('0000');
    const lines = report.wrapLines(title, report.width - numberWidth - 20);
    report.ensureSpace(lines.length * lh);
    lines.forEach((line, n) => {
      report.line(line, report.left, report.y, report.width - numberWidth - 20);
      if (n === lines.length - 1) {
        const end = report.left + report.widthOf(line) + 4;
        report.dottedLine(end, report.right - numberWidth - 4, report.y + 9);
        report.line(number, report.right - numberWidth, report.y, numberWidth, 'right');
      }
      report.y += lh;
    });
  }
}
