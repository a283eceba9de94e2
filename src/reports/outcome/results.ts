// BAB III Hasil: every idea by unit, then the selected ones in full.
import type { OutcomeCommitment, OutcomeData, OutcomeIdea } from '../../store/report-outcome-data.js';
import { formatScore, unitLabel } from '../format.js';
import { type Canvas, type Report, type TableColumn, fitWidths, grouped, pairs } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { ideaStatusLabel } from '../status-labels.js';
import { INDENT, chapter, paragraphs, section } from './headings.js';
import type { OutcomeTemplate } from './template.js';
import { ADVANCED_STATUSES } from './vars.js';

type IdeaTableRow = { group: string } | { idea: OutcomeIdea };

export function results(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const lang = report.lang;
  const numbers = ideaNumbers(data);
  chapter(report, 3, tpl.text('results.title', vars));
  section(report, 0, tpl.text('results.ideas.title', vars));
  if (data.ideas.length === 0) {
    report.paragraph(tpl.text('results.ideas.none', vars), { indent: INDENT });
  } else {
    paragraphs(report, tpl.list('results.ideas.paragraphs', vars));
    const rows: IdeaTableRow[] = [];
    let unit: string | undefined;
    for (const idea of data.ideas) {
      if (idea.unit !== unit) rows.push({ group: unitLabel(idea.unit, idea.unit_short) });
      unit = idea.unit;
      rows.push({ idea });
    }
    const col = (key: string) => tpl.text(`results.ideas.table.${key}`, vars);
    const of = (r: IdeaTableRow) => ('idea' in r ? r.idea : undefined);
    // A running count down the table; the idea keeps this number in the rest of the report (ideaNumbers).
    const no = (r: IdeaTableRow) => String(of(r) ? numbers.get(of(r)!.no) : '');
    // A column with nothing in any row (no idea has a form, a kind or a score yet) is left out.
    const columns: Array<TableColumn<IdeaTableRow>> = [
      { header: col('no'), width: 0, align: 'center', value: no },
      { header: col('title'), width: 0, value: (r) => of(r)?.title ?? '' },
      ...(data.ideas.some((i) => i.form) ? [{ header: col('form'), width: 0, value: (r: IdeaTableRow) => (of(r)?.form ? report.t(`outcome.form.${of(r)!.form!}`) : '–') }] : []),
      ...(data.ideas.some((i) => i.kind) ? [{ header: col('kind'), width: 0, value: (r: IdeaTableRow) => (of(r)?.kind ? report.t(`outcome.kind.${of(r)!.kind!}`) : '–') }] : []),
      { header: col('status'), width: 0, value: (r) => (of(r) ? ideaStatusLabel(report, of(r)!.status) : '') },
      ...(data.ideas.some((i) => i.score !== null)
        ? [{ header: col('score'), width: 0, align: 'center' as const, value: (r: IdeaTableRow) => (of(r) ? formatScore(of(r)!.score, lang) : '') }]
        : []),
    ];
    report.table<IdeaTableRow>(
      {
        fontSize: 8.5,
        ...grouped<IdeaTableRow>(report, (r) => ('group' in r ? r.group : undefined), tpl.text('results.ideas.title', vars)),
        rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : undefined),
        columns: fitWidths(report, columns, rows, { fontSize: 8.5 }),
      },
      rows,
    );
    report.moveDown(8);
  }

  const advanced = data.ideas.filter((i) => ADVANCED_STATUSES.includes(i.status));
  const intro = tpl.text('results.selected.intro', vars);
  // The heading and its lead-in stay with the first idea's title and particulars (keep with next).
  if (advanced.length > 0) {
    report.font('regular', 10);
    const lead = 40 + report.measure(intro, report.width - INDENT) + headHeight(report, advanced[0]!, numbers.get(advanced[0]!.no) ?? 0, tpl, vars);
    if (lead < (report.bottom - report.top) / 2) report.ensureSpace(lead);
  }
  section(report, 1, tpl.text('results.selected.title', vars));
  if (advanced.length === 0) {
    report.paragraph(tpl.text('results.selected.none', vars), { indent: INDENT });
    return;
  }
  report.paragraph(intro, { indent: INDENT });
  advanced.forEach((idea) => selectedIdea(report, idea, numbers.get(idea.no) ?? 0, tpl, vars));
}

/** Each idea's number in the report: its place in BAB III's table (by unit), used again in III.B and BAB IV. */
export function ideaNumbers(data: Pick<OutcomeData, 'ideas'>): Map<number, number> {
  return new Map(data.ideas.map((idea, i) => [idea.no, i + 1]));
}

/** A commitment's idea by its number in the report (`numbers`, from ideaNumbers) and title: "3. Title". */
export function ideaOfCommitment(numbers: ReadonlyMap<number, number>, c: Pick<OutcomeCommitment, 'idea_no' | 'idea_title'>): string {
  const no = c.idea_no === null ? undefined : numbers.get(c.idea_no);
  return no === undefined ? c.idea_title! : `${no}. ${c.idea_title!}`;
}

/** One selected idea in full: its particulars, then problem, design, objective, benefit, expected result. */
function selectedIdea(report: Report, idea: OutcomeIdea, no: number, tpl: OutcomeTemplate, vars: Vars): void {
  const field = (key: string) => tpl.text(`results.selected.fields.${key}`, vars);
  report.moveDown(4);
  // The title never stands alone at the foot of a page: it goes over with its particulars.
  const head = headHeight(report, idea, no, tpl, vars);
  report.font('bold', 10.5);
  const title = `${no}. ${idea.title}`;
  report.ensureSpace(head < (report.bottom - report.top) / 2 ? head : report.measure(title, report.width - INDENT) + 80);
  report.textBox(title, report.left + INDENT, report.y, report.width - INDENT);
  report.moveDown(4);
  pairs(report, particulars(report, idea, tpl, vars), { indent: INDENT * 2, size: 9.5, keepTogether: true });
  // Fields left empty are left out, not printed as a heading over "-".
  for (const key of ['problem', 'description', 'objective', 'benefit', 'expected_result'] as const) {
    const text = idea[key]?.trim();
    if (!text) continue;
    // The heading goes over with the text's first lines (as many as fieldText will start with here).
    report.font('regular', 9.5);
    const lines = report.wrapLines(text, report.width - INDENT * 2).length;
    const lh = report.doc.currentLineHeight(true) + 1.5;
    report.font('bold', 9.5);
    report.ensureSpace(report.measure(field(key), report.width - INDENT * 2) + 2 + (lines <= 5 ? lines + 1 : 5) * lh + 1);
    report.textBox(field(key), report.left + INDENT * 2, report.y, report.width - INDENT * 2);
    report.moveDown(1);
    fieldText(report, text);
  }
}

/**
 * A field's text, flowing onto the next page with at least three lines on either side: never one line
 * alone at the head of a page (e.g. before BAB IV's new page) or at the foot.
 */
function fieldText(report: Report, text: string): void {
  const opts = { indent: INDENT * 2, size: 9.5, gap: 5 };
  report.font('regular', opts.size);
  const lines = report.wrapLines(text, report.width - opts.indent);
  // Split only between words (a word longer than the line is left to pdfkit), with a line to spare:
  // pdfkit's own wrap may take one line more than this estimate.
  if (text.includes('\n') || lines.join(' ') !== text.trim().replace(/ +/g, ' ')) return report.paragraph(text, opts);
  const room = Math.floor((report.bottom - report.y) / (report.doc.currentLineHeight(true) + 1.5)) - 1;
  if (lines.length <= room) return report.paragraph(text, opts);
  const here = Math.min(room - 1, lines.length - 3);
  if (here < 3) {
    report.addPage();
    return report.paragraph(text, opts);
  }
  report.paragraph(lines.slice(0, here).join(' '), { ...opts, gap: 0 });
  report.addPage();
  report.paragraph(lines.slice(here).join(' '), opts);
}

/** An idea's particulars: unit, form, kind, affair, status, score, proposer (the empty ones left out); the Word copy's too. */
export function particulars(report: Pick<Canvas, 'lang' | 't'>, idea: OutcomeIdea, tpl: OutcomeTemplate, vars: Vars): Array<[string, string]> {
  const field = (key: string) => tpl.text(`results.selected.fields.${key}`, vars);
  const facts: Array<[string, string]> = [[field('unit'), unitLabel(idea.unit, idea.unit_short)]];
  if (idea.form) facts.push([field('form'), report.t(`outcome.form.${idea.form}`)]);
  if (idea.kind) facts.push([field('kind'), report.t(`outcome.kind.${idea.kind}`)]);
  if (idea.affair) facts.push([field('affair'), idea.affair]);
  facts.push([field('status'), ideaStatusLabel(report, idea.status)]);
  if (idea.score !== null) facts.push([field('score'), formatScore(idea.score, report.lang)]);
  if (idea.proposer) facts.push([field('proposer'), idea.proposer]);
  return facts;
}

/** The height of an idea's title and particulars (as pairs() lays them out), and the first lines after them. */
function headHeight(report: Report, idea: OutcomeIdea, no: number, tpl: OutcomeTemplate, vars: Vars): number {
  report.font('bold', 10.5);
  let h = 4 + report.measure(`${no}. ${idea.title}`, report.width - INDENT) + 4;
  const facts = particulars(report, idea, tpl, vars);
  report.font('regular', 9.5);
  const labelWidth = Math.max(...facts.map(([label]) => report.doc.widthOfString(label))) + 6;
  const valueWidth = report.right - (report.left + INDENT * 2 + labelWidth + 10);
  const lh = report.doc.currentLineHeight(true);
  for (const [, value] of facts) h += report.wrapLines(value, valueWidth).length * lh + 2;
  return h + 4 + 3 * lh;
}
