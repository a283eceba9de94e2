import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/export/csv.js';

/** Text made of the characters that matter to CSV and to spreadsheets. */
const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ',', ';', "'", 'a', 'é', '1') });

describe('CSV writer', () => {
  it('round-trips any text through a CSV parser, with formula cells behind an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tricky, fc.string({ unit: 'grapheme' }), fc.integer({ min: -1000, max: 1000 })), { maxLength: 8 }), (rows) => {
        const text = toCsv(rows, [
          { header: 'a', value: (r) => r[0] },
          { header: 'b', value: (r) => r[1] },
          { header: 'n', value: (r) => r[2] },
        ]);
        expect(text.startsWith('\uFEFFa,b,n\r\n')).toBe(true);
        const back = parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
        expect(back).toEqual(rows.map(([a, b, n]) => ({ a: neutralise(a), b: neutralise(b), n: String(n) })));
        for (const row of back) {
          for (const cell of [row.a!, row.b!]) expect(cell).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
        }
      }),
    );
  });

  it('neutralises exactly the cells a spreadsheet would evaluate', () => {
    expect(neutralise('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('\r=1')).toBe("'\r=1");
    expect(neutralise('  =1')).toBe("'  =1");
    expect(neutralise('Drs. H. Zul Abdiman, M.Si')).toBe('Drs. H. Zul Abdiman, M.Si');
    expect(neutralise(-5)).toBe('-5');
    expect(neutralise(null)).toBe('');
    expect(neutralise('+62 812 3456 7890', { plainNumber: true })).toBe('+62 812 3456 7890');
    expect(neutralise('+62-812', { plainNumber: true })).toBe("'+62-812");
    expect(neutralise('=1+1', { plainNumber: true })).toBe("'=1+1");
  });
});
