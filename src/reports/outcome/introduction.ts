// BAB I Pendahuluan: background, legal basis, purpose.
import type { OutcomeData } from '../../store/report-outcome-data.js';
import { type Report, numbered } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { INDENT, chapter, paragraphs, section } from './headings.js';
import type { OutcomeTemplate } from './template.js';

export function introduction(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  chapter(report, 1, tpl.text('introduction.title', vars));
  section(report, 0, tpl.text('introduction.background.title', vars));
  paragraphs(report, tpl.list('introduction.background.paragraphs', vars));

  section(report, 1, tpl.text('introduction.legalBasis.title', vars));
  report.paragraph(tpl.text('introduction.legalBasis.intro', vars), { indent: INDENT, gap: 3 });
  const basis = (data.workshop.legal_basis?.trim() || tpl.text('introduction.legalBasis.default', vars))
    .split(';')
    .map((s) => s.trim().replace(/[.;]+$/, ''))
    .filter((s) => s !== '');
  numbered(report, basis.map((s, i) => (i < basis.length - 1 ? `${s};` : `${s}.`)), { indent: INDENT });

  section(report, 2, tpl.text('introduction.purpose.title', vars));
  paragraphs(report, tpl.list('introduction.purpose.paragraphs', vars));
  report.paragraph(tpl.text('introduction.purpose.listIntro', vars), { indent: INDENT, gap: 3 });
  numbered(report, tpl.list('introduction.purpose.list', vars), { indent: INDENT });
}
