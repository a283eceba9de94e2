import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../../src/errors.js';
import { guessDelimiter, parseDelimiter } from '../../src/import/csv-delimiter.js';
import { decodeCsv } from '../../src/import/csv-encoding.js';
import { fastRecords } from '../../src/import/csv-records.js';
import { parseCsvText, readCsv, streamCsv } from '../../src/import/csv.js';
import { headerKey, matchHeaders, parseMapFlags } from '../../src/import/headers.js';
import { PARTICIPANT_HEADERS, PARTICIPANT_IMPORT_FIELDS } from '../../src/import/participant-rows.js';

describe('readCsv pieces', () => {
  it('guesses the delimiter from the header line, ignoring quoted ones', () => {
    expect(guessDelimiter('Nama;NIP;Jabatan\nA, B;1;2\n')).toBe(';');
    expect(guessDelimiter('"Nama; lengkap",NIP\n')).toBe(',');
    expect(guessDelimiter('Nama\tNIP\tUnit\n')).toBe('\t');
    expect(guessDelimiter('Nama\nBudi\n')).toBe(',');
  });

  it('accepts tab spelled out and refuses a multi-character delimiter', () => {
    expect(parseDelimiter('\\t')).toBe('\t');
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter(';')).toBe(';');
    expect(() => parseDelimiter(';;')).toThrow();
  });

  it('drops a UTF-8 BOM, decodes Windows-1252, and refuses invalid UTF-8', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf8', 'f')).toBe('A');
    expect(decodeCsv(new Uint8Array([0x48, 0xe9, 0x80, 0x93, 0x94, 0x96]), 'latin1', 'f')).toBe('Hé€“”–');
    expect(() => decodeCsv(new Uint8Array([0x48, 0xe9, 0x41]), 'utf8', 'f')).toThrow();
  });

  it('numbers records by the line they start on, across CRLF, blank lines and quoted newlines', async () => {
    const table = await parseCsvText('a;b\r\n\r\n1;"x\r\ny"\r\n;\r\n2;z\r\n');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 3, values: ['1', 'x\ny'] },
      { line: 6, values: ['2', 'z'] },
    ]);
  });

  it('finds the header below a title row when told what a header looks like', async () => {
    const table = await parseCsvText('DAFTAR PESERTA,,\nNama,NIP,OPD\nBudi,,Dinsos\n', { isHeader: (v) => v.includes('Nama') });
    expect(table.headers).toEqual(['Nama', 'NIP', 'OPD']);
    expect(table.rows).toEqual([{ line: 3, values: ['Budi', '', 'Dinsos'] }]);
  });

  it('gives csv-parse line numbers that match the file for any quoted content (property)', async () => {
    const cell = fc.string({ maxLength: 6 }).map((s) => s.replace(/\r/g, ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), async (records) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const lines: number[] = [];
        let text = 'h1,h2\n';
        let line = 2;
        for (const [a, b] of records) {
          lines.push(line);
          const row = `${quote(a + 'x')},${quote(b)}`;
          text += row + '\n';
          line += row.split('\n').length;
        }
        const table = await parseCsvText(text, { delimiter: ',' });
        expect(table.rows.map((r) => r.line)).toEqual(lines);
        expect(table.rows.map((r) => r.values)).toEqual(records.map(([a, b]) => [a + 'x', b]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('header matching', () => {
  it('recognises the headers offices write, any case and punctuation', () => {
    const headers = ['No.', 'NAMA LENGKAP', 'N.I.P', 'Jabatan', 'Perangkat Daerah', 'No. HP', 'E-Mail', 'Peran'];
    const { columns, ignored } = matchHeaders(headers, PARTICIPANT_HEADERS);
    expect(columns).toEqual({ name: 1, nip: 2, position: 3, unit: 4, phone: 5, email: 6, role: 7 });
    expect(ignored).toEqual(['No.']);
    expect(matchHeaders(['Name', 'Instansi', 'WA', 'Surel'], PARTICIPANT_HEADERS).columns).toEqual({ name: 0, unit: 1, phone: 2, email: 3 });
    expect(matchHeaders(['Nama', 'OPD', 'Telepon'], PARTICIPANT_HEADERS).columns).toEqual({ name: 0, unit: 1, phone: 2 });
    expect(headerKey('Unit  Kerja ')).toBe('unitkerja');
  });

  it('--map wins over synonyms and fails naming the headers found', () => {
    const map = parseMapFlags(['name=Peserta', 'unit=Asal Instansi'], PARTICIPANT_IMPORT_FIELDS);
    expect(matchHeaders(['Nama Panggilan', 'Peserta', 'asal instansi'], PARTICIPANT_HEADERS, map).columns).toEqual({ name: 1, unit: 2 });
    expect(() => matchHeaders(['Nama'], PARTICIPANT_HEADERS, { name: 'Peserta' })).toThrow();
    expect(() => parseMapFlags(['name'], PARTICIPANT_IMPORT_FIELDS)).toThrow();
    expect(() => parseMapFlags(['age=Umur'], PARTICIPANT_IMPORT_FIELDS)).toThrow();
  });
});

describe('streamCsv', () => {
  it('gives the same header, rows and line numbers as readCsv, in batches; a parse error names the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innolab-csv-'));
    try {
      const lines = ['\uFEFFDAFTAR PESERTA;;', 'Nama;Jabatan;NIP'];
      for (let i = 0; i < 12000; i++) lines.push(i % 997 === 0 ? `"Nama ${i}";"Kepala\r\nBidang";` : i % 1500 === 0 ? ';;' : `Nama ${i};Staf;`);
      const path = join(dir, 'big.csv');
      writeFileSync(path, lines.join('\r\n') + '\r\n');
      const isHeader = (v: string[]) => v.includes('Nama');
      const whole = await readCsv(path, { isHeader });
      const stream = await streamCsv(path, { isHeader });
      const rows = [];
      let batches = 0;
      for await (const batch of stream.batches) {
        rows.push(...batch);
        batches++;
      }
      expect(batches).toBeGreaterThan(1);
      expect(stream.estimatedRows).toBe(rows.length);
      expect(stream.headers).toEqual(['Nama', 'Jabatan', 'NIP']);
      expect(stream.delimiter).toBe(';');
      expect(rows).toEqual(whole.rows);
      expect(rows[0]).toEqual({ line: 3, values: ['Nama 0', 'Kepala\nBidang', ''] });
      expect(rows.at(-1)!.line).toBe(12000 + 2 + Math.ceil(12000 / 997));

      const broken = join(dir, 'broken.csv');
      writeFileSync(broken, 'Nama,NIP\n' + 'A,1\n'.repeat(3000) + '"unclosed,2\n');
      await expect(streamCsv(broken)).rejects.toThrow(UsageError);
      await expect(streamCsv(broken)).rejects.toMatchObject({ params: { line: 3002 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('uDSV for the usual files, csv-parse for the rest', () => {
  const usual = [
    'Nama,NIP,Unit\r\n"Zul Abdiman, M.Si",196804121993031004,Bappeda\r\nBudi,,"Dinas ""Sosial"""\r\n',
    'Nama;NIP;Unit\nA;1;B\n;;\nC;2;D',
    '\uFEFFNama\tNIP\n"A"\t""\n\n\n',
    'Nama,Unit\r\nA,"B"\r\nC,\r\n',
  ];
  const unusual = [
    'Nama,Unit\r\nA,"two\r\nlines"\r\n', // a line break inside quotes
    'Nama,Unit\nA,B\n\nC,D\n', // a blank line before the last record
    'Nama,Unit\nA\nC,D\n', // a short row
    'Nama,Unit\nA,B,,\nC,D\n', // a long row
    'Nama,Unit\nA,"B",\n', // a long row after a quoted value
    'Nama,Unit\ndr. "Bob",B\n', // a quote inside a value
    'Nama,Unit\n"Bob" Santoso,B\n', // text after a closing quote
    'Nama,Unit\n"unclosed,B\n',
    'Nama,Unit\r\nA,B\nC,D\r\n', // mixed line endings
    'Nama\nA\nB\n', // one column
    '\n\nNama,Unit\nA,B\n', // blank lines first
  ];

  it('parses usual files with uDSV and leaves the others to csv-parse', async () => {
    for (const text of usual) expect(await fastRecords(text, guessDelimiter(text)), text).toBeDefined();
    for (const text of unusual) expect(await fastRecords(text, ','), text).toBeUndefined();
  });

  /** What csv-parse alone makes of a text: rows numbered by their first line, blank ones dropped. */
  function reference(text: string, delimiter: string): { line: number; values: string[] }[] {
    const records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, delimiter }) as string[][];
    let line = 1;
    const rows = [];
    for (const values of records) {
      const start = line;
      const clean = values.map((v) => v.replace(/\r\n?/g, '\n'));
      line += 1 + clean.join('').split('\n').length - 1;
      if (clean.some((v) => v.trim() !== '')) rows.push({ line: start, values: clean });
    }
    return rows;
  }
  /** A row padded with empty cells means the same to every import. */
  const unpadded = (rows: { line: number; values: string[] }[]) =>
    rows.map(({ line, values }) => {
      const v = [...values];
      while (v.length > 0 && v.at(-1) === '') v.pop();
      return { line, values: v };
    });

  it('gives the rows and line numbers csv-parse gives, for any file (property)', async () => {
    const cell = fc.oneof(
      { arbitrary: fc.constantFrom('', ' ', 'Budi', 'Zul, M.Si', 'Kepala; Bidang', 'dr. "Bob"', '""'), weight: 4 },
      { arbitrary: fc.constantFrom('"', 'a"b', 'x\ny', '\r\n', ';', '\t', '\r'), weight: 1 },
      { arbitrary: fc.string({ unit: fc.constantFrom(...'ab ,;\t"\r\n'.split('')), maxLength: 6 }), weight: 1 },
    );
    // Rows as wide as the header, or (ragged) of any width.
    const file = fc.integer({ min: 2, max: 4 }).chain((width) =>
      fc.record({
        delimiter: fc.constantFrom(',', ';', '\t'),
        newline: fc.constantFrom('\n', '\r\n'),
        quoteAll: fc.boolean(),
        raw: fc.constantFrom(false, false, false, true),
        bom: fc.boolean(),
        // Pieces of a few lines: a ragged row in one piece sends that piece alone to csv-parse.
        pieceLines: fc.constantFrom(1, 2, 3, 2000),
        rows: fc.oneof(
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
          fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        ),
      }),
    );
    // Both parsers must be reached, or the property would say nothing about one of them.
    let byUdsv = 0;
    let byCsvParse = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ delimiter, newline, quoteAll, raw, bom, pieceLines, rows }) => {
        // raw: cells written as they are, quotes and line breaks and all (malformed files); else quoted when needed.
        const quote = (v: string) => (!raw && (quoteAll || /["\r\n,;\t]/.test(v)) ? `"${v.replace(/"/g, '""')}"` : v);
        const text = (bom ? '\uFEFF' : '') + rows.map((r) => r.map(quote).join(delimiter)).join(newline) + newline;
        if (await fastRecords(text, delimiter)) byUdsv++;
        else byCsvParse++;
        let expected: { line: number; values: string[] }[] | undefined;
        try {
          expected = reference(text, delimiter);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) {
          await expect(parseCsvText(text, { delimiter, pieceLines })).rejects.toThrow(UsageError);
          return;
        }
        const table = await parseCsvText(text, { delimiter, pieceLines });
        const got = table.headers.length === 0 ? [] : [{ line: table.headerLine, values: table.headers }, ...table.rows];
        const want = expected.map((r, i) => (i === 0 ? { line: r.line, values: r.values.map((h) => h.trim()) } : r));
        expect(unpadded(got)).toEqual(unpadded(want));
      }),
      { numRuns: Number(process.env.CSV_RUNS ?? 400) },
    );
    expect(byUdsv).toBeGreaterThan(20);
    expect(byCsvParse).toBeGreaterThan(20);
  });
});
