import type { Context } from './context.js';

export interface Column<T> {
  /** Header text, already translated. */
  header: string;
  value: (row: T) => string | number | null | undefined;
  align?: 'left' | 'right';
  /** Colour a cell on a terminal (e.g. overdue rows in red). */
  style?: (text: string, row: T) => string;
}

/** `--json`: one document on stdout and nothing else. */
export function printJson(ctx: Context, value: unknown): void {
  ctx.io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * A list, rendered for where it goes (gh's tableprinter): an aligned table with a header on a terminal,
 * tab-separated rows without a header otherwise, so `cut` and `awk` work on it.
 */
export async function printTable<T>(ctx: Context, rows: readonly T[], columns: readonly Column<T>[]): Promise<void> {
  if (!ctx.io.stdoutIsTTY) {
    for (const row of rows) {
      ctx.io.stdout.write(columns.map((c) => cell(c.value(row)).replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n');
    }
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

/** One record as label: value lines (for `show`). */
export function printRecord(ctx: Context, pairs: ReadonlyArray<readonly [string, string | number | null | undefined]>): void {
  const width = Math.max(...pairs.map(([label]) => label.length));
  for (const [label, value] of pairs) {
    const text = cell(value);
    if (text === '') continue;
    const indented = text.replace(/\n/g, '\n' + ' '.repeat(width + 2));
    ctx.io.stdout.write(`${ctx.chalk.bold(label.padEnd(width))}  ${indented}\n`);
  }
}
