// Laporan Hasil Kegiatan: the report an office files after the workshop. A data model in, a PDF out; the
// wording comes from templates/outcome.<lang>.json so an office can adapt it without touching code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../errors.js';
import { daysOverdue, isOverdue } from '../domain/commitments.js';
import { MONTHS, formatDate, formatDateRange, formatDayRange } from '../domain/dates.js';
import { roundScore } from '../domain/scoring.js';
import type { Lang } from '../i18n/index.js';
import { templatesDir } from '../paths.js';
import { ADVANCED_STATUSES, type OutcomeCommitment, type OutcomeData, type OutcomeIdea } from '../store/report-outcome-data.js';
import { type FontName, Report, type ReportOptions, formatPercent } from './layout.js';

/** Report options plus the date the report speaks for (signature date, overdue follow-up). */
export interface OutcomeOptions extends ReportOptions {
  asOf: string;
}

export type Vars = Record<string, string | number>;

/** `{name}` placeholders filled from `vars`; unknown ones are left as written so a typo shows on paper. */
export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}

/** The wording of the outcome report, read from its JSON file; a missing text names the key and the file. */
export class OutcomeTemplate {
  private constructor(
    readonly file: string,
    private readonly root: unknown,
  ) {}

  static load(lang: Lang, dir = templatesDir()): OutcomeTemplate {
    const file = join(dir, `outcome.${lang}.json`);
    let root: unknown;
    try {
      root = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const problem = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
      throw new FileError('outcome.templateBroken', { file, problem });
    }
    return new OutcomeTemplate(file, root);
  }

  private get(key: string): unknown {
    let node: unknown = this.root;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return node;
  }

  private missing(key: string): never {
    const problem = `"${key}"`;
    throw new FileError('outcome.templateBroken', { file: this.file, problem });
  }

  text(key: string, vars: Vars = {}): string {
    const value = this.get(key);
    if (typeof value !== 'string') this.missing(key);
    return fill(value, vars);
  }

  list(key: string, vars: Vars = {}): string[] {
    const value = this.get(key);
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) this.missing(key);
    return (value as string[]).map((v) => fill(v, vars));
  }
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const OVERDUE_COLOR = '#b00020';
export const OVERDUE_FILL = '#fde8ea';
const TOTAL_FILL = '#e6e6e6';

/** "7 Nov" / "7 Agu": a day in a narrow column. */
export function shortDate(iso: string, lang: Lang): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${(MONTHS[lang][m - 1] ?? '').slice(0, 3)}`;
}

/** Label : value lines with the colons aligned; values wrap under themselves. */
export function pairs(
  report: Report,
  rows: ReadonlyArray<readonly [string, string]>,
  opts: { indent?: number; size?: number; labelFont?: FontName; width?: number } = {},
): void {
  const size = opts.size ?? 10;
  const x = report.left + (opts.indent ?? 0);
  report.font(opts.labelFont ?? 'regular', size);
  const labelWidth = Math.max(...rows.map(([label]) => report.doc.widthOfString(label))) + 6;
  const valueX = x + labelWidth + 10;
  const valueWidth = (opts.width === undefined ? report.right : x + opts.width) - valueX;
  for (const [label, value] of rows) {
    report.font('regular', size);
    const h = report.measure(value, valueWidth);
    report.ensureSpace(Math.min(h, report.bottom - report.top));
    const y = report.y;
    report.font(opts.labelFont ?? 'regular', size);
    report.textBox(label, x, y, labelWidth);
    report.textBox(':', x + labelWidth, y, 8);
    report.font('regular', size);
    report.textBox(value, valueX, y, valueWidth);
    report.y = Math.max(report.y, y + h) + 2;
  }
  report.moveDown(4);
}

/** "1. …", "2. …" with the text wrapped under itself, never splitting an item across pages. */
export function numbered(report: Report, items: readonly string[], opts: { indent?: number; size?: number; marker?: (i: number) => string } = {}): void {
  const size = opts.size ?? 10;
  const x = report.left + (opts.indent ?? 0);
  const markerWidth = 18;
  const width = report.right - x - markerWidth;
  items.forEach((item, i) => {
    report.font('regular', size);
    const h = report.doc.heightOfString(item, { width, lineGap: 1.5 });
    report.ensureSpace(Math.min(h, report.bottom - report.top));
    const y = report.y;
    report.textBox(opts.marker ? opts.marker(i) : `${i + 1}.`, x, y, markerWidth);
    report.doc.text(item, x + markerWidth, y, { width, align: 'justify', lineGap: 1.5 });
    report.y = Math.max(report.y, y + h) + 3;
  });
  report.moveDown(4);
}

/**
 * Group headings (a unit) for a table, with a "(lanjutan)" line above the repeated header when a group runs
 * onto the next page, so a reader of page 2 knows whose rows they are. (The table keeps a heading on the
 * page of its first row.)
 */
export function grouped<T>(report: Report, groupOf: (row: T) => string | undefined): { span: (row: T) => string | undefined; onNewPage: (first: T) => void } {
  let group: string | undefined;
  return {
    // The table asks for each row's span once, in order (a heading's before the row under it).
    span: (row) => {
      const g = groupOf(row);
      if (g !== undefined) group = g;
      return g;
    },
    onNewPage: (first) => {
      if (group === undefined || groupOf(first) !== undefined) return;
      report.font('italic', 8);
      report.textBox(report.t('outcome.continued', { group }), report.left, report.y, report.width);
      report.moveDown(3);
    },
  };
}

/** Chapter title: "BAB I" over "PENDAHULUAN", centred, on a new page. */
function chapter(report: Report, n: number, title: string): void {
  report.addPage();
  report.font('bold', 12);
  report.textBox(report.t('outcome.chapter', { n: ROMAN[n - 1] ?? String(n) }), report.left, report.y, report.width, { align: 'center' });
  report.textBox(title, report.left, report.y + 2, report.width, { align: 'center' });
  report.moveDown(16);
}

/** "A. Latar Belakang": the section heading, kept with the first lines after it. */
function section(report: Report, n: number, title: string): void {
  report.moveDown(4);
  report.font('bold', 11);
  report.ensureSpace(60);
  const y = report.y;
  report.textBox(`${LETTERS[n] ?? '?'}.`, report.left, y, 18);
  report.textBox(title, report.left + 18, y, report.width - 18);
  report.moveDown(5);
}

const INDENT = 18;

function paragraphs(report: Report, texts: readonly string[]): void {
  for (const text of texts) report.paragraph(text, { indent: INDENT });
}

export function ideaStatusLabel(report: Report, status: OutcomeIdea['status']): string {
  return report.t(`outcome.ideaStatus.${status}`);
}

export function commitmentStatusLabel(report: Report, status: OutcomeCommitment['status']): string {
  return report.t(`outcome.commitmentStatus.${status}`);
}

export function overdueLabel(report: Report, days: number): string {
  return days === 1 ? report.t('outcome.overdueDay') : report.t('outcome.overdueDays', { n: days });
}

function formatScore(score: number | null, lang: Lang): string {
  const rounded = roundScore(score);
  if (rounded === null) return '–';
  const text = rounded.toFixed(2);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** Placeholders every paragraph of the template may use. */
function templateVars(data: OutcomeData, lang: Lang, tpl: OutcomeTemplate): Vars {
  const w = data.workshop;
  const partner = w.partner ?? '';
  const advanced = data.ideas.filter((i) => ADVANCED_STATUSES.includes(i.status));
  return {
    organizer: w.organizer?.trim() || tpl.text('organizerFallback'),
    title: w.title,
    partner,
    with_partner: partner ? (lang === 'id' ? ` bekerja sama dengan ${partner}` : ` in cooperation with ${partner}`) : '',
    venue: w.venue ?? '',
    city: w.city ?? '',
    dates: formatDateRange(w.start_date, w.end_date, lang),
    day_range: formatDayRange(w.start_date, w.end_date, lang),
    year: w.start_date.slice(0, 4),
    participants: data.totals.participants,
    units: data.totals.units,
    others: data.others.narasumber + data.others.fasilitator + data.others.panitia,
    ideas: data.ideas.length,
    idea_units: new Set(data.ideas.map((i) => i.unit)).size,
    selected: advanced.length,
    commitments: data.commitments.length,
  };
}

function cover(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
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

function introduction(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
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

type AttendanceRow = OutcomeData['attendance'][number] & { total?: boolean };

function implementation(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const lang = report.lang;
  const w = data.workshop;
  chapter(report, 2, tpl.text('implementation.title', vars));
  section(report, 0, tpl.text('implementation.timePlace.title', vars));
  report.paragraph(tpl.text('implementation.timePlace.intro', vars), { indent: INDENT, gap: 4 });
  const where: Array<[string, string]> = [[tpl.text('implementation.timePlace.day', vars), formatDayRange(w.start_date, w.end_date, lang)]];
  if (w.venue) where.push([tpl.text('implementation.timePlace.place', vars), w.venue]);
  pairs(report, where, { indent: INDENT });

  section(report, 1, tpl.text('implementation.participants.title', vars));
  if (data.attendance.length === 0) {
    report.paragraph(tpl.text('implementation.participants.none', vars), { indent: INDENT });
    return;
  }
  const others = Number(vars.others);
  const withOthers = others > 0 ? tpl.text('implementation.participants.others', vars) : '';
  paragraphs(report, tpl.list('implementation.participants.paragraphs', { ...vars, with_others: withOthers }));
  const days = w.days;
  const tableVars = (key: string, extra: Vars = {}) => tpl.text(`implementation.participants.table.${key}`, { ...vars, ...extra });
  const rows: AttendanceRow[] = [
    ...data.attendance,
    { unit: tableVars('total'), short: null, participants: data.totals.participants, attended: data.totals.attended, percent: data.totals.percent, total: true },
  ];
  report.table<AttendanceRow>(
    {
      fontSize: 9,
      rowStyle: (r) => (r.total ? { fill: TOTAL_FILL, font: 'bold' } : undefined),
      columns: [
        { header: tableVars('no'), width: 5, align: 'center', value: (r, i) => (r.total ? '' : String(i + 1)) },
        { header: tableVars('unit'), width: 36, value: (r) => (r.unit === '' ? tableVars('noUnit') : r.unit) },
        { header: tableVars('participants'), width: 13, align: 'center', value: (r) => String(r.participants) },
        ...days.map((day, d) => ({
          header: `${tableVars('day', { n: d + 1 })}\n${shortDate(day, lang)}`,
          width: 8,
          align: 'center' as const,
          value: (r: AttendanceRow) => String(r.attended[d] ?? 0),
        })),
        { header: tableVars('percent'), width: 13, align: 'center', value: (r) => formatPercent(r.percent, lang) },
      ],
    },
    rows,
  );
  report.moveDown(4);
  report.paragraph(tpl.text('implementation.participants.note', vars), { size: 8, font: 'italic', align: 'left' });
}

type IdeaTableRow = { group: string } | { idea: OutcomeIdea };

function unitLabel(unit: string, short: string | null): string {
  return short && short.toLowerCase() !== unit.toLowerCase() ? `${unit} (${short})` : unit;
}

function results(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
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
    report.table<IdeaTableRow>(
      {
        fontSize: 8.5,
        ...grouped<IdeaTableRow>(report, (r) => ('group' in r ? r.group : undefined)),
        rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : undefined),
        columns: [
          { header: col('no'), width: 5, align: 'center', value: (r) => String(of(r)?.no ?? '') },
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
  const empty = tpl.text('results.selected.empty', vars);
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
  pairs(report, facts, { indent: INDENT * 2, size: 9.5 });
  for (const key of ['problem', 'description', 'objective', 'benefit', 'expected_result'] as const) {
    report.font('bold', 9.5);
    report.ensureSpace(40);
    report.textBox(field(key), report.left + INDENT * 2, report.y, report.width - INDENT * 2);
    report.moveDown(1);
    report.paragraph(idea[key]?.trim() || empty, { indent: INDENT * 2, size: 9.5, gap: 5 });
  }
}

type CommitmentTableRow = { group: string } | { c: OutcomeCommitment };

function followUp(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars, asOf: string): void {
  chapter(report, 4, tpl.text('followUp.title', vars));
  if (data.commitments.length === 0) {
    report.paragraph(tpl.text('followUp.none', vars));
    return;
  }
  for (const text of tpl.list('followUp.paragraphs', vars)) report.paragraph(text);
  const rows: CommitmentTableRow[] = [];
  let unit: string | undefined;
  for (const c of data.commitments) {
    if (c.unit !== unit) rows.push({ group: unitLabel(c.unit, c.unit_short) });
    unit = c.unit;
    rows.push({ c });
  }
  const col = (key: string) => tpl.text(`followUp.table.${key}`, vars);
  const of = (r: CommitmentTableRow) => ('c' in r ? r.c : undefined);
  const late = (r: CommitmentTableRow) => (of(r) ? isOverdue(of(r)!, asOf) : false);
  report.table<CommitmentTableRow>(
    {
      fontSize: 8,
      ...grouped<CommitmentTableRow>(report, (r) => ('group' in r ? r.group : undefined)),
      rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : late(r) ? { fill: OVERDUE_FILL, color: OVERDUE_COLOR } : undefined),
      columns: [
        { header: col('no'), width: 5, align: 'center', value: (r) => String(of(r)?.no ?? '') },
        { header: col('action'), width: 26, value: (r) => of(r)?.action ?? '' },
        { header: col('idea'), width: 18, value: (r) => (of(r)?.idea_title ? `${of(r)!.idea_no}. ${of(r)!.idea_title}` : '–') },
        { header: col('owner'), width: 16, value: (r) => of(r)?.owner ?? '–' },
        { header: col('due'), width: 15, align: 'center', value: (r) => (of(r) ? formatDate(of(r)!.due_date, report.lang) : '') },
        {
          header: col('status'),
          width: 14,
          value: (r) => {
            const c = of(r);
            if (!c) return '';
            const status = commitmentStatusLabel(report, c.status);
            return late(r) ? `${status}\n${overdueLabel(report, daysOverdue(c, asOf))}` : status;
          },
        },
        { header: col('progress'), width: 9, align: 'center', value: (r) => (of(r) ? `${of(r)!.progress}%` : '') },
      ],
    },
    rows,
  );
}

function closing(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars, asOf: string): void {
  chapter(report, 5, tpl.text('closing.title', vars));
  for (const text of tpl.list('closing.paragraphs', vars)) report.paragraph(text);
  const s = data.workshop.signatory;
  report.signature({ place: data.workshop.city, date: asOf, position: s.position, name: s.name, nip: s.nip });
}

/** Draws the whole report and writes it to `path`. */
export async function writeOutcomePdf(data: OutcomeData, options: OutcomeOptions, path: string, template?: OutcomeTemplate): Promise<{ file: string; pages: number }> {
  const tpl = template ?? OutcomeTemplate.load(options.lang);
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
