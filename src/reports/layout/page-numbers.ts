// "Halaman 2 dari 7" at the foot of every page. Pages are written as they are finished (flat memory for
// 100,000 rows), so the total is not known when a page is drawn: it is a form XObject drawn on every page
// and written once, at the end.
import type { Canvas } from './canvas.js';
import { byteWrites } from './byte-writes.js';
import { fastHex } from './fast-layout.js';
import { type PdfkitFont, type PdfkitRef, internals, num } from './pdfkit.js';
import { fastText } from './text.js';

const GREY = '0.333 0.333 0.333 rg ';

export class PageNumbers {
  /** Pages of the document. */
  private count = 0;
  /** Pages of the current section (a day's sheet numbers its pages from 1, see restart()). */
  private inSection = 0;
  /** The section's page count, drawn on every page and written by finish(). */
  private total: PdfkitRef;
  private font: PdfkitFont | undefined;

  /** `enabled` false (certificates, handed out one by one) only counts the pages. */
  constructor(
    private readonly canvas: Canvas,
    private readonly enabled: boolean,
    private readonly skipFirst = false,
  ) {
    this.total = this.newTotal();
  }

  private newTotal(): PdfkitRef {
    const ref = internals(this.canvas.doc).ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, -4, 60, 12] });
    byteWrites(this.canvas.doc, ref);
    return ref;
  }

  /**
   * Pages added from now on are numbered from 1 again, with their own total ("Halaman 1 dari 3" on the first
   * page of day 2's sheet). Call before the section's first page is added.
   */
  restart(): void {
    this.finish();
    this.total = this.newTotal();
    this.inSection = 0;
  }

  get pages(): number {
    return this.count;
  }

  /** The number the current page carries in its section. */
  get page(): number {
    return this.inSection;
  }

  /** The foot of a page that has just started, in grey 8 pt, centred. Leaves the font as it was. */
  pageAdded(): void {
    const c = this.canvas;
    const doc = internals(c.doc);
    const page = c.doc.page;
    this.count++;
    this.inSection++;
    if (!this.enabled || (this.skipFirst && this.count === 1)) return;
    const font = doc._font;
    const size = doc._fontSize;
    c.font('regular', 8);
    const regular = doc._font;
    this.font = regular;
    const [before = '', after = ''] = c.t('report.page', { page: this.inSection, pages: '\u0000' }).split('\u0000');
    // DejaVu's digits share one width; the total is assumed as long as this page's number.
    const totalWidth = c.widthOf('0') * String(this.inSection).length;
    const width = c.widthOf(before) + totalWidth + c.widthOf(after);
    const x = c.left + (c.width - width) / 2;
    const y = page.height - page.margins.bottom + 18;
    fastText(c.doc, before, x, y, GREY);
    const totalX = x + c.widthOf(before);
    doc.page.xobjects.XTotal = this.total;
    doc.addContent(`q 1 0 0 -1 ${num(totalX)} ${num(y + (regular.ascender / 1000) * 8)} cm /XTotal Do Q`);
    fastText(c.doc, after, totalX + totalWidth, y, GREY);
    doc._font = font;
    doc._fontSize = size;
  }

  /** Writes the total, now that it is known. */
  finish(): void {
    const font = this.font;
    if (font) {
      const hex = fastHex(font, String(this.inSection)) ?? '';
      this.total.data.Resources = { Font: { [font.id]: font.ref() } };
      this.total.write(`${GREY}BT /${font.id} 8 Tf 1 0 0 1 0 0 Tm [<${hex}> 0] TJ ET`);
    }
    this.total.end();
  }
}
