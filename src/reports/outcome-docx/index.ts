// Laporan Hasil Kegiatan as a Word document, for the office that edits it before it is signed: the same data
// model, chapters and wording (templates/outcome.<lang>.json) as the PDF of reports/outcome/, with chapter and
// section titles as Word headings, tables as Word tables, the kop as the page header and the signature block
// at the end.
import { formatDate, formatDayRange } from '../../domain/dates.js';
import type { MessageKey } from '../../i18n/index.js';
import type { OutcomeCommitment, OutcomeData, OutcomeIdea } from '../../store/report-outcome-data.js';
import { formatPercent, formatScore, shortDate, unitLabel } from '../format.js';
import { PAPER_SIZES, type ReportOptions } from '../layout/page.js';
import { writeAtomically } from '../layout/save.js';
import { OutcomeTemplate } from '../outcome/template.js';
import { ideaNumbers, ideaOfCommitment, particulars } from '../outcome/results.js';
import { ADVANCED_STATUSES, templateVars } from '../outcome/vars.js';
import { ideaStatusLabel, statusAsOf } from '../status-labels.js';
import type { Vars } from '../placeholders.js';
import { type Block, type Writer, chapter, kopHeader, numbered, pageFooter, pairs, paragraph, paragraphs, section, signature, subsection, table, writer } from './blocks.js';

export interface OutcomeDocxOptions extends ReportOptions {
  asOf: string;
}

type Ctx = { w: Writer; data: OutcomeData; tpl: OutcomeTemplate; vars: Vars; asOf: string };

function cover({ w, data, tpl, vars }: Ctx): Block[] {
  const ws = data.workshop;
  const blocks: Block[] = [];
  const centred = (value: string, size: number, bold: boolean, before = 0) =>
    new w.d.Paragraph({ alignment: w.d.AlignmentType.CENTER, spacing: { before, after: 160 }, children: textRuns(w, value, { bold, size }) });
  if (ws.organizer) {
    blocks.push(
      new w.d.Paragraph({
        alignment: w.d.AlignmentType.CENTER,
        border: { bottom: { style: w.d.BorderStyle.DOUBLE, size: 12, color: '000000', space: 6 } },
        children: textRuns(w, ws.organizer.toUpperCase(), { bold: true, size: 15 }),
      }),
    );
  }
  blocks.push(new w.d.Paragraph({ heading: w.d.HeadingLevel.TITLE, alignment: w.d.AlignmentType.CENTER, spacing: { before: 2800, after: 280 }, children: textRuns(w, tpl.text('cover.heading', vars), { bold: true, size: 22 }) }));
  blocks.push(centred(ws.title, 16, true, 120));
  if (ws.partner) blocks.push(centred(tpl.text('cover.partner', vars), 12, false, 240));
  blocks.push(centred(tpl.text('cover.when', vars), 12, false, 240));
  if (ws.venue) blocks.push(centred(tpl.text('cover.where', vars), 12, false));
  blocks.push(centred(tpl.text('cover.year', vars).toUpperCase(), 13, true, 3600));
  return blocks;
}

function textRuns(w: Writer, value: string, opts: { bold?: boolean; size?: number }) {
  return value.split('\n').map((line, i) => new w.d.TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, size: opts.size ? opts.size * 2 : undefined, font: 'Arial' }));
}

function introduction({ w, data, tpl, vars }: Ctx): Block[] {
  const basis = (data.workshop.legal_basis?.trim() || tpl.text('introduction.legalBasis.default', vars))
    .split(';')
    .map((s) => s.trim().replace(/[.;]+$/, ''))
    .filter((s) => s !== '');
  return [
    chapter(w, 1, tpl.text('introduction.title', vars)),
    section(w, 0, tpl.text('introduction.background.title', vars)),
    ...paragraphs(w, tpl.list('introduction.background.paragraphs', vars)),
    section(w, 1, tpl.text('introduction.legalBasis.title', vars)),
    paragraph(w, tpl.text('introduction.legalBasis.intro', vars), { indent: 360, after: 60 }),
    ...numbered(w, basis.map((s, i) => (i < basis.length - 1 ? `${s};` : `${s}.`))),
    section(w, 2, tpl.text('introduction.purpose.title', vars)),
    ...paragraphs(w, tpl.list('introduction.purpose.paragraphs', vars)),
    paragraph(w, tpl.text('introduction.purpose.listIntro', vars), { indent: 360, after: 60 }),
    ...numbered(w, tpl.list('introduction.purpose.list', vars)),
  ];
}

type AttendanceRow = OutcomeData['attendance'][number] & { total?: boolean };

function implementation({ w, data, tpl, vars }: Ctx): Block[] {
  const ws = data.workshop;
  const where: Array<[string, string]> = [[tpl.text('implementation.timePlace.day', vars), formatDayRange(ws.start_date, ws.end_date, w.lang)]];
  if (ws.venue) where.push([tpl.text('implementation.timePlace.place', vars), ws.venue]);
  const blocks: Block[] = [
    chapter(w, 2, tpl.text('implementation.title', vars)),
    section(w, 0, tpl.text('implementation.timePlace.title', vars)),
    paragraph(w, tpl.text('implementation.timePlace.intro', vars), { indent: 360, after: 60 }),
    ...pairs(w, where),
    section(w, 1, tpl.text('implementation.participants.title', vars)),
  ];
  if (data.attendance.length === 0) return [...blocks, paragraph(w, tpl.text('implementation.participants.none', vars), { indent: 360 })];
  const withOthers = Number(vars.others) > 0 ? tpl.text('implementation.participants.others', vars) : '';
  blocks.push(...paragraphs(w, tpl.list('implementation.participants.paragraphs', { ...vars, with_others: withOthers })));
  const col = (key: string, extra: Vars = {}) => tpl.text(`implementation.participants.table.${key}`, { ...vars, ...extra });
  const rows: AttendanceRow[] = [
    ...data.attendance,
    { unit: col('total'), short: null, participants: data.totals.participants, attended: data.totals.attended, percent: data.totals.percent, total: true },
  ];
  const dayWidth = Math.max(6, Math.floor(40 / Math.max(1, ws.days.length)));
  blocks.push(
    table<AttendanceRow>(
      w,
      [
        { header: col('no'), width: 6, center: true, value: (r, i) => (r.total ? '' : String(i + 1)) },
        { header: col('unit'), width: 36, value: (r) => (r.unit === '' ? col('noUnit') : r.unit) },
        { header: col('participants'), width: 10, center: true, value: (r) => String(r.participants) },
        ...ws.days.map((day, d) => ({ header: `${col('day', { n: d + 1 })}\n${shortDate(day, w.lang)}`, width: dayWidth, center: true, value: (r: AttendanceRow) => String(r.attended[d] ?? 0) })),
        { header: col('percent'), width: 12, center: true, value: (r) => formatPercent(r.percent, w.lang) },
      ],
      rows,
      { strong: (r) => r.total === true },
    ),
    paragraph(w, tpl.text('implementation.participants.note', vars), { italics: true, size: 8, after: 120 }),
  );
  return blocks;
}

type Grouped<T> = { group: string } | { item: T };

function byUnit<T extends { unit: string; unit_short: string | null }>(items: readonly T[]): Grouped<T>[] {
  const rows: Grouped<T>[] = [];
  let unit: string | undefined;
  for (const item of items) {
    if (item.unit !== unit) rows.push({ group: unitLabel(item.unit, item.unit_short) });
    unit = item.unit;
    rows.push({ item });
  }
  return rows;
}

const groupOf = <T,>(r: Grouped<T>) => ('group' in r ? r.group : undefined);

function results({ w, data, tpl, vars }: Ctx): Block[] {
  const blocks: Block[] = [chapter(w, 3, tpl.text('results.title', vars)), section(w, 0, tpl.text('results.ideas.title', vars))];
  const t = (key: string) => w.t(key as MessageKey);
  // A running count down the table, the idea's number in the rest of the report (as in the PDF).
  const numbers = ideaNumbers(data);
  if (data.ideas.length === 0) blocks.push(paragraph(w, tpl.text('results.ideas.none', vars), { indent: 360 }));
  else {
    blocks.push(...paragraphs(w, tpl.list('results.ideas.paragraphs', vars)));
    const col = (key: string) => tpl.text(`results.ideas.table.${key}`, vars);
    const of = (r: Grouped<OutcomeIdea>) => ('item' in r ? r.item : undefined);
    blocks.push(
      table<Grouped<OutcomeIdea>>(
        w,
        [
          { header: col('no'), width: 6, center: true, value: (r) => String(of(r) ? numbers.get(of(r)!.no) : '') },
          { header: col('title'), width: 38, value: (r) => of(r)?.title ?? '' },
          { header: col('form'), width: 20, value: (r) => (of(r)?.form ? t(`outcome.form.${of(r)!.form!}`) : '–') },
          { header: col('kind'), width: 12, value: (r) => (of(r)?.kind ? t(`outcome.kind.${of(r)!.kind!}`) : '–') },
          { header: col('status'), width: 14, value: (r) => (of(r) ? ideaStatusLabel(w, of(r)!.status) : '') },
          { header: col('score'), width: 10, center: true, value: (r) => (of(r) ? formatScore(of(r)!.score, w.lang) : '') },
        ],
        byUnit(data.ideas),
        { size: 8.5, group: groupOf },
      ),
    );
  }
  blocks.push(section(w, 1, tpl.text('results.selected.title', vars)));
  const advanced = data.ideas.filter((i) => ADVANCED_STATUSES.includes(i.status));
  if (advanced.length === 0) return [...blocks, paragraph(w, tpl.text('results.selected.none', vars), { indent: 360 })];
  blocks.push(paragraph(w, tpl.text('results.selected.intro', vars), { indent: 360 }));
  advanced.forEach((idea) => {
    const field = (key: string) => tpl.text(`results.selected.fields.${key}`, vars);
    blocks.push(subsection(w, `${numbers.get(idea.no) ?? ''}. ${idea.title}`), ...pairs(w, particulars(w, idea, tpl, vars), 720, 9.5));
    for (const key of ['problem', 'description', 'objective', 'benefit', 'expected_result'] as const) {
      blocks.push(paragraph(w, field(key), { indent: 720, bold: true, size: 9.5, after: 20 }));
      blocks.push(paragraph(w, idea[key]?.trim() || tpl.text('results.selected.empty', vars), { indent: 720, size: 9.5 }));
    }
  });
  return blocks;
}

function followUp({ w, data, tpl, vars, asOf }: Ctx): Block[] {
  const blocks: Block[] = [chapter(w, 4, tpl.text('followUp.title', vars))];
  if (data.commitments.length === 0) return [...blocks, paragraph(w, tpl.text('followUp.none', vars))];
  blocks.push(...paragraphs(w, tpl.list('followUp.paragraphs', vars), 0));
  const col = (key: string) => tpl.text(`followUp.table.${key}`, vars);
  const of = (r: Grouped<OutcomeCommitment>) => ('item' in r ? r.item : undefined);
  const ideaNo = ideaNumbers(data);
  blocks.push(
    table<Grouped<OutcomeCommitment>>(
      w,
      [
        { header: col('no'), width: 8, center: true, value: (r) => String(of(r)?.no ?? '') },
        { header: col('action'), width: 27, value: (r) => of(r)?.action ?? '' },
        { header: col('idea'), width: 14, value: (r) => (of(r)?.idea_title ? ideaOfCommitment(ideaNo, of(r)!) : '–') },
        { header: col('owner'), width: 14, value: (r) => of(r)?.owner ?? '–' },
        { header: col('due'), width: 11, center: true, value: (r) => (of(r) ? formatDate(of(r)!.due_date, w.lang) : '') },
        { header: col('status'), width: 16, value: (r) => (of(r) ? statusAsOf(w, of(r)!, asOf) : '') },
        { header: col('progress'), width: 10, center: true, value: (r) => (of(r) ? `${of(r)!.progress}%` : '') },
      ],
      byUnit(data.commitments),
      { size: 8, group: groupOf },
    ),
  );
  return blocks;
}

function closing({ w, data, tpl, vars, asOf }: Ctx): Block[] {
  const s = data.workshop.signatory;
  return [
    chapter(w, 5, tpl.text('closing.title', vars)),
    ...paragraphs(w, tpl.list('closing.paragraphs', vars), 0),
    ...signature(w, { place: data.workshop.city, date: asOf, position: s.position, name: s.name, nip: s.nip }),
  ];
}

/** Builds the whole document and writes it to `path` (through a temporary file and a rename). */
export async function writeOutcomeDocx(data: OutcomeData, options: OutcomeDocxOptions, path: string, template?: OutcomeTemplate): Promise<{ file: string }> {
  const d = await import('docx');
  const w = writer(d, options.lang);
  const tpl = template ?? OutcomeTemplate.load(options.lang);
  const ctx: Ctx = { w, data, tpl, vars: templateVars(data, options.lang, tpl), asOf: options.asOf };
  const [width, height] = PAPER_SIZES[options.paper];
  const page = { size: { width: Math.round(width * 20), height: Math.round(height * 20) }, margin: { top: 1440, bottom: 1200, left: 1440, right: 1200 } };
  const document = new d.Document({
    creator: data.workshop.organizer ?? 'innolab',
    title: `${tpl.text('cover.heading', ctx.vars)} — ${data.workshop.title}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    features: { updateFields: false },
    sections: [
      { properties: { page }, children: cover(ctx) },
      {
        properties: { page },
        headers: { default: kopHeader(w, data.workshop) },
        footers: { default: pageFooter(w) },
        children: [...introduction(ctx), ...implementation(ctx), ...results(ctx), ...followUp(ctx), ...closing(ctx)],
      },
    ],
  });
  const bytes = await d.Packer.toBuffer(document);
  writeAtomically(path, [bytes]);
  return { file: path };
}
