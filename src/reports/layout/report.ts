// One PDF being drawn: a Canvas with the shared parts (kop, table, signature block, page numbers) and
// reproducible output. A report module takes a plain data model and draws it with a Report; it never opens
// the database. pdfkit is loaded by `Report.create()`, so importing this module costs nothing at start-up.
//
//   const report = await Report.create(options, { title: 'Daftar Hadir' });
//   report.kop(workshopKop(workshop, 'DAFTAR HADIR', options.lang, { day }));
//   report.table({ columns }, rows);
//   report.signature({ place, date, position, name, nip });
//   const { pages } = await report.save('/path/daftar-hadir.pdf');
import { loadPdfkit } from '../../runtime/pdfkit.js';
import { Canvas } from './canvas.js';
import { FONT_NAMES, fontData } from './fonts.js';
import { SIMPLE_CHAR, installFastLayout } from './fast-layout.js';
import { type Kop, drawKop, organizerLines } from './kop.js';
import { type DocumentInfo, type ReportOptions, pageSetup } from './page.js';
import { PageNumbers } from './page-numbers.js';
import { type Doc, type PdfkitRef, internals } from './pdfkit.js';
import { type FileWriter, PRIVATE, openFile } from '../../fs/write-file.js';
import { writeAtomically } from './save.js';
import { type Signature, type SignatureOptions, drawSignature, signatureHeight } from './signature.js';
import { type TableSpec, drawTable } from './table.js';

/** The size of the blocks a PDF's bytes are kept in until save(). */
const BLOCK = 1 << 20;

/** No character the fast layout draws is a combining mark (see runtime/pdfkit-stand-ins.ts). */
const neverMark = (codePoint: number): boolean => codePoint < 0x10000 && SIMPLE_CHAR.test(String.fromCharCode(codePoint));

export class Report extends Canvas {
  /**
   * The PDF as pdfkit writes it: finished pages are compressed and flushed here, so memory stays flat. The
   * bytes are taken from the document's `_write` as it writes them, and copied into 1 MiB blocks: through
   * pdfkit's stream they would wait in its buffer until the drawing ends (it is synchronous), each chunk a
   * slice keeping a 16 KiB zlib buffer alive, several times the PDF itself (docs/PERFORMANCE.md).
   */
  private readonly chunks: Buffer[] = [];
  private block: Buffer = Buffer.allocUnsafe(0);
  private used = 0;
  /** Where the blocks go as they are filled, once writeAsDrawn() is called. */
  private writer: FileWriter | undefined;
  private readonly pageNumbers: PageNumbers;

  /** Headings and the page each starts on, for a table of contents (see markOutline). */
  readonly outline: Array<{ title: string; page: number }> = [];

  private constructor(doc: Doc, options: ReportOptions, pageNumbers: boolean, skipFirst: boolean) {
    super(doc, options);
    // pdfkit's own _write: converts a string, pushes it into its stream and counts the offset. The same
    // bytes and offsets here, into our blocks; the stream then only carries its end.
    // What pdfkit wrote before this (the %PDF header) waits in its stream: taken first, in order.
    const head = (doc as unknown as { read: () => Buffer | null }).read();
    if (head) this.keep(head);
    const writer = doc as unknown as { _write: (chunk: unknown) => number; _offset: number };
    writer._write = (chunk: unknown): number => {
      const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(`${String(chunk)}\n`, 'latin1');
      this.keep(bytes);
      writer._offset += bytes.length;
      return writer._offset;
    };
    doc.on('data', (chunk: Buffer) => this.keep(chunk));
    this.pageNumbers = new PageNumbers(this, pageNumbers, skipFirst);
    let finished: PdfkitRef | undefined;
    doc.on('pageAdded', () => {
      // The page before this one has been written (pdfkit ends a page when the next is added, bufferPages
      // false). The page tree keeps its dictionary to the end, but only for its number ("12 0 R"): what it
      // held (the content stream's and resources' references, the fonts and forms it used, ~1 KB a page)
      // is let go, so 15,000 pages do not pile up (docs/PERFORMANCE.md, "Streaming at scale").
      if (finished) finished.data = {};
      finished = internals(doc).page.dictionary;
      this.pageNumbers.pageAdded();
    });
  }

  /** Copies a chunk into the current block (a large one is copied on its own). */
  private keep(bytes: Uint8Array): void {
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.writer) {
      // Into the file (which gathers small chunks up to 64 KiB before each write).
      this.writer.write(chunk);
      return;
    }
    if (chunk.length >= BLOCK / 4) {
      this.seal();
      this.chunks.push(Buffer.from(chunk));
      return;
    }
    if (this.used + chunk.length > this.block.length) {
      this.seal();
      this.block = Buffer.allocUnsafe(BLOCK);
    }
    chunk.copy(this.block, this.used);
    this.used += chunk.length;
  }

  /** Keeps the current block (never written into again). Nothing is ever left in it once writeAsDrawn() has begun. */
  private seal(): void {
    if (this.used > 0) this.chunks.push(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(0);
    this.used = 0;
  }

  /**
   * Writes the PDF to a temporary file beside `path` as its pages are finished, instead of keeping its bytes
   * until save(path), which then only finishes, fsyncs and renames it (src/fs/write-file.ts): a daftar hadir
   * of 100,000 people is 36 MB. Call it before drawing; when the drawing fails, discard() removes the
   * temporary file and `path` is left as it was.
   */
  writeAsDrawn(path: string): void {
    this.seal();
    this.writer = openFile(path, PRIVATE);
    for (const chunk of this.chunks.splice(0)) this.writer.write(chunk);
  }

  /** Drops what writeAsDrawn() has written so far. */
  discard(): void {
    this.writer?.abort();
  }

  /** A new document with the first page added and the fonts registered. */
  static async create(options: ReportOptions, info: DocumentInfo): Promise<Report> {
    const PDFDocument = await loadPdfkit(neverMark);
    const doc = new PDFDocument({
      ...pageSetup(options, info),
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
    const report = new Report(doc, options, info.pageNumbers ?? true, info.unnumberedFirstPage ?? false);
    doc.addPage();
    doc.fillColor('black');
    return report;
  }

  /** Notes that `title` starts on the current page (its number in the current section). */
  markOutline(title: string): void {
    this.outline.push({ title, page: this.pageNumbers.page });
  }

  /** Starts a new page whose numbering begins at 1 again (a new day's sheet in one file). */
  newNumberedSection(): void {
    this.pageNumbers.restart();
    this.addPage();
  }

  /** The heading block: organizer and partner, a double rule, the titles, then label : value lines. */
  kop(kop: Kop): void {
    drawKop(this, kop);
  }

  /** Organizer and partner lines alone, centred from `y` (see kop.ts); returns the y below them. */
  organizerLines(who: Pick<Kop, 'organizer' | 'partner'>, y: number, size: number): number {
    return organizerLines(this, who, y, size);
  }

  /** A table that breaks across pages with its header repeated (see table.ts). */
  table<T>(spec: TableSpec<T>, rows: Iterable<T>): void {
    drawTable(this, spec, rows);
  }

  /** The signature block, kept together on one page (see signature.ts). */
  signature(s: Signature, opts: SignatureOptions = {}): void {
    drawSignature(this, s, opts);
  }

  /** The points signature() takes, including the gap above it (for TableSpec.keepWithEnd). */
  signatureHeight(s: Signature, opts: SignatureOptions = {}): number {
    return signatureHeight(this, s, opts);
  }

  /**
   * Finishes the PDF and writes it to `path` (atomically, see save.ts). Resolves with the path and the
   * number of pages.
   */
  async save(path: string): Promise<{ file: string; pages: number }> {
    const pages = this.pageNumbers.pages;
    this.pageNumbers.finish();
    await new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
      this.doc.end();
    });
    if (this.writer) {
      try {
        this.writer.commit();
      } finally {
        this.writer.abort();
      }
    } else {
      this.seal();
      writeAtomically(path, this.chunks);
    }
    return { file: path, pages };
  }
}
