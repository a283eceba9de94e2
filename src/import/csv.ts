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

const PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

function parseError(error: unknown): UsageError {
  const e = error as { lines?: number; message?: string };
  return new UsageError('error.csvParse', { line: e.lines ?? '?', reason: e.message ?? String(error) });
}

/**
 * Turns csv-parse's records into rows numbered by the line they start on. Empty lines reach it as records
 * of one empty cell (skip_empty_lines is off), so counting records and the newlines inside values gives the
 * line without csv-parse's `info`, which costs a third of the parsing time on large files. Rows of blank
 * cells only (Excel's trailing ";;;;") are dropped; values keep newlines as \n.
 */
class LineNumberer {
  private line = 1;

  number(records: readonly string[][], into: CsvRow[]): CsvRow[] {
    for (const values of records) {
      const start = this.line;
      let blank = true;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (blank && v.trim() !== '') blank = false;
        if (v.includes('\n') || v.includes('\r')) {
          const normalized = v.replace(/\r\n?/g, '\n');
          values[i] = normalized;
          this.line += normalized.split('\n').length - 1;
        }
      }
      this.line += 1;
      if (!blank) into.push({ line: start, values });
    }
    return into;
  }
}

/** Which of the first rows is the header (default: the first). */
function headerIndex(rows: readonly CsvRow[], isHeader: ReadCsvOptions['isHeader']): number {
  if (!isHeader) return 0;
  const found = rows.slice(0, 10).findIndex((r) => isHeader(r.values));
  return found === -1 ? 0 : found;
}

function delimiterOf(input: string | Buffer, options: ReadCsvOptions): string {
  if (options.delimiter) return options.delimiter;
  const head = typeof input === 'string' ? input.slice(0, 65536) : input.subarray(0, 65536).toString('utf8');
  return guessDelimiter(head.replace(/\r\n?/g, '\n'));
}

/**
 * Parses a whole CSV: text, or UTF-8 bytes (already checked; parsed as they are, which spares a decode and
 * re-encode of large files).
 */
export async function parseCsvText(input: string | Buffer, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const { parse } = await import('csv-parse/sync');
  const delimiter = delimiterOf(input, options);
  let records: string[][];
  try {
    records = parse(input, { ...PARSE_OPTIONS, delimiter }) as string[][];
  } catch (error) {
    throw parseError(error);
  }
  const rows = new LineNumberer().number(records, []);
  const index = headerIndex(rows, options.isHeader);
  const header = rows[index];
  if (!header) return { headers: [], headerLine: 1, rows: [], delimiter };
  return { headers: header.values.map((h) => h.trim()), headerLine: header.line, rows: rows.slice(index + 1), delimiter };
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

/** The file's content ready for csv-parse: checked UTF-8 bytes as they are, or decoded Windows-1252. */
function csvInput(path: string, encoding: CsvEncoding): string | Buffer {
  const bytes = readBytes(path);
  if (encoding === 'latin1') return decodeCsv(bytes, 'latin1', path);
  if (!isUtf8(bytes)) throw new UsageError('error.csvNotUtf8', { file: path }, { key: 'error.csvNotUtf8Hint' });
  return bytes;
}

/** Reads and parses a CSV file; a missing file is exit 3, an unreadable one exit 1, naming it. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  return parseCsvText(csvInput(path, options.encoding ?? 'utf8'), options);
}

export interface CsvStream {
  headers: string[];
  headerLine: number;
  delimiter: string;
  /** About how many data rows to expect (for a progress bar): the file's line count. */
  estimatedRows: number;
  /** The data rows in file order, a few thousand at a time. */
  batches: AsyncIterable<CsvRow[]> | Iterable<CsvRow[]>;
  /** Stops the parsing (when the consumer gives up early). */
  close(): Promise<void>;
}

export interface StreamCsvOptions extends ReadCsvOptions {
  /** Files at least this large are parsed on a worker thread while the caller consumes rows (default 1 MB). */
  workerMinBytes?: number;
}

const WORKER_BATCH = 2000;
const WORKER_SLICE = 1 << 16;

/**
 * The worker: csv-parse's stream API over the input, posting records in batches as they come (its sync
 * API with on_record builds an info object per record, a fifth of the parsing time). Plain CommonJS
 * evaluated as is, so it needs no separate file in the bundle; csv-parse is required by the absolute path
 * the main thread resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { parse } = require(workerData.parser);
const parser = parse(workerData.options);
const input = typeof workerData.input === 'string' ? workerData.input : Buffer.from(workerData.input.buffer, workerData.input.byteOffset, workerData.input.byteLength);
let batch = [];
let failed = false;
const drain = () => {
  for (let record = parser.read(); record !== null; record = parser.read()) {
    batch.push(record);
    if (batch.length === ${WORKER_BATCH}) { parentPort.postMessage({ records: batch }); batch = []; }
  }
};
parser.on('error', (error) => {
  failed = true;
  parentPort.postMessage({ error: { message: String(error && error.message || error), lines: error && error.lines } });
});
parser.on('readable', drain);
parser.on('end', () => { drain(); if (!failed) parentPort.postMessage({ records: batch, done: true }); });
// Fed in slices and drained after each, so the first records go out while the rest is still being parsed
// (the whole input in one write would be parsed to the end before anything is read).
for (let i = 0; i < input.length && !failed; i += ${WORKER_SLICE}) {
  parser.write(input.slice(i, i + ${WORKER_SLICE}));
  drain();
}
if (!failed) parser.end();
`;

function countLines(input: string | Buffer): number {
  let count = 0;
  if (typeof input === 'string') for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) count++;
  else for (let i = input.indexOf(10); i !== -1; i = input.indexOf(10, i + 1)) count++;
  return count;
}

type WorkerMessage = { records: string[][]; done?: boolean } | { error: { message: string; lines?: number } };

/**
 * Reads a CSV as a stream of row batches. A large file is parsed by csv-parse on a worker thread, so that
 * the caller validates and writes one batch while the next is being parsed; a small one is parsed here in
 * one go. Either way the rows, their line numbers and the header are the same as readCsv's.
 */
export async function streamCsv(path: string, options: StreamCsvOptions = {}): Promise<CsvStream> {
  const input = csvInput(path, options.encoding ?? 'utf8');
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const inThread = async (): Promise<CsvStream> => {
    const table = await parseCsvText(input, options);
    return { ...table, estimatedRows: table.rows.length, batches: [table.rows], close: async () => undefined };
  };
  if (size < (options.workerMinBytes ?? 1 << 20)) return inThread();
  const delimiter = delimiterOf(input, options);
  const { Worker } = await import('node:worker_threads');
  const { createRequire } = await import('node:module');
  let worker: InstanceType<typeof Worker>;
  try {
    const parser = createRequire(import.meta.url).resolve('csv-parse');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { parser, input, options: { ...PARSE_OPTIONS, delimiter } } });
  } catch {
    // No worker (an unusual packaging, or threads unavailable): the same parse, only not overlapped.
    return inThread();
  }
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let finished = false;
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  worker.on('exit', () => {
    finished = true;
    wake?.();
  });
  const numberer = new LineNumberer();
  let done = false;
  /** The next batch of numbered rows; undefined at the end. */
  const next = async (): Promise<CsvRow[] | undefined> => {
    while (!done) {
      const message = queue.shift();
      if (message) {
        if ('error' in message) throw parseError(message.error);
        done = message.done === true;
        return numberer.number(message.records, []);
      }
      if (failure) throw failure;
      if (finished) {
        // Messages posted just before the worker ended may arrive after its 'exit': give them a turn.
        await new Promise((resolve) => setImmediate(resolve));
        if (queue.length > 0) continue;
        throw new Error('the CSV worker stopped without finishing');
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    return undefined;
  };
  const close = async () => {
    if (!finished) await worker.terminate();
  };
  try {
    // The header is among the first rows; take rows until there are enough to choose.
    const first: CsvRow[] = [];
    while (first.length < 10 && !done) first.push(...((await next()) ?? []));
    const index = headerIndex(first, options.isHeader);
    const header = first[index];
    const rest = first.slice(index + 1);
    async function* batches(): AsyncGenerator<CsvRow[]> {
      try {
        if (rest.length > 0) yield rest;
        for (let batch = await next(); batch; batch = await next()) yield batch;
      } finally {
        await close();
      }
    }
    return {
      estimatedRows: countLines(input),
      headers: header ? header.values.map((h) => h.trim()) : [],
      headerLine: header?.line ?? 1,
      delimiter,
      batches: batches(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
