// Reading the CSV files offices send, as a header and batches of numbered rows: a large file a piece at a time
// (csv-pieces.ts), anything else parsed whole; the text is decoded by csv-encoding.ts, its delimiter guessed
// by csv-delimiter.ts and its records parsed by csv-records.ts. Quoted fields with newlines, CRLF, a title
// row above the header and blank rows are all taken as offices write them.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { FileError, NotFoundError, UsageError } from '../errors.js';
import { guessDelimiter } from './csv-delimiter.js';
import { type CsvEncoding, asBuffer, decodeRange, fromUtf16, textStart } from './csv-encoding.js';
import { FIRST_PIECE_LINES, PIECE_LINES, type Piece, type PieceSource, pieceSource, simpleLayout } from './csv-pieces.js';
import { type CsvRow, csvParse, isBlank, parsePiece } from './csv-records.js';
import { isXlsx, readXlsxRows } from './xlsx.js';

export interface CsvTable {
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
  delimiter: string;
}

export interface ReadCsvOptions {
  delimiter?: string;
  encoding?: CsvEncoding;
  /**
   * Chooses the header row among the first records (some exports put a title such as "DAFTAR PESERTA" above
   * it). Default: the first non-blank record.
   */
  isHeader?: (values: string[]) => boolean;
  /** The sheet of an XLSX workbook to read (default: the first); an XLSX file is recognised by its bytes. */
  sheet?: string;
}

/** Which of the first rows is the header (default: the first). */
function headerIndex(rows: readonly CsvRow[], isHeader: ReadCsvOptions['isHeader']): number {
  if (!isHeader) return 0;
  const found = rows.slice(0, 10).findIndex((r) => isHeader(r.values));
  return found === -1 ? 0 : found;
}

export interface CsvStream {
  headers: string[];
  headerLine: number;
  delimiter: string;
  /** About how many data rows there are (for a progress bar). */
  estimatedRows: number;
  /** Lines per batch. */
  pieceLines: number;
  /** The data rows in file order, a piece at a time. */
  batches: AsyncIterable<CsvRow[]>;
  /**
   * A simple-shape file's (see simpleLayout) data rows for a caller that parses them elsewhere
   * (import/parallel.ts) instead of reading `batches`: the rows parsed to find the header, and the pieces
   * still to parse. Undefined for other files.
   */
  pending?: PendingPieces;
}

/** See CsvStream.pending. */
export interface PendingPieces {
  rows: CsvRow[];
  source: PieceSource;
  pieces: Piece[];
}

export interface StreamOptions extends ReadCsvOptions {
  /** Lines per piece (tests make them small). */
  pieceLines?: number;
  /** Read the file into shared memory, for a worker thread to parse (parallel.ts): no copy of it later. */
  shared?: boolean;
}

/**
 * A CSV file's header and data rows, batch by batch. A simple-shape file (see simpleLayout) is parsed a
 * piece at a time, so that a large file's rows are validated and written while young and the garbage
 * collector never has to keep all of them. Any other file is parsed whole by csv-parse here, so that a
 * malformed one fails (exit 2 naming the line) before the first batch.
 */
async function csvStream(input: Uint8Array, file: string, options: StreamOptions): Promise<CsvStream> {
  if (isXlsx(input)) return xlsxStream(input, file, options);
  if (options.sheet !== undefined) throw new UsageError('xlsx.sheetOnlyXlsx', { file });
  const utf16 = fromUtf16(asBuffer(input));
  const encoding = utf16 ? 'utf8' : (options.encoding ?? 'utf8');
  const bytes = utf16 ?? asBuffer(input);
  const start = textStart(bytes, encoding, file);
  const delimiter = options.delimiter ?? guessDelimiter(decodeRange(bytes, start, Math.min(bytes.length, start + 65536), encoding).replace(/\r\n?/g, '\n'));
  const pieceLines = options.pieceLines ?? PIECE_LINES;
  const layout = simpleLayout(bytes, start, delimiter, pieceLines, Math.min(pieceLines, FIRST_PIECE_LINES));
  const lead: CsvRow[] = [];
  let pieces: Piece[] = [];
  let source: PieceSource | undefined;
  let lines: number;
  if (layout) {
    source = pieceSource(bytes, start, encoding, delimiter);
    pieces = layout;
    lines = layout.reduce((n, p) => n + p.lines, 0);
    // The header is among the first ten rows: parse pieces until there are ten (or no more).
    while (lead.length < 10 && pieces.length > 0) for (const row of await parsePiece(source, pieces.shift()!)) lead.push(row);
  } else {
    for (const row of (await csvParse(decodeRange(bytes, start, bytes.length, encoding), delimiter)).filter((r) => !isBlank(r.values))) lead.push(row);
    lines = lead.length;
  }
  const index = headerIndex(lead, options.isHeader);
  const header = lead[index];
  const first = lead.slice(index + 1);
  const estimatedRows = !header ? 0 : layout ? Math.max(0, lines - header.line) : first.length;
  async function* batches(): AsyncGenerator<CsvRow[]> {
    for (let i = 0; i < first.length; i += pieceLines) yield first.slice(i, i + pieceLines);
    for (const piece of pieces) {
      // The event loop gets a turn between batches, so that a progress bar can redraw.
      await new Promise((resolve) => setImmediate(resolve));
      const rows = await parsePiece(source!, piece);
      if (rows.length > 0) yield rows;
    }
  }
  return {
    headers: header ? header.values.map((h) => h.trim()) : [],
    headerLine: header ? header.line : 1,
    delimiter,
    estimatedRows,
    pieceLines,
    batches: header ? batches() : (async function* () {})(),
    pending: header && source ? { rows: first, source, pieces } : undefined,
  };
}

/** A workbook's sheet as a stream of one batch per `pieceLines` rows, numbered by sheet row. */
async function xlsxStream(input: Uint8Array, file: string, options: StreamOptions): Promise<CsvStream> {
  const rows = await readXlsxRows(input, file, options.sheet);
  const index = headerIndex(rows, options.isHeader);
  const header = rows[index];
  const data = header ? rows.slice(index + 1) : [];
  const pieceLines = options.pieceLines ?? PIECE_LINES;
  async function* batches(): AsyncGenerator<CsvRow[]> {
    for (let i = 0; i < data.length; i += pieceLines) yield data.slice(i, i + pieceLines);
  }
  return {
    headers: header ? header.values.map((h) => h.trim()) : [],
    headerLine: header ? header.line : 1,
    delimiter: ',',
    estimatedRows: data.length,
    pieceLines,
    batches: batches(),
  };
}

/**
 * Parses a whole CSV: text, or UTF-8 bytes (a BOM is dropped). Malformed input (an unclosed quote) is exit 2
 * naming the line.
 */
export async function parseCsvText(input: string | Uint8Array, options: StreamOptions = {}): Promise<CsvTable> {
  return collect(await csvStream(typeof input === 'string' ? Buffer.from(input) : input, '-', { ...options, encoding: 'utf8' }));
}

async function collect(stream: CsvStream): Promise<CsvTable> {
  const rows: CsvRow[] = [];
  for await (const batch of stream.batches) for (const row of batch) rows.push(row);
  return { headers: stream.headers, headerLine: stream.headerLine, rows, delimiter: stream.delimiter };
}

function readBytes(path: string, shared = false): Buffer {
  try {
    return shared ? readShared(path) : readFileSync(path);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new NotFoundError('error.csvNotFound', { file: path });
    if (err.code === 'EISDIR') throw new UsageError('error.isFolder', { file: path });
    throw new FileError('error.io', { file: path, reason: err.code ?? err.message });
  }
}

/** A file's bytes in a SharedArrayBuffer of their size. */
function readShared(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break; // it got shorter meanwhile
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a CSV file; a missing file is exit 3, an unreadable one exit 1, naming it. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  return collect(await streamCsv(path, options));
}

/** Reads a CSV as its header and batches of rows (see csvStream). */
export async function streamCsv(path: string, options: StreamOptions = {}): Promise<CsvStream> {
  return csvStream(readBytes(path, options.shared), path, options);
}
