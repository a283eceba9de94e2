// A small CSV writer for exports. Excel is what offices open these files with, so: UTF-8 with a BOM (else
// Excel reads "Zulkarnaén" as Windows-1252), CRLF line ends (RFC 4180) and every cell that a spreadsheet
// would evaluate as a formula neutralised with a leading apostrophe (OWASP "CSV injection").

export type CsvValue = string | number | null | undefined;

export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab/CR, hide one behind them); some
 * programs trim leading spaces first, so " =1+1" counts too.
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/**
 * Where a cell begins when the file is split on another delimiter than it was written with (Indonesian
 * Excel opens a comma file with `;`, and the other way round) or when a line break ends a row: after a `,`,
 * `;`, tab or line break inside a value. A formula start there, behind spaces or quotes, would be a live
 * cell in that reading: `x;=1+1;y` is three cells under `;`.
 */
const INNER_FORMULA = /([,;\t\r\n])([\s"]*[=+\-@])/g;

/**
 * A cell that cannot run as a formula. Numbers are written as numbers (a negative number is a number, not a
 * formula); every text that starts with = + - @ tab or CR gets a leading `'`, which spreadsheets show as
 * text. `plainNumber` columns (phone numbers like "+62 812 …") keep a leading sign when the rest is only
 * digits and spaces: no function can hide in that.
 */
export function neutralise(value: CsvValue, options: { plainNumber?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Every place a cell could begin gets the same apostrophe, whichever delimiter the file is read with.
  // (At the very start, the apostrophe below already comes first.)
  const text = value.replace(INNER_FORMULA, (whole, sep: string, start: string, at: number) => (at === 0 ? whole : `${sep}'${start}`));
  if (!FORMULA_START.test(text)) return text;
  if (options.plainNumber && /^[+-]?\d[\d ]*$/.test(text)) return text;
  return `'${text}`;
}

/**
 * Quotes a cell when it holds the delimiter, a quote, a line break, or leading/trailing spaces; and when
 * it holds `,` `;` or a tab whatever the delimiter, so that a file read with the other delimiter keeps the
 * cell whole too.
 */
export function quote(text: string, delimiter = ','): string {
  if (text.includes(delimiter) || /["\r\n,;\t]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
  /** See `neutralise`: a column of phone-like numbers. */
  plainNumber?: boolean;
}

/** The delimiters `export --delimiter` accepts: `,` (the default, RFC 4180), `;` (Indonesian Excel), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The whole file: BOM, header row, one line per row, CRLF after every line. */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], delimiter: CsvDelimiter = ','): string {
  return [...csvPieces(rows, columns, delimiter)].join('');
}

const CHUNK = 1 << 16;

/** toCsv()'s text in pieces of about 64 KiB, row by row as `rows` yields them: a long file is never one string. */
export function* csvPieces<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], delimiter: CsvDelimiter = ','): Generator<string> {
  let buffer = BOM + columns.map((c) => quote(neutralise(c.header), delimiter)).join(delimiter) + '\r\n';
  for (const row of rows) {
    buffer += columns.map((c) => quote(neutralise(c.value(row), { plainNumber: c.plainNumber }), delimiter)).join(delimiter) + '\r\n';
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer;
}
