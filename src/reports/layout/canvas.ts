// A document's drawing surface: where the content area is, fonts, page breaks and text. The kop, tables,
// the signature block and page numbers (their own modules) draw on it; Report (report.ts) puts them together.
import type { Lang, MessageKey, MessageParams } from '../../i18n/index.js';
import { fillPlaceholders, translate } from '../../i18n/index.js';
import type { FontName } from './fonts.js';
import type { ReportOptions } from './page.js';
import { type Doc, num } from './pdfkit.js';
import { oneLineBox } from './line-box.js';
import { fastText, textWidth, wrapLines } from './text.js';

/** The colour of every rule and border. */
export const RULE = '#000000';

/** Coordinates are PDF points from the top-left corner of the page. */
export class Canvas {
  protected constructor(
    readonly doc: Doc,
    readonly options: ReportOptions,
  ) {}

  get lang(): Lang {
    return this.options.lang;
  }

  t(key: MessageKey, params?: MessageParams): string {
    const own = this.options.wording?.[key];
    if (own === undefined) return translate(this.options.lang, key, params);
    return fillPlaceholders(own, params);
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
    fastText(this.doc, text, x, y);
  }

  /** Width of text in the current font and size. */
  widthOf(text: string): number {
    return textWidth(this.doc, text);
  }

  /** Splits text into lines that fit `width` in the current font (see text.ts), for table cells. */
  wrapLines(text: string, width: number): string[] {
    return wrapLines(text, width, (s) => this.widthOf(s));
  }

  /** Text wrapped inside a box; never starts a new page by itself. */
  textBox(text: string, x: number, y: number, width: number, opts: { align?: 'left' | 'center' | 'right'; height?: number; underline?: boolean } = {}): void {
    // The usual box of one line is drawn without pdfkit's line wrapper, byte for byte the same (line-box.ts).
    if (oneLineBox(this.doc, text, x, y, width, opts.align ?? 'left', opts.underline ?? false)) return;
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

  /** A dotted line to sign on, as one content-stream write. */
  dottedLine(x1: number, x2: number, y: number): void {
    this.doc.addContent(`q 0.5 w [1 1.5] 0 d ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S Q`);
  }
}
