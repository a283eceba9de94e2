import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, guessDelimiter, parseCsvText, parseDelimiter, readCsv, streamCsv } from '../../src/import/csv.js';
import { headerKey, matchHeaders, parseMapFlags } from '../../src/import/headers.js';
import { PARTICIPANT_HEADERS, PARTICIPANT_IMPORT_FIELDS } from '../../src/import/participants.js';

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

describe('streamCsv (large files parsed on a worker thread)', () => {
  it('gives the same header, rows and line numbers as readCsv, in batches, including a parse error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innolab-csv-'));
    try {
      const lines = ['\uFEFFDAFTAR PESERTA;;', 'Nama;Jabatan;NIP'];
      for (let i = 0; i < 5000; i++) lines.push(i % 997 === 0 ? `"Nama ${i}";"Kepala\r\nBidang";` : i % 1500 === 0 ? ';;' : `Nama ${i};Staf;`);
      const path = join(dir, 'big.csv');
      writeFileSync(path, lines.join('\r\n') + '\r\n');
      const isHeader = (v: string[]) => v.includes('Nama');
      const whole = await readCsv(path, { isHeader });
      const stream = await streamCsv(path, { isHeader, workerMinBytes: 0 });
      const rows = [];
      let batches = 0;
      for await (const batch of stream.batches) {
        rows.push(...batch);
        batches++;
      }
      expect(batches).toBeGreaterThan(1);
      expect(stream.headers).toEqual(['Nama', 'Jabatan', 'NIP']);
      expect(stream.delimiter).toBe(';');
      expect(rows).toEqual(whole.rows);
      expect(rows[0]).toEqual({ line: 3, values: ['Nama 0', 'Kepala\nBidang', ''] });
      expect(rows.at(-1)!.line).toBe(5000 + 2 + Math.ceil(5000 / 997));

      const broken = join(dir, 'broken.csv');
      writeFileSync(broken, 'Nama,NIP\n' + 'A,1\n'.repeat(3000) + '"unclosed,2\n');
      const bad = await streamCsv(broken, { workerMinBytes: 0 });
      await expect(async () => {
        for await (const _ of bad.batches) void _;
      }).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
