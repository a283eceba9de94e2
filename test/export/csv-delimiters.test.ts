import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

const NAMES = ['x;=1+1;y', 'a,-2+3,b', 'c;@SUM(1+1)', 'd,+1', 'e; "=1+1"', 'f =HYPERLINK("http://x","y")', '=1+1', 'g =2', 'Drs. "Zul", M.Si; Kepala'];

/** Cells a spreadsheet would evaluate: starting with = + - @ (after spaces), unless the cell is only a number. */
function liveCells(text: string, delimiter: string): string[] {
  const rows = parse(text, { bom: true, delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return rows.flat().filter((cell) => /^\s*[=+\-@]/.test(cell) && !/^[+-]?[\d ]+$/.test(cell.trim()));
}

describe('export --delimiter: safe whichever delimiter a spreadsheet splits it on', () => {
  it('has 0 live cells when a comma or a semicolon export is split on either , or ;', async () => {
    const w = await newWorkshop();
    for (const name of NAMES) {
      const r = await w.run(['participant', 'add', '--name', name, '--position', name]);
      expect(r.code, r.stderr).toBe(0);
    }
    for (const delimiter of [',', ';']) {
      const r = await w.run(['export', '--table', 'participants', '--delimiter', delimiter]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.startsWith(`\uFEFFno${delimiter}uuid${delimiter}name`)).toBe(true);
      expect(liveCells(r.stdout, ',')).toEqual([]);
      expect(liveCells(r.stdout, ';')).toEqual([]);
      // Read with its own delimiter, every name comes back whole (an apostrophe before each formula start).
      const rows = parse(r.stdout, { bom: true, delimiter, columns: true }) as Record<string, string>[];
      expect(rows.map((p) => p.name!.replace(/'(?=[\s"]*[=+\-@])/g, ''))).toEqual(NAMES);
    }
  });

  it('refuses a delimiter other than , ; or tab, and --delimiter with another format', async () => {
    const w = await newWorkshop();
    expect((await w.run(['export', '--table', 'units', '--delimiter', '|'])).code).toBe(2);
    expect((await w.run(['export', '--table', 'units', '--delimiter', ';', '--format', 'json'])).code).toBe(2);
    const tab = await w.run(['export', '--table', 'units', '--delimiter', 'tab']);
    expect(tab.stdout.split('\r\n')[0]).toBe('\uFEFFno\tuuid\tname\tshort_name\tkind\tcreated_at\tupdated_at');
  });
});
