// Which rows of an import file are an earlier row (the identity rule within one file) is decided on the
// writing thread by RepeatMarker, which keeps only a NIP map while every row so far has a NIP and builds the
// identity index when the first row without one comes (docs/PERFORMANCE.md). Guard: for any file, cut into
// any batches, it marks exactly what the identity index marks row by row, and the import reports the
// duplicates a person would expect.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdentityIndex } from '../../src/domain/identity.js';
import { RepeatMarker, VALUE_SEPARATOR, type ValidatedBatch } from '../../src/import/participant-rows.js';
import { IMPORT_OFFSET, IMPORT_WIDTH, unitKey } from '../../src/store/participant-import.js';
import { newWorkshop } from '../helpers/run-cli.js';

interface Row {
  name: string;
  nip: string | null;
  email: string | null;
  unit: string | null;
}

/**
 * A batch of `rows`; `asText`: its values also as the text a worker sends (participant-rows.ts
 * VALUE_SEPARATOR), as a large import's batches come.
 */
function batchOf(rows: Row[], firstLine: number, asText: boolean): ValidatedBatch {
  const values: (string | null)[] = [];
  for (const r of rows) {
    const at = values.length;
    values.length += IMPORT_WIDTH;
    values.fill(null, at);
    values[at + IMPORT_OFFSET.name] = r.name;
    values[at + IMPORT_OFFSET.nip] = r.nip;
    values[at + IMPORT_OFFSET.email] = r.email;
    values[at + IMPORT_OFFSET.unit] = r.unit;
  }
  const text = asText ? values.map((v) => v ?? '').join(VALUE_SEPARATOR) : undefined;
  return { rows: rows.length, lines: rows.map((_, i) => firstLine + i), values, earlier: [], problems: [], warnings: [], text };
}

/** The rule as the identity index applies it, one row at a time: the line of the earlier row, else 0. */
function reference(rows: Row[]): number[] {
  const seen = new IdentityIndex<number>();
  return rows.map((r, i) => {
    const facts = { ...r, unit: r.unit === null ? null : `u:${unitKey(r.unit)}` };
    const nameOnly = !r.nip && !r.email;
    const first = seen.find(facts, nameOnly)?.value ?? 0;
    if (first === 0) seen.add(facts, i + 2, nameOnly);
    return first;
  });
}

/**
 * RepeatMarker over the rows cut into batches at `cuts`; rows are lines 2, 3, … Batch k comes as text when
 * bit k of `textBatches` is set; its values are then emptied once marked, as the writer is done with them
 * (the marker must keep only the text).
 */
function marked(rows: Row[], cuts: number[], textBatches = 0): number[] {
  const marker = new RepeatMarker();
  const out: number[] = [];
  let from = 0;
  let k = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < rows.length).sort((a, b) => a - b), rows.length]) {
    const asText = ((textBatches >> k++) & 1) === 1;
    const batch = marker.mark(batchOf(rows.slice(from, cut), from + 2, asText));
    out.push(...batch.earlier);
    if (asText) batch.values.fill('written');
    from = cut;
  }
  return out;
}

const row = fc.record({
  name: fc.constantFrom('Budi Santoso', 'Drs. Budi Santoso', 'Siti Aminah, S.E.', 'siti aminah', 'Rina'),
  // The first two share their first nine digits, the first and the last their last nine.
  nip: fc.option(fc.constantFrom('198001012005011001', '198001012005011002', '199002022015022003', '199002022005011001'), { freq: 3 }),
  email: fc.option(fc.constantFrom('budi@x.go.id', 'BUDI@x.go.id', 'siti@x.go.id'), { freq: 2 }),
  unit: fc.option(fc.constantFrom('Bappeda', 'BAPPEDA ', 'Dinas Sosial'), { freq: 4 }),
});

describe('repeats within an import file', () => {
  it('are marked as the identity index marks them, whatever the batches', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 5 }), fc.nat(63), (rows, cuts, textBatches) => {
        expect(marked(rows, cuts, textBatches)).toEqual(reference(rows));
      }),
      { numRuns: 500 },
    );
  });

  it('a row without a NIP after many with one is the person whose e-mail it has', () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ name: `Orang ${i}`, nip: `1980010120050110${String(i).padStart(2, '0')}`, email: `o${i}@x.go.id`, unit: 'Bappeda' }));
    rows.push({ name: 'Orang Tujuh', nip: null, email: 'O7@X.GO.ID', unit: null });
    expect(marked(rows, [10, 20]).at(-1)).toBe(9);
    expect(marked(rows, [10, 20], 0b111).at(-1)).toBe(9);
  });

  it('the import refuses a later row that repeats an earlier one by e-mail after rows with NIPs, naming the line', async () => {
    const w = await newWorkshop();
    const lines = ['Nama,NIP,Email'];
    for (let i = 0; i < 5; i++) lines.push(`Orang ${i},1980010120050110${i}${i % 2 === 0 ? '1' : '2'},o${i}@x.go.id`);
    lines.push('Orang Dua Lagi,,O2@x.go.id');
    writeFileSync(join(w.dir, 'p.csv'), lines.join('\n') + '\n');
    const r = await w.run(['participant', 'import', 'p.csv', '--json', '--on-duplicate', 'error']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { invalid: { line: number; field: string }[] };
    expect(out.invalid).toEqual([expect.objectContaining({ line: 7, field: 'email' })]);
  });
});
