import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { PEOPLE, reportWorkshop } from './fixture.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1668000000' }; // 2022-11-09T13:20:00Z
let w: Awaited<ReturnType<typeof reportWorkshop>>;

beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

describe('report attendance', () => {
  test('one day: kop, every name by unit then name, NIPs, deputy and reason, signatory, page numbers, no phones', async () => {
    const r = await w.run(['report', 'attendance', '--day', '2', '--json'], { env: EPOCH });
    expect(r.code).toBe(0);
    const out = r.json<{ file: string; pages: number; days: number[]; participants: number }>();
    expect(out).toEqual({ report: 'attendance', file: join(w.dir, 'daftar-hadir-hari-2.pdf'), pages: 2, day: 2, days: [2], participants: 5, paper: 'a4' });

    // Text of 10 pt and rows to sign in: the last two walk-in rows go over with the signatory.
    const pages = await pdfPages(out.file);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.width).toBeCloseTo(595.28, 1);
    expect(pages[0]!.height).toBeCloseTo(841.89, 1);
    const text = pages.map((p) => p.text).join(' ');
    for (const s of ['PEMERINTAH KOTA TANJUNGBALAI', 'bekerja sama dengan LAN RI', 'DAFTAR HADIR PESERTA', 'Laboratorium Inovasi', 'Selasa, 8 November 2022 (hari ke-2 dari 3)', 'Aula Sutrisno Hadi Lt. 3']) {
      expect(text).toContain(s);
    }
    for (const s of ['No', 'Nama', 'NIP', 'Jabatan', 'Tanda Tangan']) expect(text).toContain(s);
    // Units are group headings, not a column repeated on every row.
    for (const unit of ['Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 'Dinas Komunikasi dan Informatika', 'RSUD Dr. Tengku Mansyur']) {
      expect(text.split(unit)).toHaveLength(2);
    }
    for (const p of PEOPLE) expect(text).toContain(p.name);
    expect(text).toContain('19680412 199303 1 004');
    expect(text).toContain('19850217 201001 1 002');
    expect(text).toContain('diwakili: Budi Santoso, S.T.');
    expect(text).toContain('Izin: tugas lain');
    expect(text).toContain('Tanjungbalai, 8 November 2022');
    expect(text).toContain('Kepala Badan Perencanaan Pembangunan Daerah,');
    expect(text).toContain('Ir. Rahmat Hidayat Siregar, M.Si');
    expect(text).toContain('NIP 19720314 199803 1 005');
    expect(text).toContain('Halaman 1 dari 2');
    for (const p of PEOPLE) expect(text).not.toContain(p.phone);
    expect(text).not.toMatch(/0812\d+/);

    // By unit in the order units were registered, then by name without its titles ("Drs. H. Zul" under Z).
    const order = ['Héndra Ṣalihah', 'Drs. H. Zul Abdiman', 'Rahmad Hidayat Panjaitan', 'Siti Aisyah Lubis', 'dr. Nurhayati'].map((n) => text.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Each person signs by their own number; ten blank rows for walk-ins follow, T-1 to T-10 (participant
    // numbers are given only on registration: 6 would be someone else each day).
    expect(text).toMatch(/\bT-10\./);
    expect(text).not.toMatch(/\bT-11\.|(?<![-\w])6\./);
  });

  test('every day: one section per day, each starting a page, in the default file', async () => {
    const r = await w.run(['report', 'attendance', '--blank-rows', '2']);
    expect(r.code).toBe(0);
    const file = join(w.dir, 'daftar-hadir.pdf');
    expect(r.stdout.trim()).toBe(file);
    const pages = await pdfPages(file);
    expect(pages).toHaveLength(3);
    expect(pages[0]!.text).toContain('Senin, 7 November 2022 (hari ke-1 dari 3)');
    expect(pages[1]!.text).toContain('Selasa, 8 November 2022 (hari ke-2 dari 3)');
    expect(pages[2]!.text).toContain('Rabu, 9 November 2022 (hari ke-3 dari 3)');
    // Each day's sheet numbers its own pages.
    for (const page of pages) expect(page.text).toContain('Halaman 1 dari 1');
    expect(pages[2]!.text).toContain('Tanjungbalai, 9 November 2022');
    expect(pages[0]!.text).toMatch(/\bT-2\./);
    expect(pages[0]!.text).not.toMatch(/\bT-3\./);
    // The deputy and the reason belong to day 2 only.
    expect(pages[0]!.text).not.toContain('diwakili');
    expect(pages[1]!.text).toContain('diwakili: Budi Santoso, S.T.');
  });

  test('long lists break across pages with the header row repeated', async () => {
    const r = await w.run(['report', 'attendance', '--day', '1', '--blank-rows', '60', '--out', 'long.pdf', '--json']);
    expect(r.code).toBe(0);
    const pages = await pdfPages(join(w.dir, 'long.pdf'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(r.json<{ pages: number }>().pages).toBe(pages.length);
    pages.forEach((page, i) => {
      expect(page.text).toContain('Tanda Tangan');
      expect(page.text).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    expect(pages[1]!.text).toContain('Daftar Hadir Peserta, Senin, 7 November 2022 (lanjutan)');
    expect(pages.at(-1)!.text).toMatch(/\bT-60\./);
  });

  test('--paper f4 and letter set the page size', async () => {
    expect((await w.run(['report', 'attendance', '--day', '1', '--paper', 'f4', '--out', 'f4.pdf'])).code).toBe(0);
    const [f4] = await pdfPages(join(w.dir, 'f4.pdf'));
    expect(f4!.width).toBeCloseTo(609.45, 1);
    expect(f4!.height).toBeCloseTo(935.43, 1);
    expect((await w.run(['report', 'attendance', '--day', '1', '--paper', 'LETTER', '--out', 'letter.pdf'])).code).toBe(0);
    const [letter] = await pdfPages(join(w.dir, 'letter.pdf'));
    expect([letter!.width, letter!.height]).toEqual([612, 792]);
  });

  test('--lang en prints the sheet in English', async () => {
    const r = await w.run(['report', 'attendance', '--day', '2', '--lang', 'en', '--out', 'en.pdf']);
    expect(r.code).toBe(0);
    const text = await pdfText(join(w.dir, 'en.pdf'));
    for (const s of ['ATTENDANCE SHEET: PARTICIPANTS', 'in cooperation with LAN RI', 'Tuesday, 8 November 2022 (day 2 of 3)', 'Venue', 'Signature', 'Position', 'represented by: Budi Santoso, S.T.', 'Excused: tugas lain', 'Page 1 of 2', 'Tanjungbalai, 8 November 2022']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Halaman');
  });

  test('the same SOURCE_DATE_EPOCH gives byte-identical files dated from it', async () => {
    await w.run(['report', 'attendance', '--out', 'a.pdf'], { env: EPOCH, now: '2030-01-01T00:00:00Z' });
    await w.run(['report', 'attendance', '--out', 'b.pdf'], { env: EPOCH, now: '2031-06-01T00:00:00Z' });
    const a = readFileSync(join(w.dir, 'a.pdf'));
    expect(a.equals(readFileSync(join(w.dir, 'b.pdf')))).toBe(true);
    expect(a.toString('latin1')).toContain('D:20221109132000Z');
    // Without it, the clock dates the file.
    await w.run(['report', 'attendance', '--out', 'c.pdf'], { now: '2030-01-02T03:04:05Z' });
    expect(readFileSync(join(w.dir, 'c.pdf')).toString('latin1')).toContain('D:20300102030405Z');
  });

  test('at a terminal the path is told on stderr; -q silences it', async () => {
    const r = await w.run(['report', 'attendance', '--day', '3', '--out', 'tty.pdf'], { stdoutIsTTY: true, stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // Two people and ten walk-in rows (11 mm each: name, NIP, position and unit by hand) run onto a second page.
    expect(r.stderr).toContain(`Ditulis: ${join(w.dir, 'tty.pdf')} (2 halaman)`);
    const quiet = await w.run(['report', 'attendance', '--day', '3', '--out', 'tty.pdf', '-q'], { stdoutIsTTY: true });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout + quiet.stderr).toBe('');
  });

  test('bad flags exit 2 naming the flag, and write nothing', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--day', '4'], /4/],
      [['--day', 'x'], /--day/],
      [['--paper', 'a5'], /--paper/],
      [['--blank-rows', '-1'], /--blank-rows/],
      [['--blank-rows', '9999'], /--blank-rows/],
    ];
    for (const [flags, message] of cases) {
      const r = await w.run(['report', 'attendance', ...flags, '--out', 'bad.pdf']);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(w.dir, 'bad.pdf'))).toBe(false);
  });

  test('an unwritable --out is exit 1 with the path, and leaves no partial file', async () => {
    const r = await w.run(['report', 'attendance', '--out', 'no/such/dir/x.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(w.dir, 'no/such/dir/x.pdf'));
  });
});
