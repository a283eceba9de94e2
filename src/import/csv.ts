// Reading the CSV files offices send: UTF-8 with or without BOM, Windows-1252 from older Excel, CRLF, quoted
// fields with newlines, and `,` `;` or tab (Indonesian Excel writes `;` because `,` is the decimal mark).
// Parsing is csv-parse's; this module decodes, guesses the delimiter and keeps each record's line number so
// problems can be reported as "line N".
import { isUtf8 } from 'node:buffer';
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
  // TextDecoder drops a leading BOM.
  return new TextDecoder('utf-8').decode(bytes);
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

/**
 * Parses a CSV: text, or UTF-8 bytes (already checked; parsed as they are, which spares a decode and
 * re-encode of large files). Records made only of blank cells (Excel's trailing ";;;;" rows) are dropped;
 * values keep newlines as \n.
 */
export async function parseCsvText(input: string | Buffer, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const { parse } = await import('csv-parse/sync');
  const head = typeof input === 'string' ? input.slice(0, 65536) : input.subarray(0, 65536).toString('utf8');
  const delimiter = options.delimiter ?? guessDelimiter(head.replace(/\r\n?/g, '\n'));
  let records: string[][];
  try {
    // Empty lines are kept (as one empty cell) so that the record index maps to a line without csv-parse's
    // `info`, which costs a third of the parsing time on large files.
    records = parse(input, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new UsageError('error.csvParse', { line: e.lines ?? '?', reason: e.message ?? String(error) });
  }
  const rows: CsvRow[] = [];
  let line = 1;
  for (const values of records) {
    const start = line;
    let blank = true;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (blank && v.trim() !== '') blank = false;
      if (v.includes('\n') || v.includes('\r')) {
        const normalized = v.replace(/\r\n?/g, '\n');
        values[i] = normalized;
        line += normalized.split('\n').length - 1;
      }
    }
    line += 1;
    if (!blank) rows.push({ line: start, values });
  }
  const isHeader = options.isHeader;
  let headerIndex = 0;
  if (isHeader) {
    const found = rows.slice(0, 10).findIndex((r) => isHeader(r.values));
    headerIndex = found === -1 ? 0 : found;
  }
  const header = rows[headerIndex];
  if (!header) return { headers: [], headerLine: 1, rows: [], delimiter };
  return {
    headers: header.values.map((h) => h.trim()),
    headerLine: header.line,
    rows: rows.slice(headerIndex + 1),
    delimiter,
  };
}

/** Reads and parses a CSV file; an unreadable file is exit 1 naming it. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new NotFoundError('error.csvNotFound', { file: path });
    throw new FileError('error.io', { file: path, reason: err.code ?? err.message });
  }
  if ((options.encoding ?? 'utf8') === 'utf8') {
    if (!isUtf8(bytes)) throw new UsageError('error.csvNotUtf8', { file: path }, { key: 'error.csvNotUtf8Hint' });
    return parseCsvText(bytes, options);
  }
  return parseCsvText(decodeCsv(bytes, 'latin1', path), options);
}
