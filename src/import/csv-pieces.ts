// Shape check and cutting into pieces. A CSV of the simple shape offices usually send (see simpleLayout) has
// one record per line, so it can be cut into runs of whole lines that each parse on their own: a large
// import validates and writes them one at a time, or hands them to a worker thread (parallel.ts).
import type { CsvEncoding } from './csv-encoding.js';

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
export const PIECE_LINES = 500;

/**
 * Lines of the first piece: the header is among the first ten rows, and this thread parses the pieces it
 * needs to find it; a large import's worker parses the rest (parallel.ts).
 */
export const FIRST_PIECE_LINES = 16;

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
export function simpleLayout(bytes: Buffer, start: number, delimiter: string, pieceLines: number, firstPieceLines = pieceLines): Piece[] | undefined {
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
    const most = pieces.length === 0 ? firstPieceLines : pieceLines;
    while (lines < most && to < end) {
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
export function pieceSource(bytes: Buffer, start: number, encoding: CsvEncoding, delimiter: string): PieceSource {
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
