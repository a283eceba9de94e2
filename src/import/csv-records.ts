// CSV text to records, each with the line it starts on so that problems can be reported as "line N".
// Parsing is uDSV's for the files offices usually send (SPEC §6 import target: on 50,000 rows csv-parse took
// ~0.7–0.9 s, uDSV ~0.1 s); csv-parse parses whatever uDSV would get wrong (see fastRecords).
import { UsageError } from '../errors.js';
import { decodeRange } from './csv-encoding.js';
import { type Piece, type PieceSource, pieceSource, simpleLayout } from './csv-pieces.js';

export interface CsvRow {
  /** 1-based line of the file where the record starts. */
  line: number;
  values: string[];
}

const PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

function parseError(error: unknown): UsageError {
  const e = error as { lines?: number; message?: string };
  return new UsageError('error.csvParse', { line: e.lines ?? '?', reason: e.message ?? String(error) });
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

export async function csvParse(text: string, delimiter: string, firstLine = 1): Promise<CsvRow[]> {
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
export function isBlank(values: readonly string[]): boolean {
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
