// One way to answer (STYLE habit 2): a verb returns an Answer — the JSON document for scripts and a view
// for people — and emit() alone decides what reaches stdout: the JSON with --json, an aligned table or
// record on a terminal, tab-separated rows with one header line when piped (gh's tableprinter).
import { prettyJsonArray } from '../domain/json-array.js';
import { visible, visibleKeepColour } from '../domain/text.js';
import type { Context } from './context.js';

export interface Column<T> {
  /** Header text, already translated. */
  header: string;
  value: (row: T) => string | number | null | undefined;
  align?: 'left' | 'right';
  /** Colour a cell on a terminal (e.g. overdue rows in red). */
  style?: (text: string, row: T) => string;
}

export type Pairs = ReadonlyArray<readonly [string, string | number | null | undefined]>;

/** What a person reads on stdout. */
export type View =
  /** A list; `empty` goes to stderr instead when there are no rows, `count` to stderr after a terminal table. */
  | { table: { rows: readonly unknown[]; columns: readonly Column<never>[]; empty?: string; count?: string } }
  /** One record as label: value lines (for `show`). */
  | { record: Pairs }
  /** Lines of text for a person (control characters shown as escapes). */
  | { lines: readonly string[] }
  /** Data a program reads (CSV, JSON): written byte for byte when piped; escaped only on a terminal. */
  | { data: string }
  /** Several views one after the other, each under an optional bold title (a dashboard). */
  | { sections: ReadonlyArray<{ title?: string; view: View }> };

export interface Answer {
  /** What `--json` prints: a list is an array, one record an object, a change the record as it now stands. */
  json: unknown;
  /** What a person reads on stdout; none for a change, which says what it did in `message`. A function is
   *  called only when the view is shown (a long list read again from the file instead of held twice). */
  view?: View | (() => View);
  /** One line for the person on stderr (silenced by --quiet), e.g. "Peserta 41 ditambahkan". */
  message?: string;
  /** The records went out one by one through emitRecord() (checkin --scan): --json prints nothing more. */
  streamed?: boolean;
}

/**
 * A list answered as it is read: `--json` writes each record as its row comes from the file, so a list of
 * 100,000 people is never held whole (docs/PERFORMANCE.md). `source` is called once per reading.
 */
export class JsonList<T> implements Iterable<unknown> {
  constructor(
    private readonly source: () => Iterable<T>,
    private readonly map: (item: T) => unknown,
  ) {}

  *[Symbol.iterator](): Iterator<unknown> {
    for (const item of this.source()) yield this.map(item);
  }

  toJSON(): unknown[] {
    return [...this];
  }
}

/** A typed table view: the columns see the rows' own type. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[], extra: { empty?: string; count?: string } = {}): View {
  return { table: { rows, columns: columns as readonly Column<never>[], ...extra } };
}

/**
 * One record of a command that answers as it goes (checkin --scan, fed by a scanner): with --json one
 * compact JSON object on its own line (JSON Lines, for a display script reading while the desk scans),
 * else the person's lines. The command's final Answer then says `streamed`.
 */
export function emitRecord(ctx: Context, json: unknown, lines: readonly string[]): void {
  if (ctx.opts.json) ctx.io.stdout.write(JSON.stringify(json) + '\n');
  else for (const line of lines) ctx.io.stdout.write(visibleKeepColour(line) + '\n');
}

/** The only place that writes a command's answer. */
export async function emit(ctx: Context, answer: Answer): Promise<void> {
  if (ctx.opts.json) {
    // A list goes out record by record (the same text): 100,000 people never become one string.
    if (answer.streamed) {
      // already written
    } else if (Array.isArray(answer.json) || answer.json instanceof JsonList) {
      for (const piece of prettyJsonArray(answer.json)) ctx.io.stdout.write(piece);
      ctx.io.stdout.write('\n');
    } else ctx.io.stdout.write(JSON.stringify(answer.json, null, 2) + '\n');
  } else if (answer.view) await render(ctx, typeof answer.view === 'function' ? answer.view() : answer.view);
  if (answer.message !== undefined) ctx.info(answer.message);
}

async function render(ctx: Context, view: View): Promise<void> {
  if ('table' in view) {
    const { rows, columns, empty, count } = view.table;
    if (rows.length === 0 && empty !== undefined) return ctx.info(empty);
    await printTable(ctx, rows as never[], columns);
    if (count !== undefined && ctx.io.stdoutIsTTY) ctx.info(count);
  } else if ('record' in view) printRecord(ctx, view.record);
  else if ('lines' in view) for (const line of view.lines) ctx.io.stdout.write(visibleKeepColour(line) + '\n');
  else if ('data' in view) ctx.io.stdout.write(ctx.io.stdoutIsTTY ? view.data.split(/\r?\n/).map(visible).join('\n') : view.data);
  else {
    let first = true;
    for (const section of view.sections) {
      if (!first) ctx.io.stdout.write('\n');
      first = false;
      if (section.title !== undefined) ctx.io.stdout.write(ctx.chalk.bold(visible(section.title)) + '\n');
      await render(ctx, section.view);
    }
  }
}

/**
 * A value as a terminal shows it: the second line of defence behind domain/text.ts's entry rules (a value
 * stored before them, or brought in by a merge, shows an ESC or a bidi override as `\x1b`, `\u202e`).
 */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : visible(value);
}

/** Piped: tab-separated rows under one header line, so `cut`, `awk` and a reader can name each column. */
async function printTable<T>(ctx: Context, rows: readonly T[], columns: readonly Column<T>[]): Promise<void> {
  if (!ctx.io.stdoutIsTTY) {
    const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
    ctx.io.stdout.write(columns.map((c) => flat(c.header)).join('\t') + '\n');
    for (const row of rows) ctx.io.stdout.write(columns.map((c) => flat(cell(c.value(row)))).join('\t') + '\n');
    return;
  }
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: columns.map((c) => ctx.chalk.bold(c.header)),
    colAligns: columns.map((c) => c.align ?? 'left'),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    wrapOnWordBoundary: true,
    colWidths: fitWidths(ctx, rows, columns),
  });
  for (const row of rows) {
    table.push(
      columns.map((c) => {
        const text = cell(c.value(row));
        return c.style ? c.style(text, row) : text;
      }),
    );
  }
  ctx.io.stdout.write(table.toString() + '\n');
}

/** Shrinks the widest columns until the table fits the terminal. */
function fitWidths<T>(ctx: Context, rows: readonly T[], columns: readonly Column<T>[]): number[] {
  const widths = columns.map((c) =>
    Math.max(c.header.length, ...rows.map((r) => Math.max(...cell(c.value(r)).split('\n').map((l) => l.length)))) + 2,
  );
  const available = Math.max(40, ctx.io.columns) - (columns.length + 1);
  while (widths.reduce((a, b) => a + b, 0) > available) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

function printRecord(ctx: Context, pairs: Pairs): void {
  const width = Math.max(...pairs.map(([label]) => label.length));
  for (const [label, value] of pairs) {
    const text = cell(value);
    if (text === '') continue;
    const indented = text.replace(/\n/g, '\n' + ' '.repeat(width + 2));
    ctx.io.stdout.write(`${ctx.chalk.bold(visible(label).padEnd(width))}  ${indented}\n`);
  }
}
