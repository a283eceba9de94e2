// SPEC §6: bad input gets a clear error naming the line and the field, never a crash. Generated inputs
// (fast-check): random bytes, and registration CSVs as offices make them, with random delimiters, quoting,
// BOM, CRLF, formula-looking names, wrong NIPs, e-mails and phone numbers. For each: exit 0 or 2, no stack
// trace, no "unexpected failure", every rejection is `line N: field: …` with N a line of the file, and a
// rejected import (exit 2) writes nothing.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';
import { nip } from './helpers.js';

const FIELDS = ['name', 'nip', 'position', 'unit', 'phone', 'email', 'role'];
/** Headers as offices write them, per field. */
const HEADERS: Record<string, string[]> = {
  name: ['Nama', 'NAMA LENGKAP', 'nama_lengkap', 'Name'],
  nip: ['NIP', 'N.I.P.', 'nip'],
  position: ['Jabatan', 'Position'],
  unit: ['OPD', 'Unit Kerja', 'Perangkat Daerah', 'Instansi'],
  phone: ['No HP', 'No. HP', 'WA', 'Telepon'],
  email: ['Email', 'E-mail', 'Surel'],
  role: ['Peran', 'Role'],
};

const text = fc.string({ unit: fc.constantFrom(...'abcdeAZ .,;\t"\'\n\r=+-@()éñ0123456789'.split('')), maxLength: 20 });
const VALUES: Record<string, fc.Arbitrary<string>> = {
  name: fc.oneof(
    fc.constantFrom('Drs. H. Zul Abdiman, M.Si', 'Siti Rahmah, S.E.', 'dr. Budi "Bob" Santoso', 'Ani\nSuryani', ''),
    fc.constantFrom('=HYPERLINK("http://x","klik")', '+62 Budi', '-Budi', '@SUM(A1)', '=1+1'),
    text,
  ),
  nip: fc.oneof(
    fc.nat({ max: 5000 }).map(nip),
    fc.nat({ max: 5000 }).map((i) => nip(i).replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4')),
    fc.constantFrom('199913311990011001', '19680412199303300', '196804121993031', '1968041219930310040', '19680412199303 9 004', 'abc', ''),
    fc.stringMatching(/^\d{18}$/),
  ),
  position: fc.oneof(fc.constantFrom('Kepala Dinas', 'Sekretaris', '=cmd|" /C calc"!A0', ''), text),
  unit: fc.oneof(fc.constantFrom('Bappeda', 'BAPPEDA', 'Dinas Kesehatan', 'Kecamatan Datuk Bandar', '@Dinas', ''), text),
  phone: fc.oneof(fc.constantFrom('0812-3456-7890', '+62 812 3456 789', '12', 'tidak ada', ''), text),
  email: fc.oneof(fc.constantFrom('budi@tanjungbalaikota.go.id', 'BUDI@Example.com', 'budi@', '=mailto', ''), fc.emailAddress(), text),
  role: fc.oneof(fc.constantFrom('peserta', 'Narasumber', 'panitia', 'fasilitator', 'tamu', ''), text),
};

interface CsvShape {
  fields: string[];
  delimiter: string;
  newline: string;
  bom: boolean;
  quoteAll: boolean;
  headerSeed: number;
  blankLines: boolean;
}

interface GeneratedCsv {
  spec: CsvShape;
  rows: string[][];
  extraCells: number[];
}

const csvSpec: fc.Arbitrary<GeneratedCsv> = fc
  .record({
    fields: fc.shuffledSubarray(FIELDS, { minLength: 1 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
    headerSeed: fc.nat(),
    blankLines: fc.boolean(),
  })
  .chain((spec) =>
    fc.record({
      spec: fc.constant(spec),
      rows: fc.array(fc.tuple(...spec.fields.map((f) => VALUES[f]!)), { maxLength: 12 }) as fc.Arbitrary<string[][]>,
      extraCells: fc.array(fc.nat({ max: 3 }), { maxLength: 12 }),
    }),
  );

function renderCsv({ spec, rows, extraCells }: GeneratedCsv): string {
  const cell = (v: string) => (spec.quoteAll || v.includes(spec.delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = spec.fields.map((f, i) => HEADERS[f]![(spec.headerSeed + i) % HEADERS[f]!.length]!);
  const lines = [header.map(cell).join(spec.delimiter)];
  rows.forEach((row, i) => {
    const extra = Array.from({ length: extraCells[i] ?? 0 }, () => '');
    lines.push([...row, ...extra].map(cell).join(spec.delimiter));
    if (spec.blankLines && i % 3 === 0) lines.push('');
  });
  return (spec.bom ? '\uFEFF' : '') + lines.join(spec.newline) + spec.newline;
}

/** The number of physical lines of a CSV text (a rejection must point inside the file). */
const lineCount = (csv: string) => csv.split(/\r\n|\r|\n/).length;

async function importOnce(bytes: Buffer | string, flags: string[] = []) {
  const w = await newWorkshop(['--lang', 'en']);
  const file = join(w.dir, 'peserta.csv');
  writeFileSync(file, bytes);
  const result = await w.run(['participant', 'import', file, '--no-input', ...flags]);
  const count = (await w.run(['participant', 'list', '--json'])).json<unknown[]>().length;
  return { result, count };
}

function expectNoCrash(stderr: string, code: number): void {
  expect([0, 2], `exit ${code}; stderr:\n${stderr}`).toContain(code);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('unexpected failure');
  expect(stderr).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError|undefined|NaN|\[object Object\]/);
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** Names as written on registration sheets: titles, commas, quotes, apostrophes, accents. */
const goodName = fc
  .tuple(
    fc.constantFrom('', 'Drs. ', 'dr. ', 'Ir. H. ', 'Hj. '),
    fc.constantFrom('Zul', 'Siti', "Ma'ruf", 'Budi "Bob"', 'Héndra', 'Nur;Aini', 'Tan Ah, Kim', 'Ahmad'),
    fc.constantFrom('Abdiman', 'Rahmah', 'Lubis', 'Siregar'),
    fc.constantFrom('', ', M.Si', ', S.E., M.M.', ', S.Kom'),
  )
  .map(([title, first, last, degree]) => `${title}${first} ${last}${degree}`);

describe('participant import with generated good input', () => {
  it('valid people in any delimiter, quoting, BOM and line ending are imported exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodName, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        async (names, delimiter, newline, bom, quoteAll) => {
          const cell = (v: string) => (quoteAll || v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
          const lines = [['Nama', 'NIP', 'OPD'].join(delimiter), ...names.map((n, i) => [n, nip(i), 'Bappeda'].map(cell).join(delimiter))];
          const csv = (bom ? '\uFEFF' : '') + lines.join(newline) + newline;
          const w = await newWorkshop(['--lang', 'en']);
          const file = join(w.dir, 'peserta.csv');
          writeFileSync(file, csv);
          const r = await w.run(['participant', 'import', file, '--no-input']);
          expect(r.code, r.stderr).toBe(0);
          const people = (await w.run(['participant', 'list', '--json'])).json<{ name: string; nip: string }[]>();
          expect(people.map((p) => p.name)).toEqual(names);
          expect(people.map((p) => p.nip)).toEqual(names.map((_, i) => nip(i)));
        },
      ),
      { numRuns: RUNS },
    );
  }, 240_000);
});

describe('participant import with generated bad input', () => {
  it('random bytes never crash it (utf8 and latin1)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, latin1) => {
        const { result, count } = await importOnce(Buffer.from(bytes), latin1 ? ['--encoding', 'latin1'] : []);
        expectNoCrash(result.stderr, result.code);
        if (result.code !== 0) expect(count).toBe(0);
        for (const line of result.stderr.split('\n').filter((l) => l.startsWith('error: '))) expect(line.length).toBeGreaterThan(10);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('random office CSVs: rejections name a line of the file and a field; a rejected import writes nothing', async () => {
    // The generator must reach both outcomes, or the properties below would hold for nothing.
    let rejected = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(csvSpec, fc.constantFrom<string[]>([], ['--skip-invalid'], ['--dry-run']), async (generated, flags) => {
        const csv = renderCsv(generated);
        const { result, count } = await importOnce(csv, flags);
        expectNoCrash(result.stderr, result.code);
        const lines = result.stderr.split('\n').filter((l) => l !== '');
        const rejections = lines.filter((l) => /\bline \d+/.test(l) && !l.startsWith('error: '));
        for (const line of rejections) {
          const m = /^(?:warning: )?line (\d+): ([a-z_]+): \S.*$/.exec(line);
          expect(m, `not "line N: field: problem": ${line}`).not.toBeNull();
          expect(FIELDS).toContain(m![2]);
          expect(Number(m![1])).toBeGreaterThanOrEqual(2);
          expect(Number(m![1])).toBeLessThanOrEqual(lineCount(csv));
        }
        if (result.code === 2) {
          expect(count).toBe(0);
          const error = lines.find((l) => l.startsWith('error: '));
          expect(error, result.stderr).toBeDefined();
          // Either invalid rows, listed as line N: field: …, or a message about the file or a column.
          if (error!.includes('invalid rows')) expect(rejections.filter((l) => !l.startsWith('warning')).length).toBeGreaterThan(0);
        }
        if (flags.includes('--dry-run')) expect(count).toBe(0);
        if (rejections.length > 0) rejected++;
        if (count > 0) imported++;
      }),
      { numRuns: RUNS },
    );
    expect(rejected).toBeGreaterThan(0);
    expect(imported).toBeGreaterThan(0);
  }, 240_000);
});
