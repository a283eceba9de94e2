// The building blocks of the Word outcome report (the `docx` package, loaded by index.ts only when a DOCX
// is asked for): the kop as the page header, "Halaman X dari Y" as the footer, headings as Word's own
// heading styles (so Word's table of contents and heading numbering work), tables as Word tables, and the
// signature block. Lengths are in twentieths of a point (twips), as Word counts them.
import type * as Docx from 'docx';
import { formatDate, formatDayRange } from '../../domain/dates.js';
import { formatNip } from '../../domain/nip.js';
import { type Lang, type MessageKey, translate } from '../../i18n/index.js';
import type { Workshop } from '../../store/workshop.js';

export type DocxModule = typeof Docx;
export type Block = Docx.Paragraph | Docx.Table;

/** What every block needs: the library, the language and its words. */
export interface Writer {
  d: DocxModule;
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export function writer(d: DocxModule, lang: Lang): Writer {
  return { d, lang, t: (key, params) => translate(lang, key, params) };
}

const INDENT = 360;
const FONT = 'Arial';

export function text(w: Writer, value: string, opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): Docx.TextRun[] {
  // A line break inside a value stays a line break in Word.
  return value.split('\n').map(
    (line, i) =>
      new w.d.TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: opts.bold,
        italics: opts.italics,
        size: opts.size === undefined ? undefined : opts.size * 2,
        underline: opts.underline ? {} : undefined,
        font: FONT,
      }),
  );
}

export function paragraph(w: Writer, value: string, opts: { indent?: number; center?: boolean; bold?: boolean; italics?: boolean; size?: number; after?: number; hanging?: number } = {}): Docx.Paragraph {
  const A = w.d.AlignmentType;
  return new w.d.Paragraph({
    children: text(w, value, opts),
    alignment: opts.center ? A.CENTER : A.JUSTIFIED,
    indent: { left: (opts.indent ?? 0) + (opts.hanging ?? 0), hanging: opts.hanging },
    spacing: { after: opts.after ?? 120, line: 300 },
  });
}

/** "BAB I" over "PENDAHULUAN": one Heading 1, on a new page (the first one starts its section's page). */
export function chapter(w: Writer, n: number, title: string): Docx.Paragraph {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
  return new w.d.Paragraph({
    heading: w.d.HeadingLevel.HEADING_1,
    alignment: w.d.AlignmentType.CENTER,
    pageBreakBefore: n > 1,
    spacing: { after: 360 },
    children: text(w, `${w.t('outcome.chapter', { n: roman })}\n${title}`, { bold: true, size: 12 }),
  });
}

/** "A. Latar Belakang": a Heading 2. */
export function section(w: Writer, n: number, title: string): Docx.Paragraph {
  const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n] ?? '?';
  return new w.d.Paragraph({ heading: w.d.HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 120 }, children: text(w, `${letter}. ${title}`, { bold: true, size: 11 }) });
}

/** A selected idea's title: a Heading 3. */
export function subsection(w: Writer, title: string): Docx.Paragraph {
  return new w.d.Paragraph({ heading: w.d.HeadingLevel.HEADING_3, keepNext: true, indent: { left: INDENT }, spacing: { before: 200, after: 100 }, children: text(w, title, { bold: true, size: 10.5 }) });
}

export function paragraphs(w: Writer, texts: readonly string[], indent = INDENT): Docx.Paragraph[] {
  return texts.map((t) => paragraph(w, t, { indent }));
}

/** "1. …", "2. …" with the text hanging under itself. */
export function numbered(w: Writer, items: readonly string[], indent = INDENT): Docx.Paragraph[] {
  return items.map((item, i) => paragraph(w, `${i + 1}.\t${item}`, { indent, hanging: 360, after: 60 }));
}

/** "Hari/Tanggal : Senin, 7 November 2022" lines, the colons aligned by a tab stop. */
export function pairs(w: Writer, rows: ReadonlyArray<readonly [string, string]>, indent = INDENT, size?: number): Docx.Paragraph[] {
  return rows.map(
    ([label, value]) =>
      new w.d.Paragraph({
        indent: { left: indent + 2400, hanging: 2400 },
        tabStops: [{ type: w.d.TabStopType.LEFT, position: indent + 2200 }],
        spacing: { after: 40 },
        children: text(w, `${label}\t: ${value}`, { size }),
      }),
  );
}

export interface Column<Row> {
  header: string;
  /** Share of the table's width, in percent. */
  width: number;
  center?: boolean;
  value: (row: Row, index: number) => string;
}

/**
 * A Word table: the header row repeats on every page; a row for which `group` gives a title is one merged,
 * shaded cell (a unit's name above its rows); `strong` rows are bold and shaded (totals).
 */
export function table<Row>(w: Writer, columns: readonly Column<Row>[], rows: readonly Row[], opts: { size?: number; group?: (row: Row) => string | undefined; strong?: (row: Row) => boolean } = {}): Docx.Table {
  const d = w.d;
  const size = opts.size ?? 9;
  const shade = (fill: string) => ({ type: d.ShadingType.CLEAR, color: 'auto', fill });
  const cell = (value: string, column: Column<Row> | undefined, style: { bold?: boolean; fill?: string; span?: number }) =>
    new d.TableCell({
      columnSpan: style.span,
      shading: style.fill ? shade(style.fill) : undefined,
      width: column ? { size: column.width, type: d.WidthType.PERCENTAGE } : undefined,
      children: [new d.Paragraph({ alignment: column?.center ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, children: text(w, value, { bold: style.bold, size }) })],
    });
  const header = new d.TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, { ...c, center: true }, { bold: true, fill: 'E6E6E6' })) });
  let n = 0;
  const body = rows.map((row) => {
    const title = opts.group?.(row);
    if (title !== undefined) return new d.TableRow({ cantSplit: true, children: [cell(title, undefined, { bold: true, fill: 'F0F0F0', span: columns.length })] });
    const strong = opts.strong?.(row) ?? false;
    const index = n++;
    return new d.TableRow({ cantSplit: true, children: columns.map((c) => cell(c.value(row, index), c, { bold: strong, fill: strong ? 'E6E6E6' : undefined })) });
  });
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [header, ...body] });
}

/** The kop on every page after the cover: organizer in capitals, partner, the workshop, when and where. */
export function kopHeader(w: Writer, workshop: Workshop): Docx.Header {
  const d = w.d;
  const lines: Docx.Paragraph[] = [];
  const centred = (value: string, opts: { bold?: boolean; size?: number } = {}) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: text(w, value, opts) });
  if (workshop.organizer) lines.push(centred(workshop.organizer.toUpperCase(), { bold: true, size: 12 }));
  if (workshop.partner) lines.push(centred(w.t('report.partner', { partner: workshop.partner }), { size: 9 }));
  const where = [formatDayRange(workshop.start_date, workshop.end_date, w.lang), workshop.venue].filter(Boolean).join(' · ');
  lines.push(
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      border: { bottom: { style: d.BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } },
      spacing: { after: 120 },
      children: [...text(w, workshop.title, { bold: true, size: 9 }), ...text(w, `\n${where}`, { size: 8 })],
    }),
  );
  return new d.Header({ children: lines });
}

/** "Halaman 2 dari 7", counted by Word. */
export function pageFooter(w: Writer): Docx.Footer {
  const d = w.d;
  const [before, between, after] = w.t('report.page', { page: '\u0000', pages: '\u0000' }).split('\u0000') as [string, string, string];
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ children: [before, d.PageNumber.CURRENT, between, d.PageNumber.TOTAL_PAGES, after], size: 16, font: FONT })],
      }),
    ],
  });
}

/** "Tanjungbalai, 16 Januari 2023", the position, room to sign, the name bold and underlined, "NIP …"; on the right, kept together. */
export function signature(w: Writer, s: { place?: string | null; date: string; position?: string | null; name?: string | null; nip?: string | null }): Docx.Paragraph[] {
  const d = w.d;
  const line = (value: string, opts: { bold?: boolean; underline?: boolean; before?: number } = {}) =>
    new d.Paragraph({ keepNext: true, keepLines: true, alignment: d.AlignmentType.CENTER, indent: { left: 4800 }, spacing: { before: opts.before ?? 0 }, children: text(w, value, { ...opts, size: 10 }) });
  const lines = [line([s.place, formatDate(s.date, w.lang)].filter(Boolean).join(', '), { before: 480 })];
  if (s.position) lines.push(line(`${s.position},`));
  lines.push(s.name ? line(s.name, { bold: true, underline: true, before: 1100 }) : line(w.t('report.unsigned'), { before: 1100 }));
  if (s.nip) lines.push(line(w.t('report.nip', { nip: formatNip(s.nip) })));
  return lines;
}
