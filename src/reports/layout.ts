// The parts every report shares: paper and fonts, the kop (heading block), tables that break across pages
// with their header repeated, the signature block, page numbers, and reproducible output.
//
// A report module takes a plain data model and draws it with a `Report`; it never opens the database.
// pdfkit is loaded by `Report.create()` with import(), so importing this module costs nothing at start-up.
//
//   const report = await Report.create(options, { title: 'Daftar Hadir' });
//   report.kop(workshopKop(workshop, 'DAFTAR HADIR', options.lang, { day }));
//   report.table({ columns }, rows);
//   report.signature({ place, date, position, name, nip });
//   const { pages } = await report.save('/path/daftar-hadir.pdf');
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FileError } from '../errors.js';
import { formatDate, formatDayRange, formatLongDate } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import type { Workshop } from '../store/workshop.js';
import { type Lang, type MessageKey, type MessageParams, translate } from '../i18n/index.js';
import { packageRoot, withModuleCache } from './module-cache.js';
import { FONT_NAMES, type FontName, fastHex, fastWidth, deferPdfkitData, fontData, installFastLayout, skipWoff2Decoder } from './fonts.js';

export type { FontName } from './fonts.js';

export type Paper = 'a4' | 'f4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'f4', 'letter'];
/** Portrait width × height in PDF points (1/72 inch). F4 is the Indonesian folio, 215 × 330 mm. */
export const PAPER_SIZES: Record<Paper, readonly [number, number]> = {
  a4: [595.28, 841.89],
  f4: [609.45, 935.43],
  letter: [612, 792],
};
export type Orientation = 'portrait' | 'landscape';

/** What every report writer receives besides its data. */
export interface ReportOptions {
  paper: Paper;
  lang: Lang;
  /** The PDF's CreationDate/ModDate; from SOURCE_DATE_EPOCH when set (see reportDate) so output is reproducible. */
  date: Date;
}

/** SOURCE_DATE_EPOCH (whole seconds since 1970, reproducible-builds.org) when set and valid, else the clock. */
export function reportDate(env: Record<string, string | undefined>, now: () => Date): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}

/** Per-document settings. */
export interface DocumentInfo {
  /** PDF title (document properties). */
  title: string;
  subject?: string;
  author?: string;
  orientation?: Orientation;
  /** Page margins in points; the page number sits 18 pt below the bottom margin. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** "Halaman 2 dari 7" on every page (default). Certificates are single sheets handed out one by one: off. */
  pageNumbers?: boolean;
}

/** "91,7%" in Indonesian (comma as the decimal mark), "91.7%" in English; a dash when there is nothing to count. */
export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const text = value.toFixed(1);
  return `${lang === 'id' ? text.replace('.', ',') : text}%`;
}

const RULE = '#000000';
const HEADER_FILL = '#e6e6e6';
const ZEBRA_FILL = '#f5f5f5';

type Doc = PDFKit.PDFDocument;

/** The pdfkit internals fastText uses (pdfkit ~0.20; the type declarations do not describe them). */
interface PdfkitFont {
  id: string;
  ascender: number;
  ref(): unknown;
}
interface PdfkitInternals {
  _font: PdfkitFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown>; xobjects: Record<string, unknown> };
  addContent(data: string): void;
  ref(data: Record<string, unknown>): { data: Record<string, unknown>; write(chunk: string): void; end(): void };
}

/** Where pdfkit's code is loaded from (see module-cache.ts); none when it cannot be found. */
function pdfkitRoots(): string[] {
  try {
    return packageRoot(createRequire(import.meta.url).resolve('pdfkit'));
  } catch {
    return [];
  }
}

const BYTE_WRITES = Symbol.for('innolab.byteWrites');
const PENDING = Symbol('innolab.pendingText');

type Method = (this: Record<symbol, unknown>, ...args: unknown[]) => unknown;

/**
 * pdfkit turns every string it writes (each content-stream operator, each object) into bytes with a
 * character-by-character loop (`fromBinaryString`: the low byte of each UTF-16 unit, plus a newline), and a
 * page's content stream is thousands of such small chunks: ~50–90 ms for a 45-page sheet. Here a reference
 * (a page's content stream, …) collects the text written to it and converts it once, natively
 * (Buffer.from(…, 'latin1') gives the same bytes), when bytes are written or the object is finalized; the
 * document's own writes are converted natively too. The output is byte for byte what pdfkit writes. Installed
 * once on pdfkit's reference and document classes (pdfkit ~0.20), given an instance of each.
 */
function byteWrites(doc: unknown, ref: unknown): void {
  const refProto = Object.getPrototypeOf(ref) as Record<string | symbol, unknown> | null;
  const docProto = Object.getPrototypeOf(doc) as Record<string | symbol, unknown> | null;
  if (!refProto || !docProto || refProto[BYTE_WRITES]) return;
  const write = refProto.write as Method | undefined;
  const finalize = refProto.finalize as Method | undefined;
  const docWrite = docProto._write as Method | undefined;
  if (typeof write !== 'function' || typeof finalize !== 'function' || typeof docWrite !== 'function') return;
  const flush = (self: Record<symbol, unknown>): void => {
    const pending = self[PENDING];
    if (typeof pending === 'string') {
      self[PENDING] = undefined;
      write.call(self, Buffer.from(pending, 'latin1'));
    }
  };
  refProto.write = function (this: Record<symbol, unknown>, chunk: unknown): unknown {
    if (typeof chunk === 'string') {
      this[PENDING] = `${(this[PENDING] as string | undefined) ?? ''}${chunk}\n`;
      return undefined;
    }
    flush(this);
    return write.call(this, chunk);
  };
  refProto.finalize = function (this: Record<symbol, unknown>): unknown {
    flush(this);
    return finalize.call(this);
  };
  docProto._write = function (this: Record<symbol, unknown>, chunk: unknown): unknown {
    return docWrite.call(this, typeof chunk === 'string' ? Buffer.from(`${chunk}\n`, 'latin1') : chunk);
  };
  refProto[BYTE_WRITES] = true;
}

/** Numbers as pdfkit writes them into content streams. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface Kop {
  /** "Pemerintah Kota Tanjungbalai": printed in capitals at the top. */
  organizer?: string | null;
  /** "LAN RI": printed under the organizer as "bekerja sama dengan …". */
  partner?: string | null;
  /** The document's title, e.g. "Daftar Hadir Peserta"; printed in capitals. */
  title: string;
  /** The workshop's title, under the document title. */
  subtitle?: string | null;
  /** Label/value lines under the titles ("Hari/Tanggal : Senin, 7 November 2022"). */
  details?: ReadonlyArray<readonly [string, string]>;
}

/** The workshop fields a report heading and signature block need. */
export type WorkshopHeading = Pick<Workshop, 'title' | 'organizer' | 'partner' | 'city' | 'venue' | 'start_date' | 'end_date' | 'signatory'>;

/**
 * The usual kop of a workshop document: organizer, partner, document title, workshop title, then the day
 * ("Senin, 7 November 2022") or the whole range ("Senin–Rabu, 7–9 November 2022") and the venue.
 */
export function workshopKop(w: WorkshopHeading, title: string, lang: Lang, opts: { day?: string } = {}): Kop {
  const date = opts.day ? formatLongDate(opts.day, lang) : formatDayRange(w.start_date, w.end_date, lang);
  const details: Array<[string, string]> = [[translate(lang, 'report.label.date'), date]];
  if (w.venue) details.push([translate(lang, 'report.label.venue'), w.venue]);
  return { organizer: w.organizer, partner: w.partner, title, subtitle: w.title, details };
}

/** The signature block at the end of a document. */
export interface Signature {
  /** City where it is signed: "Tanjungbalai". */
  place?: string | null;
  /** ISO date, printed "9 November 2022". */
  date?: string | null;
  /** A line above the position, e.g. "Mengetahui,". */
  caption?: string | null;
  /** "Kepala Badan Perencanaan Pembangunan Daerah". */
  position?: string | null;
  /** Printed bold and underlined; a dotted blank when missing. */
  name?: string | null;
  /** 18 digits; printed "NIP 19680412 199303 1 004". */
  nip?: string | null;
}

export interface SignatureOptions {
  align?: 'left' | 'right' | 'center';
  /** Width of the block (default 230 pt). */
  width?: number;
  /** Room to sign, above the name (default 58 pt). */
  space?: number;
}

/** Where a cell is on the page, for columns that draw themselves. */
export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  padding: number;
}

export interface TableColumn<T> {
  header: string;
  /** Share of the table's width; the shares are scaled to fill it. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** The cell's text (wrapped to the column). Columns with `draw` may still give text to size the row. */
  value?: (row: T, index: number) => string;
  font?: (row: T) => FontName | undefined;
  /** Draws the cell itself (e.g. a signature line), after the borders; the row is at least `minRowHeight`. */
  draw?: (cell: CellBox, row: T, index: number, report: Report) => void;
}

export interface TableSpec<T> {
  columns: ReadonlyArray<TableColumn<T>>;
  fontSize?: number;
  headerFontSize?: number;
  padding?: number;
  /** Rows are at least this tall (signature sheets need room to sign). */
  minRowHeight?: number;
  zebra?: boolean;
  /** A full-width row (group heading) instead of cells: return its text. It stays on the page of the row under it. */
  span?: (row: T) => string | undefined;
  /** Fill and font for a whole row (subtotals, overdue rows). */
  rowStyle?: (row: T) => { fill?: string; font?: FontName; color?: string } | undefined;
  /**
   * Called on every page the table continues on, before its header is repeated (e.g. a section title), with
   * the row that will come first on it.
   */
  onNewPage?: (first: T) => void;
  /**
   * Points that must follow the table on its last page (e.g. signatureHeight()): when the last rows and
   * this do not fit, the last two rows move to the next page with it, so a signature never stands alone.
   */
  keepWithEnd?: number;
}

/** One PDF being drawn. Coordinates are PDF points from the top-left corner of the page. */
export class Report {
  /** The PDF as pdfkit writes it: finished pages are compressed and flushed here, so memory stays flat. */
  private readonly chunks: Buffer[] = [];
  private pageCount = 0;
  /** A form XObject holding the total page count, drawn on every page and written at the end. */
  private readonly totalPages: ReturnType<PdfkitInternals['ref']>;
  private footerFont: PdfkitFont | undefined;

  private constructor(
    readonly doc: Doc,
    readonly options: ReportOptions,
    private readonly pageNumbers: boolean,
  ) {
    doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.totalPages = (doc as unknown as PdfkitInternals).ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, -4, 60, 12] });
    byteWrites(doc, this.totalPages);
    doc.on('pageAdded', () => this.footer());
  }

  /** A new document with the first page added and the fonts registered. */
  static async create(options: ReportOptions, info: DocumentInfo): Promise<Report> {
    skipWoff2Decoder();
    deferPdfkitData();
    const { default: PDFDocument } = await withModuleCache(pdfkitRoots(), () => import('pdfkit'));
    const landscape = info.orientation === 'landscape';
    const doc = new PDFDocument({
      size: [...PAPER_SIZES[options.paper]],
      layout: landscape ? 'landscape' : 'portrait',
      margins: info.margins ?? (landscape ? { top: 36, bottom: 46, left: 44, right: 44 } : { top: 40, bottom: 50, left: 56, right: 42 }),
      // Pages are written as they are finished (flat memory for 100,000 rows); page numbers are drawn when a
      // page starts, with the total in a form XObject filled in at the end.
      bufferPages: false,
      autoFirstPage: false,
      lang: options.lang === 'id' ? 'id-ID' : 'en-GB',
      // pdfkit derives the trailer's /ID from this dictionary, so a fixed date gives byte-identical files.
      info: {
        Title: info.title,
        Subject: info.subject ?? info.title,
        Author: info.author ?? '',
        Creator: 'innolab',
        Producer: 'innolab (PDFKit)',
        CreationDate: options.date,
        ModDate: options.date,
      },
    });
    for (const name of FONT_NAMES) doc.registerFont(name, fontData(name));
    doc.font('regular').fontSize(10);
    installFastLayout((doc as unknown as { _font: unknown })._font);
    const report = new Report(doc, options, info.pageNumbers ?? true);
    doc.addPage();
    doc.fillColor('black');
    return report;
  }

  get lang(): Lang {
    return this.options.lang;
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.options.lang, key, params);
  }

  /** Left edge of the content area. */
  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  /** Lowest y content may reach (the footer with the page number lies below). */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  font(name: FontName, size: number): this {
    this.doc.font(name).fontSize(size);
    return this;
  }

  addPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` points still fit; returns whether it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.addPage();
    return true;
  }

  moveDown(points: number): void {
    this.doc.y += points;
  }

  /** Height of `text` wrapped to `width` in the current font; cheap for the usual one-line cell. */
  measure(text: string, width: number): number {
    const line = this.doc.currentLineHeight(true);
    if (text === '') return line;
    if (!text.includes('\n') && this.doc.widthOfString(text) <= width) return line;
    return this.doc.heightOfString(text, { width });
  }

  /**
   * One line of text that is known to fit `width` (see measure): drawn without pdfkit's line wrapper, which
   * is most of the cost of a long table.
   */
  line(text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right' = 'left'): void {
    if (align !== 'left') {
      const w = this.widthOf(text);
      x += align === 'right' ? width - w : (width - w) / 2;
    }
    this.fastText(text, x, y);
  }

  /**
   * What pdfkit's text() writes for one unkerned line (save, flip to PDF coordinates, BT … Tm Tf TJ ET,
   * restore), as one content-stream write instead of eight: a 10,000-row sheet writes ~60,000 of them.
   * Text the fast layout did not handle (kerning or mark offsets) goes through pdfkit as usual.
   */
  private fastText(text: string, x: number, y: number, colour = ''): void {
    if (text === '') return;
    const doc = this.doc as unknown as PdfkitInternals;
    const font = doc._font;
    const hex = fastHex(font, text);
    if (hex === undefined) {
      this.doc.text(text, x, y, { lineBreak: false });
      return;
    }
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
    const height = doc.page.height;
    const baseline = height - y - (font.ascender / 1000) * doc._fontSize;
    doc.addContent(`q ${colour}1 0 0 -1 0 ${num(height)} cm BT 1 0 0 1 ${num(x)} ${num(baseline)} Tm /${font.id} ${num(doc._fontSize)} Tf [<${hex}> 0] TJ ET Q`);
  }

  /** Width of text in the current font and size. */
  widthOf(text: string): number {
    const doc = this.doc as unknown as PdfkitInternals;
    return fastWidth(doc._font, text, doc._fontSize) ?? this.doc.widthOfString(text);
  }

  /**
   * Splits text into lines that fit `width` in the current font: at spaces, and inside a word only when the
   * word alone is wider than the line. A plain greedy wrap, several times faster than pdfkit's Unicode line
   * breaker, for table cells.
   */
  wrapLines(text: string, width: number): string[] {
    const lines: string[] = [];
    const space = this.widthOf(' ');
    for (const paragraph of text.split('\n')) {
      if (this.widthOf(paragraph) <= width) {
        lines.push(paragraph);
        continue;
      }
      let line = '';
      let lineWidth = 0;
      for (let word of paragraph.split(/ +/)) {
        let w = this.widthOf(word);
        if (line !== '' && lineWidth + space + w <= width) {
          line += ' ' + word;
          lineWidth += space + w;
          continue;
        }
        if (line !== '') lines.push(line);
        while (w > width && word.length > 1) {
          let n = word.length - 1;
          while (n > 1 && this.widthOf(word.slice(0, n)) > width) n--;
          lines.push(word.slice(0, n));
          word = word.slice(n);
          w = this.widthOf(word);
        }
        line = word;
        lineWidth = w;
      }
      if (line !== '') lines.push(line);
    }
    return lines;
  }

  /** Text wrapped inside a box; never starts a new page by itself. */
  textBox(text: string, x: number, y: number, width: number, opts: { align?: 'left' | 'center' | 'right'; height?: number; underline?: boolean } = {}): void {
    this.doc.text(text, x, y, { width, align: opts.align ?? 'left', height: opts.height ?? this.bottom - y + 1, lineBreak: true, underline: opts.underline });
  }

  /** A small bold line above a continued table ("Daftar Hadir, … (lanjutan)"), wrapped if it must. */
  caption(text: string, size = 8.5): void {
    this.font('bold', size);
    const lh = this.doc.currentLineHeight(true);
    for (const line of this.wrapLines(text, this.width)) {
      this.line(line, this.left, this.doc.y, this.width);
      this.doc.y += lh;
    }
    this.doc.y += 4;
  }

  /** A section heading that stays with at least `keep` points of what follows. */
  heading(text: string, opts: { size?: number; align?: 'left' | 'center'; keep?: number } = {}): void {
    this.font('bold', opts.size ?? 11);
    const h = this.measure(text, this.width);
    this.ensureSpace(h + (opts.keep ?? 40));
    this.textBox(text, this.left, this.doc.y, this.width, { align: opts.align ?? 'left' });
    this.doc.y += 4;
  }

  /** Running text that flows onto new pages as needed. */
  paragraph(text: string, opts: { size?: number; align?: 'left' | 'justify' | 'center'; indent?: number; font?: FontName; gap?: number } = {}): void {
    this.font(opts.font ?? 'regular', opts.size ?? 10);
    this.ensureSpace(this.doc.currentLineHeight(true) * 2);
    this.doc.text(text, this.left + (opts.indent ?? 0), this.doc.y, { width: this.width - (opts.indent ?? 0), align: opts.align ?? 'justify', lineGap: 1.5 });
    this.doc.y += opts.gap ?? 6;
  }

  /**
   * The organizer in capitals (bold, `size`) and "in partnership with …" under it, centred, from `y`; each
   * only when given. Returns the y below them.
   */
  organizerLines(who: Pick<Kop, 'organizer' | 'partner'>, y: number, size: number): number {
    if (who.organizer) {
      this.font('bold', size);
      this.textBox(who.organizer.toUpperCase(), this.left, y, this.width, { align: 'center' });
      y = this.doc.y;
    }
    if (who.partner) {
      this.font('regular', 10);
      this.textBox(this.t('report.partner', { partner: who.partner }), this.left, y + 1, this.width, { align: 'center' });
      y = this.doc.y;
    }
    return y;
  }

  /** The heading block: organizer and partner, a double rule, the titles, then label : value lines. */
  kop(kop: Kop): void {
    const doc = this.doc;
    const { left, width } = this;
    doc.fillColor('black');
    let y = this.organizerLines(kop, this.top, 14);
    if (kop.organizer || kop.partner) {
      y += 5;
      doc.lineWidth(2).moveTo(left, y).lineTo(left + width, y).strokeColor(RULE).stroke();
      doc.lineWidth(0.6).moveTo(left, y + 3).lineTo(left + width, y + 3).stroke();
      y += 14;
    }
    this.font('bold', 13);
    this.textBox(kop.title.toUpperCase(), left, y, width, { align: 'center' });
    y = doc.y;
    if (kop.subtitle) {
      this.font('bold', 11);
      this.textBox(kop.subtitle, left + 30, y + 2, width - 60, { align: 'center' });
      y = doc.y;
    }
    y += 8;
    if (kop.details && kop.details.length > 0) {
      this.font('regular', 10);
      const labelWidth = Math.max(...kop.details.map(([label]) => doc.widthOfString(label))) + 6;
      for (const [label, value] of kop.details) {
        this.textBox(label, left, y, labelWidth);
        this.textBox(':', left + labelWidth, y, 8);
        this.textBox(value, left + labelWidth + 10, y, width - labelWidth - 10);
        y = Math.max(doc.y, y + doc.currentLineHeight(true));
      }
      y += 6;
    }
    doc.x = left;
    doc.y = y;
  }

  /**
   * A table: the header row is repeated on every page the table continues on and a row is never split; text
   * wraps within its column. Starts at the current y and leaves y under the last row.
   */
  table<T>(spec: TableSpec<T>, rows: Iterable<T>): void {
    const doc = this.doc;
    const fontSize = spec.fontSize ?? 9;
    const headerFontSize = spec.headerFontSize ?? fontSize;
    const pad = spec.padding ?? 4;
    const total = spec.columns.reduce((sum, c) => sum + c.width, 0);
    const left = this.left;
    const widths = spec.columns.map((c) => (c.width / total) * this.width);
    const xs: number[] = [];
    widths.reduce((x, w) => (xs.push(x), x + w), left);
    const tableWidth = this.width;

    const header = (): void => {
      this.font('bold', headerFontSize);
      const lh = doc.currentLineHeight(true);
      const lines = spec.columns.map((c, i) => this.wrapLines(c.header, widths[i]! - 2 * pad));
      const h = Math.max(...lines.map((l) => l.length)) * lh + 2 * pad;
      const y = doc.y;
      doc.rect(left, y, tableWidth, h).fill(HEADER_FILL);
      doc.fillColor('black');
      lines.forEach((cell, i) => {
        const top = y + (h - cell.length * lh) / 2;
        cell.forEach((text, n) => this.line(text, xs[i]! + pad, top + n * lh, widths[i]! - 2 * pad, 'center'));
      });
      this.grid(xs, widths, y, h);
      doc.y = y + h;
    };

    this.ensureSpace(60);
    header();
    this.font('regular', fontSize);
    const lineHeight = doc.currentLineHeight(true);

    type Layout = { cells: Array<{ lines: string[]; font: FontName }>; h: number; span: boolean };
    /** Each cell's lines, measured once and drawn as measured. */
    const layout = (row: T, index: number): Layout => {
      const style = spec.rowStyle?.(row);
      const span = spec.span?.(row);
      if (span !== undefined) {
        const font = style?.font ?? 'bold';
        this.font(font, fontSize);
        const lines = this.wrapLines(span, tableWidth - 2 * pad);
        return { cells: [{ lines, font }], h: lines.length * lineHeight + 2 * pad, span: true };
      }
      let h = spec.minRowHeight ?? 0;
      const cells = spec.columns.map((c, ci) => {
        const text = c.value?.(row, index) ?? '';
        const font = c.font?.(row) ?? style?.font ?? 'regular';
        this.font(font, fontSize);
        const lines = text === '' ? [] : this.wrapLines(text, widths[ci]! - 2 * pad);
        h = Math.max(h, Math.max(1, lines.length) * lineHeight + 2 * pad);
        return { lines, font };
      });
      return { cells, h, span: false };
    };

    const list = Array.isArray(rows) ? (rows as T[]) : [...rows];
    // Each row is laid out once, in order; a row may be laid out before its turn to decide a page break.
    // A layout is dropped once drawn (a 10,000-person sheet would otherwise keep all of them).
    const layouts: (Layout | undefined)[] = [];
    const layoutAt = (index: number): Layout => (layouts[index] ??= layout(list[index]!, index));
    const keep = Math.min(2, list.length);
    let rowsOnPage = 0;
    const newPage = (first: T): void => {
      this.addPage();
      spec.onNewPage?.(first);
      header();
      rowsOnPage = 0;
    };
    list.forEach((row, index) => {
      if (spec.keepWithEnd !== undefined && index === list.length - keep) {
        let needed = spec.keepWithEnd;
        for (let k = index; k < list.length; k++) needed += layoutAt(k).h;
        if (rowsOnPage > 0 && doc.y + needed > this.bottom && this.top + 60 + needed <= this.bottom) newPage(row);
      }
      const l = layoutAt(index);
      // A group heading goes to the next page with the row under it rather than stand alone at the bottom.
      const next = l.span && index + 1 < list.length ? layoutAt(index + 1) : undefined;
      const withNext = l.h + (next && !next.span ? next.h : 0);
      if (doc.y + l.h > this.bottom || (rowsOnPage > 0 && doc.y + withNext > this.bottom)) newPage(row);
      this.drawRow(spec, row, index, l, { xs, widths, left, tableWidth, pad, fontSize, lineHeight });
      layouts[index] = undefined;
      rowsOnPage++;
    });
    doc.x = left;
  }

  private drawRow<T>(
    spec: TableSpec<T>,
    row: T,
    index: number,
    l: { cells: Array<{ lines: string[]; font: FontName }>; h: number; span: boolean },
    g: { xs: number[]; widths: number[]; left: number; tableWidth: number; pad: number; fontSize: number; lineHeight: number },
  ): void {
    const doc = this.doc;
    const { xs, widths, left, tableWidth, pad, fontSize, lineHeight } = g;
    const style = spec.rowStyle?.(row);
    const y = doc.y;
    const h = l.h;
    const fill = style?.fill ?? (spec.zebra && index % 2 === 1 ? ZEBRA_FILL : undefined);
    if (fill) doc.rect(left, y, tableWidth, h).fill(fill);
    doc.fillColor(style?.color ?? 'black');
    if (l.span) {
      const cell = l.cells[0]!;
      this.font(cell.font, fontSize);
      cell.lines.forEach((text, n) => this.line(text, left + pad, y + pad + n * lineHeight, tableWidth - 2 * pad));
      doc.lineWidth(0.5).strokeColor(RULE).rect(left, y, tableWidth, h).stroke();
    } else {
      spec.columns.forEach((c, i) => {
        const cell = l.cells[i]!;
        if (c.draw || cell.lines.length === 0) return;
        this.font(cell.font, fontSize);
        // Cells are centred vertically (a row is tall for its signature or for another wrapped cell).
        const top = y + Math.max(pad, (h - cell.lines.length * lineHeight) / 2);
        cell.lines.forEach((text, n) => this.line(text, xs[i]! + pad, top + n * lineHeight, widths[i]! - 2 * pad, c.align));
      });
      this.grid(xs, widths, y, h);
      spec.columns.forEach((c, i) => {
        if (c.draw) {
          this.font('regular', fontSize);
          doc.fillColor('black');
          c.draw({ x: xs[i]!, y, width: widths[i]!, height: h, padding: pad }, row, index, this);
        }
      });
    }
    doc.fillColor('black');
    doc.y = y + h;
  }

  /** A row's outline and column rules, written as one path (see fastText for why). */
  private grid(xs: number[], widths: number[], y: number, h: number): void {
    const doc = this.doc;
    doc.lineWidth(0.5).strokeColor(RULE);
    let path = `${num(xs[0]!)} ${num(y)} ${num(widths.reduce((a, b) => a + b, 0))} ${num(h)} re`;
    for (let i = 1; i < xs.length; i++) path += ` ${num(xs[i]!)} ${num(y)} m ${num(xs[i]!)} ${num(y + h)} l`;
    doc.addContent(path + ' S');
  }

  /** A dotted line to sign on, as one content-stream write. */
  dottedLine(x1: number, x2: number, y: number): void {
    this.doc.addContent(`q 0.5 w [1 1.5] 0 d ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S Q`);
  }

  /**
   * The signature block, kept together on one page: "Tanjungbalai, 9 November 2022", position, room to
   * sign, the name bold and underlined, "NIP 19680412 199303 1 004". Right-aligned by default.
   */
  signature(s: Signature, opts: SignatureOptions = {}): void {
    const doc = this.doc;
    const { lines, heights, width, total } = this.signatureLayout(s, opts);
    const x = opts.align === 'left' ? this.left : opts.align === 'center' ? this.left + (this.width - width) / 2 : this.right - width;
    doc.y += 16;
    this.ensureSpace(total);
    let y = doc.y;
    doc.fillColor('black');
    lines.forEach((line, i) => {
      y += line.gapBefore ?? 0;
      this.font(line.font, 10);
      this.textBox(line.text, x, y, width, { align: 'center', underline: line.underline });
      y += heights[i]! - (line.gapBefore ?? 0);
    });
    doc.x = this.left;
    doc.y = y;
  }

  /** The points signature() takes, including the gap above it (for TableSpec.keepWithEnd). */
  signatureHeight(s: Signature, opts: SignatureOptions = {}): number {
    return this.signatureLayout(s, opts).total + 16;
  }

  private signatureLayout(s: Signature, opts: SignatureOptions) {
    const width = Math.min(opts.width ?? 230, this.width);
    const lines: Array<{ text: string; font: FontName; underline?: boolean; gapBefore?: number }> = [];
    const placeDate = [s.place, s.date ? formatDate(s.date, this.lang) : null].filter(Boolean).join(', ');
    if (placeDate) lines.push({ text: placeDate, font: 'regular' });
    if (s.caption) lines.push({ text: s.caption, font: 'regular' });
    if (s.position) lines.push({ text: s.position + ',', font: 'regular' });
    lines.push({ text: s.name || this.t('report.unsigned'), font: s.name ? 'bold' : 'regular', underline: !!s.name, gapBefore: opts.space ?? 58 });
    if (s.nip) lines.push({ text: this.t('report.nip', { nip: formatNip(s.nip) }), font: 'regular' });
    const heights = lines.map((line) => {
      this.font(line.font, 10);
      return this.measure(line.text, width) + (line.gapBefore ?? 0);
    });
    return { lines, heights, width, total: heights.reduce((a, b) => a + b, 0) };
  }

  /**
   * "Halaman 2 dari 7" at the foot of a page that has just started, in grey 8 pt, centred. The "7" is the
   * form XObject `totalPages`, written by save() once the count is known. Leaves the font as it was.
   */
  private footer(): void {
    const doc = this.doc as unknown as PdfkitInternals;
    const page = this.doc.page;
    this.pageCount++;
    if (!this.pageNumbers) return;
    const font = doc._font;
    const size = doc._fontSize;
    this.font('regular', 8);
    const regular = doc._font;
    this.footerFont = regular;
    const [before = '', after = ''] = this.t('report.page', { page: this.pageCount, pages: '\u0000' }).split('\u0000');
    // DejaVu's digits share one width; the total is assumed as long as this page's number.
    const totalWidth = this.widthOf('0') * String(this.pageCount).length;
    const width = this.widthOf(before) + totalWidth + this.widthOf(after);
    const x = this.left + (this.width - width) / 2;
    const y = page.height - page.margins.bottom + 18;
    const grey = '0.333 0.333 0.333 rg ';
    this.fastText(before, x, y, grey);
    const totalX = x + this.widthOf(before);
    doc.page.xobjects.XTotal = this.totalPages;
    doc.addContent(`q 1 0 0 -1 ${num(totalX)} ${num(y + (regular.ascender / 1000) * 8)} cm /XTotal Do Q`);
    this.fastText(after, totalX + totalWidth, y, grey);
    doc._font = font;
    doc._fontSize = size;
  }

  /**
   * Writes the PDF to `path` (through a temporary file renamed at the end, so a failure never leaves half a
   * PDF behind). Resolves with the path and the number of pages.
   */
  async save(path: string): Promise<{ file: string; pages: number }> {
    const pages = this.pageCount;
    const font = this.footerFont;
    if (font) {
      const hex = fastHex(font, String(pages)) ?? '';
      this.totalPages.data.Resources = { Font: { [font.id]: font.ref() } };
      this.totalPages.write(`0.333 0.333 0.333 rg BT /${font.id} 8 Tf 1 0 0 1 0 0 Tm [<${hex}> 0] TJ ET`);
    }
    this.totalPages.end();
    await new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
      this.doc.end();
    });
    const temp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat(this.chunks));
      renameSync(temp, path);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing to remove
      }
      throw new FileError('error.io', { file: path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    return { file: path, pages };
  }
}
