// Reading the CSV files offices send: UTF-8 with or without BOM, Windows-1252 from older Excel, CRLF, quoted
// fields with newlines, and `,` `;` or tab (Indonesian Excel writes `;` because `,` is the decimal mark).
// This module decodes, guesses the delimiter and keeps each record's line number so problems can be reported
// as "line N". Parsing is uDSV's for the files offices usually send (SPEC §6 import target: on 50,000 rows
// csv-parse took ~0.7–0.9 s, uDSV ~0.1 s); csv-parse parses whatever uDSV would get wrong (see fastRecords).
import { isAscii, isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { FileError, NotFoundError, UsageError } from '../cli/errors.js';

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

/** Bytes → text. UTF-8 must be valid (else the file is probably Windows-1252: say which flag to pass). */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding, file: string): string {
  if (encoding === 'latin1') return decodeWindows1252(bytes);
  if (!isUtf8(bytes)) throw new UsageError('error.csvNotUtf8', { file }, { key: 'error.csvNotUtf8Hint' });
  // A pure-ASCII file (most are) needs no UTF-8 decoding. TextDecoder drops a leading BOM.
  return isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : new TextDecoder('utf-8').decode(bytes);
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

/** How many times `needle` occurs in text[from, to). */
function occurrences(text: string, needle: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(needle, from); i !== -1 && i < to; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

interface Shape {
  /** '\n' or '\r\n', the same everywhere. */
  rowDelim: string;
  /** Lines up to the last one with text: one record each. */
  lines: number;
  /** Cells of the first line. */
  columns: number;
}

/**
 * The shape of a CSV that uDSV parses exactly as csv-parse does, or undefined when it is not one. uDSV is
 * fast because it trusts the file: one row separator throughout, every row as wide as the first (a short row
 * runs into the next line, extra cells stay in the last value), quotes only around whole values, and it
 * skips blank lines without a trace (line numbers would shift). So this checks, with indexOf() only: one
 * kind of line ending; no blank line before the last record; every quote opens a value and closes before a
 * delimiter or the end of the line, with no line break inside. Widths are checked on uDSV's output.
 */
function simpleShape(text: string, delimiter: string): Shape | undefined {
  if (delimiter.length !== 1) return undefined;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.length;
  while (end > start && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR)) end--;
  const first = text.charCodeAt(start);
  if (end === start || first === LF || first === CR) return undefined;
  // Line endings counted to the very end: the last one may be the only one.
  const lf = occurrences(text, '\n', start, text.length);
  const cr = occurrences(text, '\r', start, text.length);
  const rowDelim = cr === 0 ? '\n' : '\r\n';
  if (cr !== 0 && (cr !== lf || occurrences(text, '\r\n', start, text.length) !== lf)) return undefined;
  const blankLine = text.indexOf(rowDelim + rowDelim, start);
  if (blankLine !== -1 && blankLine < end) return undefined;
  const d = delimiter.charCodeAt(0);
  let nextLf = -1;
  for (let open = text.indexOf('"', start); open !== -1 && open < end; ) {
    const before = open === start ? LF : text.charCodeAt(open - 1);
    if (before !== d && before !== LF) return undefined;
    let close = open + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close === -1 || close >= end) return undefined;
      if (text.charCodeAt(close + 1) !== QUOTE) break;
      close += 2;
    }
    if (nextLf < open) nextLf = text.indexOf('\n', open) >>> 0; // none: 2^32 - 1, after everything
    if (nextLf < close) return undefined;
    const after = close + 1 < end ? text.charCodeAt(close + 1) : LF;
    if (after !== d && after !== LF && after !== CR) return undefined;
    open = text.indexOf('"', close + 1);
  }
  let columns = 1;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (c === d && !quoted) columns++;
    else if (c === LF || c === CR) break;
  }
  // One column: uDSV takes every line end for a blank line.
  return columns < 2 ? undefined : { rowDelim, lines: occurrences(text, '\n', start, end) + 1, columns };
}

/** uDSV's parser for a file of this shape: every cell a string, as written. */
async function udsvParser(delimiter: string, shape: Shape) {
  const { initParser } = await import('udsv');
  const column = { name: '', type: 's' as const, repl: { empty: undefined, null: undefined, NaN: undefined } };
  const schema = { col: delimiter, row: shape.rowDelim, encl: '"', esc: '"', trim: false, skip: 0, cols: Array.from({ length: shape.columns }, () => column) };
  return initParser(schema);
}

/**
 * uDSV's records for `lines` whole lines of a simple-shape file, or undefined when they are not what
 * csv-parse would make of them. A row of another width than the first shows in uDSV's output: a short one
 * swallows a line break (fewer records than lines), a long one leaves a delimiter in its last value or an
 * extra cell after a quoted last value.
 */
function udsvRecords(parser: Awaited<ReturnType<typeof udsvParser>>, text: string, lines: number, delimiter: string, columns: number): string[][] | undefined {
  const records = parser.stringArrs<string[]>(text);
  if (records.length !== lines) return undefined;
  const last = columns - 1;
  for (const values of records) if (values.length !== columns || values[last]!.includes(delimiter)) return undefined;
  return records;
}

/** The records of a file of simple shape, parsed by uDSV, record i being line i + 1; undefined when not. */
export async function fastRecords(text: string, delimiter: string): Promise<string[][] | undefined> {
  const shape = simpleShape(text, delimiter);
  if (!shape) return undefined;
  return udsvRecords(await udsvParser(delimiter, shape), text, shape.lines, delimiter, shape.columns);
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

/** Lines per piece of a simple-shape file: what one batch of an import validates and writes. */
const CHUNK_LINES = 2000;

interface Records {
  /** Rows in the file: exact (non-blank rows) after csv-parse; lines, blank ones included, for a piecewise parse. */
  count: number;
  exact: boolean;
  /** Non-blank rows in file order, a piece at a time. */
  pieces: AsyncGenerator<CsvRow[]>;
}

/**
 * The file's rows, parsed piece by piece when its shape allows (see simpleShape), so that a large file's
 * rows are validated and written while young and the garbage collector never has to keep all of them: in a
 * simple-shape file every line is one record, so a run of whole lines parses on its own. uDSV parses each
 * piece; one it gets wrong (a ragged row) goes to csv-parse. Any other file is parsed whole by csv-parse
 * here, so that a malformed one fails before anything is read from it.
 */
async function records(text: string, delimiter: string, chunkLines = CHUNK_LINES): Promise<Records> {
  const shape = simpleShape(text, delimiter);
  if (!shape) {
    const rows = (await csvParse(text, delimiter)).filter((r) => !isBlank(r.values));
    return {
      count: rows.length,
      exact: true,
      pieces: (async function* () {
        for (let i = 0; i < rows.length; i += chunkLines) yield rows.slice(i, i + chunkLines);
      })(),
    };
  }
  const parser = await udsvParser(delimiter, shape);
  const { rowDelim, columns, lines } = shape;
  async function* pieces(): AsyncGenerator<CsvRow[]> {
    let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let line = 1; line <= lines; ) {
      const count = Math.min(chunkLines, lines - line + 1);
      let to = from;
      for (let k = 0; k < count && to !== -1; k++) to = text.indexOf(rowDelim, to) + rowDelim.length;
      const piece = count === lines - line + 1 ? text.slice(from) : text.slice(from, to);
      const parsed = udsvRecords(parser, piece, count, delimiter, columns);
      const rows = parsed ? parsed.map((values, i) => ({ line: line + i, values })) : await csvParse(piece, delimiter, line);
      yield rows.filter((r) => !isBlank(r.values));
      line += count;
      from = to;
    }
  }
  return { count: lines, exact: false, pieces: pieces() };
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
  /** The data rows in file order, a few thousand at a time. */
  batches: AsyncIterable<CsvRow[]>;
  /** Stops early (when the consumer gives up); nothing to release now, kept for callers. */
  close(): Promise<void>;
}

/**
 * A CSV text as its header and batches of data rows (see records()). Malformed input (an unclosed quote) is
 * exit 2 naming the line, before the first batch.
 */
async function csvStream(text: string, options: ReadCsvOptions & { chunkLines?: number }): Promise<CsvStream> {
  const delimiter = options.delimiter ?? guessDelimiter(text.slice(0, 65536).replace(/\r\n?/g, '\n'));
  const { count, exact, pieces } = await records(text, delimiter, options.chunkLines);
  // The header is among the first ten rows: read pieces until there are ten (or no more).
  const lead: CsvRow[] = [];
  let more = true;
  while (lead.length < 10) {
    const next = await pieces.next();
    if (next.done) {
      more = false;
      break;
    }
    for (const row of next.value) lead.push(row);
  }
  const index = headerIndex(lead, options.isHeader);
  const header = lead[index];
  const first = lead.slice(index + 1);
  async function* batches(): AsyncGenerator<CsvRow[]> {
    if (first.length > 0) yield first;
    if (!more) return;
    for await (const piece of pieces) {
      // The event loop gets a turn between batches, so that a progress bar can redraw.
      await new Promise((resolve) => setImmediate(resolve));
      if (piece.length > 0) yield piece;
    }
  }
  return {
    headers: header ? header.values.map((h) => h.trim()) : [],
    headerLine: header ? header.line : 1,
    delimiter,
    estimatedRows: header ? Math.max(0, exact ? count - index - 1 : count - header.line) : 0,
    batches: header ? batches() : (async function* () {})(),
    close: async () => undefined,
  };
}

/**
 * Parses a whole CSV: text, or UTF-8 bytes (a BOM is dropped). Malformed input (an unclosed quote) is exit 2
 * naming the line.
 */
export async function parseCsvText(input: string | Uint8Array, options: ReadCsvOptions & { chunkLines?: number } = {}): Promise<CsvTable> {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const stream = await csvStream(text, options);
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
  return parseCsvText(decodeCsv(readBytes(path), options.encoding ?? 'utf8', path), options);
}

/**
 * Reads a CSV as batches of rows, the same rows, line numbers and header as readCsv's, parsed a batch at a
 * time when the file's shape allows (see records()).
 */
export async function streamCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvStream> {
  return csvStream(decodeCsv(readBytes(path), options.encoding ?? 'utf8', path), options);
}
