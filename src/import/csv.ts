// Reading the CSV files offices send: UTF-8 with or without BOM, Windows-1252 from older Excel, CRLF, quoted
// fields with newlines, and `,` `;` or tab (Indonesian Excel writes `;` because `,` is the decimal mark).
// This module decodes, guesses the delimiter and keeps each record's line number so problems can be reported
// as "line N". Parsing is uDSV's for the files offices usually send (SPEC §6 import target: on 50,000 rows
// csv-parse took ~0.7–0.9 s, uDSV ~0.1 s); csv-parse parses whatever uDSV would get wrong (see fastRecords).
import { isAscii, isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { FileError, NotFoundError, UsageError } from '../errors.js';

export const CSV_ENCODINGS = ['utf8', 'latin1'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface CsvRow {
  /** 1-based line of the file where the record starts. */
  line: number;
  values: string[];
}

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
}

/** `--delimiter` as typed: one character, or the words/escapes people use for tab. */
export function parseDelimiter(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower === '\\t' || lower === 'tab' || lower === '\t') return '\t';
  if (lower === 'semicolon') return ';';
  if (lower === 'comma') return ',';
  if ([...raw].length !== 1 || raw === '"' || raw === '\n' || raw === '\r') {
    throw new UsageError('error.csvDelimiter', { value: raw });
  }
  return raw;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (€, curly quotes, dashes, Š, Ž…). Node 20's
// TextDecoder('windows-1252') decodes that range as ISO-8859-1 control characters, so map them here; the
// five bytes Windows-1252 leaves undefined stay as they are.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Where the text of a file starts: after a UTF-8 BOM. UTF-8 must be valid (else the file is probably
 * Windows-1252: the error says which flag to pass), checked once here for the whole file.
 */
function textStart(bytes: Buffer, encoding: CsvEncoding, file: string): number {
  if (encoding === 'latin1') return 0;
  if (!isUtf8(bytes)) throw new UsageError('error.csvNotUtf8', { file });
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** bytes[start, end) as text (UTF-8 already checked). Pure ASCII, as most of a file is, needs no UTF-8 decoding. */
function decodeRange(bytes: Buffer, start: number, end: number, encoding: CsvEncoding): string {
  if (encoding === 'latin1') return decodeWindows1252(bytes.subarray(start, end));
  return bytes.toString(isAscii(bytes.subarray(start, end)) ? 'latin1' : 'utf8', start, end);
}

/** Bytes → text, without a BOM. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding, file: string): string {
  const buffer = asBuffer(bytes);
  return decodeRange(buffer, textStart(buffer, encoding, file), buffer.length, encoding);
}

/**
 * The delimiter of the header line: whichever of `,` `;` tab occurs most outside quotes; `,` when none does.
 * The header is the line people never put a stray delimiter in, unlike addresses in data rows.
 */
export function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let sawText = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') {
      if (sawText && counts[',']! + counts[';']! + counts['\t']! > 0) break;
    } else if (!quoted && c in counts) counts[c]!++;
    else if (c.trim() !== '') sawText = true;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b]! > counts[a]! ? b : a), ',' as string);
  return counts[best]! > 0 ? best : ',';
}

const PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

function parseError(error: unknown): UsageError {
  const e = error as { lines?: number; message?: string };
  return new UsageError('error.csvParse', { line: e.lines ?? '?', reason: e.message ?? String(error) });
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** How many times `needle` occurs in bytes[from, to). */
function occurrences(bytes: Buffer, needle: number | string, from: number, to: number): number {
  const step = typeof needle === 'number' ? 1 : needle.length;
  let n = 0;
  for (let i = bytes.indexOf(needle, from); i !== -1 && i < to; i = bytes.indexOf(needle, i + step)) n++;
  return n;
}

/** A run of whole lines of a simple-shape file (see simpleLayout): it parses on its own. */
export interface Piece {
  /** Byte range. */
  start: number;
  end: number;
  /** Its first line's number, and how many lines it has (each one record). */
  line: number;
  lines: number;
}

/** What parsing a piece of a simple-shape file needs. */
export interface PieceSource {
  bytes: Buffer;
  encoding: CsvEncoding;
  delimiter: string;
  /** '\n' or '\r\n', the same everywhere. */
  rowDelim: string;
  /** Cells of the first line. */
  columns: number;
}

/**
 * Lines per piece: what one batch of an import validates and writes. Small enough that a piece's text
 * (~80 KB for a registration sheet) stays in V8's young generation, where garbage is cheap to collect.
 */
const PIECE_LINES = 500;

/**
 * The pieces of a CSV that uDSV parses exactly as csv-parse does, or undefined when it is not one. uDSV is
 * fast because it trusts the file: one row separator throughout, every row as wide as the first (a short
 * row runs into the next line, extra cells stay in the last value), quotes only around whole values, and it
 * skips blank lines without a trace (line numbers would shift). So this checks, with indexOf() only: an
 * ASCII delimiter; one kind of line ending; no blank line before the last record; every quote opens a value
 * and closes before a delimiter or the end of the line, with no line break inside. Then every line is one
 * record, and a run of whole lines parses on its own. Widths are checked on uDSV's output (parsePiece).
 * The bytes are checked as they are: delimiters, quotes and line breaks are ASCII, and no byte of a UTF-8
 * sequence or of Windows-1252 text outside ASCII can be taken for one.
 */
function simpleLayout(bytes: Buffer, start: number, delimiter: string, pieceLines: number): Piece[] | undefined {
  const d = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || d > 127) return undefined;
  let end = bytes.length;
  while (end > start && (bytes[end - 1] === LF || bytes[end - 1] === CR)) end--;
  const first = bytes[start];
  if (end === start || first === LF || first === CR) return undefined;
  // One kind of line ending: with any CR, every line break is CRLF (checked with the pieces, below).
  const cr = occurrences(bytes, CR, start, bytes.length);
  const rowDelim = cr === 0 ? '\n' : '\r\n';
  const blankLine = bytes.indexOf(rowDelim + rowDelim, start);
  if (blankLine !== -1 && blankLine < end) return undefined;
  let nextLf = -1;
  for (let open = bytes.indexOf(QUOTE, start); open !== -1 && open < end; ) {
    const before = open === start ? LF : bytes[open - 1];
    if (before !== d && before !== LF) return undefined;
    let close = open + 1;
    for (;;) {
      close = bytes.indexOf(QUOTE, close);
      if (close === -1 || close >= end) return undefined;
      if (bytes[close + 1] !== QUOTE) break;
      close += 2;
    }
    if (nextLf < open) nextLf = bytes.indexOf(LF, open) >>> 0; // none: 2^32 - 1, after everything
    if (nextLf < close) return undefined;
    const after = close + 1 < end ? bytes[close + 1] : LF;
    if (after !== d && after !== LF && after !== CR) return undefined;
    open = bytes.indexOf(QUOTE, close + 1);
  }
  // One column: uDSV takes every line end for a blank line.
  if (columnsOf(bytes, start, end, d) < 2) return undefined;
  const pieces: Piece[] = [];
  let lf = 0;
  for (let from = start, line = 1; from < end; ) {
    let to = from;
    let lines = 0;
    while (lines < pieceLines && to < end) {
      const next = bytes.indexOf(LF, to);
      if (next === -1 || next >= end) to = end;
      else {
        if (cr !== 0 && bytes[next - 1] !== CR) return undefined;
        lf++;
        to = next + 1;
      }
      lines++;
    }
    pieces.push({ start: from, end: to, line, lines });
    line += lines;
    from = to;
  }
  // The line breaks after the last record, and then no CR without its LF.
  for (let next = bytes.indexOf(LF, end); next !== -1; next = bytes.indexOf(LF, next + 1)) {
    if (cr !== 0 && bytes[next - 1] !== CR) return undefined;
    lf++;
  }
  if (cr !== 0 && cr !== lf) return undefined;
  return pieces;
}

/** The source of a simple-shape file's pieces (see simpleLayout: one kind of line ending throughout). */
function pieceSource(bytes: Buffer, start: number, encoding: CsvEncoding, delimiter: string): PieceSource {
  return { bytes, encoding, delimiter, rowDelim: bytes.includes(CR, start) ? '\r\n' : '\n', columns: columnsOf(bytes, start, bytes.length, delimiter.charCodeAt(0)) };
}

/** Cells of the line starting at `start`. */
function columnsOf(bytes: Buffer, start: number, end: number, delimiter: number): number {
  let columns = 1;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === QUOTE) quoted = !quoted;
    else if (c === delimiter && !quoted) columns++;
    else if (c === LF || c === CR) break;
  }
  return columns;
}

type UdsvParser = ReturnType<typeof import('udsv').initParser>;
const parsers = new Map<string, UdsvParser>();

/** uDSV's parser for a file of this shape (one per shape, reused): every cell a string, as written. */
async function udsvParser(source: PieceSource): Promise<UdsvParser> {
  const key = `${source.delimiter}${source.rowDelim}${source.columns}`;
  let parser = parsers.get(key);
  if (!parser) {
    const { initParser } = await import('udsv');
    const column = { name: '', type: 's' as const, repl: { empty: undefined, null: undefined, NaN: undefined } };
    const schema = { col: source.delimiter, row: source.rowDelim, encl: '"', esc: '"', trim: false, skip: 0, cols: Array.from({ length: source.columns }, () => column) };
    parser = initParser(schema);
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * uDSV's records for `lines` whole lines, or undefined when they are not what csv-parse would make of
 * them. A row of another width than the first shows in uDSV's output: a short one swallows a line break
 * (fewer records than lines), a long one leaves a delimiter in its last value or an extra cell after a
 * quoted last value.
 */
function udsvRecords(parser: UdsvParser, text: string, lines: number, source: PieceSource): string[][] | undefined {
  const records = parser.stringArrs<string[]>(text);
  if (records.length !== lines) return undefined;
  const last = source.columns - 1;
  for (const values of records) if (values.length !== source.columns || values[last]!.includes(source.delimiter)) return undefined;
  return records;
}

/**
 * Turns csv-parse's records into rows numbered by the line they start on, counting from `firstLine`. Empty
 * lines reach it as records of one empty cell (skip_empty_lines is off), so counting records and the
 * newlines inside values gives the line without csv-parse's `info`, which costs a third of the parsing time
 * on large files. Values keep newlines as \n.
 */
function numberLines(records: string[][], firstLine = 1): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = firstLine;
  for (const values of records) {
    const start = line;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v.includes('\n') || v.includes('\r')) {
        const normalized = v.replace(/\r\n?/g, '\n');
        values[i] = normalized;
        line += normalized.split('\n').length - 1;
      }
    }
    line += 1;
    rows.push({ line: start, values });
  }
  return rows;
}

async function csvParse(text: string, delimiter: string, firstLine = 1): Promise<CsvRow[]> {
  const { parse } = await import('csv-parse/sync');
  try {
    return numberLines(parse(text, { ...PARSE_OPTIONS, delimiter }) as string[][], firstLine);
  } catch (error) {
    const e = error as { lines?: number };
    if (typeof e.lines === 'number') e.lines += firstLine - 1;
    throw parseError(error);
  }
}

/** Rows of blank cells only (Excel's trailing ";;;;") are dropped. */
function isBlank(values: readonly string[]): boolean {
  for (const v of values) if (v !== '' && v.trim() !== '') return false;
  return true;
}

/** The non-blank rows of one piece as uDSV parses it, or undefined when uDSV gets the piece wrong (a ragged row). */
export async function parseSimplePiece(source: PieceSource, piece: Piece): Promise<CsvRow[] | undefined> {
  const text = decodeRange(source.bytes, piece.start, piece.end, source.encoding);
  const records = udsvRecords(await udsvParser(source), text, piece.lines, source);
  if (!records) return undefined;
  const rows: CsvRow[] = [];
  for (let i = 0; i < records.length; i++) if (!isBlank(records[i]!)) rows.push({ line: piece.line + i, values: records[i]! });
  return rows;
}

/** The non-blank rows of one piece: uDSV's, or csv-parse's when uDSV gets the piece wrong (a ragged row). */
export async function parsePiece(source: PieceSource, piece: Piece): Promise<CsvRow[]> {
  const rows = await parseSimplePiece(source, piece);
  if (rows) return rows;
  const text = decodeRange(source.bytes, piece.start, piece.end, source.encoding);
  return (await csvParse(text, source.delimiter, piece.line)).filter((r) => !isBlank(r.values));
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
}

/**
 * A CSV file's header and data rows, batch by batch. A simple-shape file (see simpleLayout) is parsed a
 * piece at a time, so that a large file's rows are validated and written while young and the garbage
 * collector never has to keep all of them. Any other file is parsed whole by csv-parse here, so that a
 * malformed one fails (exit 2 naming the line) before the first batch.
 */
async function csvStream(input: Uint8Array, file: string, options: StreamOptions): Promise<CsvStream> {
  const encoding = options.encoding ?? 'utf8';
  const bytes = asBuffer(input);
  const start = textStart(bytes, encoding, file);
  const delimiter = options.delimiter ?? guessDelimiter(decodeRange(bytes, start, Math.min(bytes.length, start + 65536), encoding).replace(/\r\n?/g, '\n'));
  const pieceLines = options.pieceLines ?? PIECE_LINES;
  const layout = simpleLayout(bytes, start, delimiter, pieceLines);
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

/** The records of a file of simple shape, parsed by uDSV, record i being line i + 1; undefined when not. */
export async function fastRecords(text: string, delimiter: string): Promise<string[][] | undefined> {
  const bytes = Buffer.from(text);
  const start = text.charCodeAt(0) === 0xfeff ? 3 : 0;
  const pieces = simpleLayout(bytes, start, delimiter, Number.MAX_SAFE_INTEGER);
  if (!pieces) return undefined;
  const source = pieceSource(bytes, start, 'utf8', delimiter);
  const piece = pieces[0]!;
  return udsvRecords(await udsvParser(source), decodeRange(bytes, piece.start, piece.end, 'utf8'), piece.lines, source);
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

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new NotFoundError('error.csvNotFound', { file: path });
    throw new FileError('error.io', { file: path, reason: err.code ?? err.message });
  }
}

/** Reads and parses a CSV file; a missing file is exit 3, an unreadable one exit 1, naming it. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  return collect(await streamCsv(path, options));
}

/** Reads a CSV as its header and batches of rows (see csvStream). */
export async function streamCsv(path: string, options: StreamOptions = {}): Promise<CsvStream> {
  return csvStream(readBytes(path), path, options);
}
