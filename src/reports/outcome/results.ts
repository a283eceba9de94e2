// BAB III Hasil: every idea by unit, then the selected ones in full.
import type { OutcomeData, OutcomeIdea } from '../../store/report-outcome-data.js';
import { formatScore, unitLabel } from '../format.js';
import { type Report, grouped, pairs } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { ideaStatusLabel } from '../status-labels.js';
import { INDENT, chapter, paragraphs, section } from './headings.js';
import type { OutcomeTemplate } from './template.js';
import { ADVANCED_STATUSES } from './vars.js';

type IdeaTableRow = { group: string } | { idea: OutcomeIdea };

export function results(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const lang = report.lang;
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
    // A running count down the table (the idea's own number is in the text of Bab III's second part).
    const running = new Map<OutcomeIdea, number>(data.ideas.map((idea, i) => [idea, i + 1]));
    report.table<IdeaTableRow>(
      {
        fontSize: 8.5,
        ...grouped<IdeaTableRow>(report, (r) => ('group' in r ? r.group : undefined)),
        rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : undefined),
        columns: [
          { header: col('no'), width: 5, align: 'center', value: (r) => String(of(r) ? running.get(of(r)!) : '') },
          { header: col('title'), width: 37, value: (r) => of(r)?.title ?? '' },
          { header: col('form'), width: 21, value: (r) => (of(r)?.form ? report.t(`outcome.form.${of(r)!.form!}`) : '–') },
          { header: col('kind'), width: 11, value: (r) => (of(r)?.kind ? report.t(`outcome.kind.${of(r)!.kind!}`) : '–') },
          { header: col('status'), width: 12, value: (r) => (of(r) ? ideaStatusLabel(report, of(r)!.status) : '') },
          { header: col('score'), width: 8, align: 'center', value: (r) => (of(r) ? formatScore(of(r)!.score, lang) : '') },
        ],
      },
      rows,
    );
    report.moveDown(8);
  }

  section(report, 1, tpl.text('results.selected.title', vars));
  const advanced = data.ideas.filter((i) => ADVANCED_STATUSES.includes(i.status));
  if (advanced.length === 0) {
    report.paragraph(tpl.text('results.selected.none', vars), { indent: INDENT });
    return;
  }
  report.paragraph(tpl.text('results.selected.intro', vars), { indent: INDENT });
  advanced.forEach((idea, i) => selectedIdea(report, idea, i, tpl, vars));
}

/** One selected idea in full: its particulars, then problem, design, objective, benefit, expected result. */
function selectedIdea(report: Report, idea: OutcomeIdea, index: number, tpl: OutcomeTemplate, vars: Vars): void {
  const field = (key: string) => tpl.text(`results.selected.fields.${key}`, vars);
  report.moveDown(4);
  report.font('bold', 10.5);
  const title = `${index + 1}. ${idea.title}`;
  report.ensureSpace(report.measure(title, report.width - INDENT) + 80);
  report.textBox(title, report.left + INDENT, report.y, report.width - INDENT);
  report.moveDown(4);
  const facts: Array<[string, string]> = [[field('unit'), unitLabel(idea.unit, idea.unit_short)]];
  if (idea.form) facts.push([field('form'), report.t(`outcome.form.${idea.form}`)]);
  if (idea.kind) facts.push([field('kind'), report.t(`outcome.kind.${idea.kind}`)]);
  if (idea.affair) facts.push([field('affair'), idea.affair]);
  facts.push([field('status'), ideaStatusLabel(report, idea.status)]);
  if (idea.score !== null) facts.push([field('score'), formatScore(idea.score, report.lang)]);
  if (idea.proposer) facts.push([field('proposer'), idea.proposer]);
  pairs(report, facts, { indent: INDENT * 2, size: 9.5, keepTogether: true });
  // Fields left empty are left out, not printed as a heading over "-".
  for (const key of ['problem', 'description', 'objective', 'benefit', 'expected_result'] as const) {
    const text = idea[key]?.trim();
    if (!text) continue;
    report.font('bold', 9.5);
    report.ensureSpace(40);
    report.textBox(field(key), report.left + INDENT * 2, report.y, report.width - INDENT * 2);
    report.moveDown(1);
    report.paragraph(text, { indent: INDENT * 2, size: 9.5, gap: 5 });
  }
}
