import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeTemplate } from '../../src/reports/outcome/index.js';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { type OutcomeWorkshop, PHONE, PROPOSED_PROBLEM, SELECTED, TITLE, outcomeWorkshop } from './outcome-fixture.js';

let w: OutcomeWorkshop;
beforeAll(async () => {
  w = await outcomeWorkshop();
});
afterAll(() => w.remove());

describe('report outcome', () => {
  it('writes the Laporan Hasil Kegiatan a reader can follow chapter by chapter', async () => {
    const r = await w.run(['report', 'outcome', '--as-of', '2023-01-16', '--json']);
    expect(r.code).toBe(0);
    const out = r.json<{ file: string; pages: number }>();
    expect(out).toMatchObject({ report: 'outcome', file: join(w.dir, 'laporan-hasil-kegiatan.pdf'), as_of: '2023-01-16', paper: 'a4' });
    const pages = await pdfPages(out.file);
    expect(pages).toHaveLength(out.pages);

    const cover = pages[0]!.text;
    expect(cover).toContain('PEMERINTAH KOTA TANJUNGBALAI');
    expect(cover).toContain('LAPORAN HASIL KEGIATAN');
    expect(cover).toContain(TITLE);
    // The organizer once, at the foot with the year; the partner line does not repeat it.
    expect(cover).toContain('Bekerja sama dengan LAN RI');
    expect(cover.replace(TITLE, '').match(/Pemerintah Kota Tanjungbalai/gi)).toHaveLength(1);
    expect(cover).toContain('Senin–Rabu, 7–9 November 2022');
    expect(cover).toContain('TAHUN 2022');
    // The cover carries no page number; the Kata Pengantar is page 2, then the Daftar Isi with each part's page.
    expect(cover).not.toContain('Halaman');
    expect(pages[1]!.text).toContain('KATA PENGANTAR');
    // Closed with place and date (the report's date) and the signatory, as BAB V is.
    expect(pages[1]!.text).toMatch(/Tanjungbalai, 16 Januari 2023 .*Ir\. Rahmat Hidayat Siregar, M\.Si/);
    expect(pages[1]!.text).toContain(`Halaman 2 dari ${out.pages}`);
    expect(pages[2]!.text).toMatch(/DAFTAR ISI KATA PENGANTAR 2 BAB I PENDAHULUAN 4 BAB II PELAKSANAAN 5 .*BAB V PENUTUP \d+ LAMPIRAN \d+/);
    expect(pages.at(-1)!.text).toContain(`Halaman ${out.pages} dari ${out.pages}`);

    const text = pages.map((p) => p.text).join('\n');
    const order = ['BAB I', 'PENDAHULUAN', 'Latar Belakang', 'Dasar Hukum', 'Maksud dan Tujuan', 'BAB II', 'PELAKSANAAN',
      'Waktu dan Tempat', 'Peserta', 'BAB III', 'HASIL KEGIATAN', 'Gagasan Inovasi per Unit Kerja', 'Inovasi Terpilih',
      'BAB IV', 'RENCANA TINDAK LANJUT', 'BAB V', 'PENUTUP'];
    let at = -1;
    for (const heading of order) {
      const next = text.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    // Dasar hukum: the workshop's legal basis split on ";" into a numbered list.
    expect(text).toMatch(/1\. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;/);
    expect(text).toMatch(/2\. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah\./);
    // Pelaksanaan: long dates, venue, participants and attendance per unit (present or represented).
    expect(text).toContain('Hari/Tanggal : Senin–Rabu, 7–9 November 2022');
    expect(text).toContain('5 orang peserta dari 3 unit kerja');
    expect(text).toMatch(/Dinas Kesehatan \(Dinkes\) 1 1 1 1 100,0%/);
    expect(text).toMatch(/Jumlah 5 5 4 3 80,0%/);
    // Hasil: every idea in the table, with form, kind, status and the weighted score (4.05 by hand).
    // No is a running count down the table (SIPANDU is the third row, by unit).
    expect(text).toMatch(/3 SIPANDU: Sistem Perizinan Terpadu Daring Pelayanan Publik Digital Terpilih 4,05/);
    expect(text).toContain('Posyandu Keliling Pesisir');
    expect(text).toContain('Tidak Dilanjutkan');
    // The selected ideas in full; a merely proposed idea is not.
    for (const part of [SELECTED.problem, SELECTED.objective, SELECTED.benefit, SELECTED.expected]) expect(text).toContain(part);
    expect(text.replace(/\s+/g, ' ')).toContain(SELECTED.description);
    expect(text).toContain('Rancang Bangun');
    expect(text).toContain('Pengusul : Héndra Gunawan, S.Kom');
    expect(text).not.toContain(PROPOSED_PROBLEM);
    // Rencana tindak lanjut: the commitments, the late one marked as of the report date.
    expect(text).toContain('Menyusun SOP perizinan daring');
    expect(text).toContain('Kepala Bidang Pelayanan');
    expect(text).toMatch(/Berjalan — TERLAMBAT 6\s+hari/);
    // Signature block and no phone numbers.
    expect(text).toContain('Tanjungbalai, 16 Januari 2023');
    expect(text).toContain('Ir. Rahmat Hidayat Siregar, M.Si');
    expect(text).toContain('NIP 19720314 199803 1 005');
    expect(text).not.toContain(PHONE);
    // Simpulan dan Saran, then the Lampiran: the attendance recap person by person, and the photos.
    expect(text).toMatch(/Simpulan dan Saran .*gagasan inovasi/);
    expect(text).toContain('Lampiran 1. Rekapitulasi Kehadiran');
    // Without photos there is no Lampiran 2 (and no page saying there are none).
    expect(text).not.toContain('Lampiran 2');
    expect(text).not.toContain('Belum ada foto dokumentasi.');
  });

  it('is in English with --lang en', async () => {
    const r = await w.run(['report', 'outcome', '--lang', 'en', '--as-of', '2023-01-16', '--out', 'outcome-en.pdf', '--json']);
    expect(r.code).toBe(0);
    const pages = await pdfPages(join(w.dir, 'outcome-en.pdf'));
    const text = pages.map((p) => p.text).join('\n');
    for (const s of ['WORKSHOP OUTCOME REPORT', 'CHAPTER I', 'INTRODUCTION', 'Legal Basis', 'CHAPTER III', 'RESULTS', 'Selected Innovations',
      'FOLLOW-UP PLAN', 'CLOSING', 'Monday–Wednesday, 7–9 November 2022', 'Public Service', 'Selected', '4.05', 'Tanjungbalai, 16 January 2023']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/In progress — OVERDUE 6\s+days/);
    expect(pages[0]!.text).not.toContain('Page 1');
    expect(pages[1]!.text).toContain(`Page 2 of ${pages.length}`);
    expect(text).not.toContain('Halaman');
  });

  it('prints on F4 with --paper f4, and refuses an unknown paper or date without writing', async () => {
    const r = await w.run(['report', 'outcome', '--paper', 'f4', '--out', 'f4.pdf', '--as-of', '2023-01-16']);
    expect(r.code).toBe(0);
    const pages = await pdfPages(join(w.dir, 'f4.pdf'));
    expect(pages[0]!.width).toBeCloseTo(609.45, 1); // 215 mm
    expect(pages[0]!.height).toBeCloseTo(935.43, 1); // 330 mm

    const bad = await w.run(['report', 'outcome', '--paper', 'a3', '--out', 'a3.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--paper');
    const badDate = await w.run(['report', 'outcome', '--as-of', '2023-02-30', '--out', 'bad.pdf']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of');
    expect(() => readFileSync(join(w.dir, 'a3.pdf'))).toThrow();
    expect(() => readFileSync(join(w.dir, 'bad.pdf'))).toThrow();
  });

  it('dates the signature today by default, and gives the same bytes for the same SOURCE_DATE_EPOCH', async () => {
    const today = await w.run(['report', 'outcome', '--out', 'today.pdf'], { now: '2023-03-01T05:00:00Z' });
    expect(today.code).toBe(0);
    expect(await pdfText(join(w.dir, 'today.pdf'))).toContain('Tanjungbalai, 1 Maret 2023');

    const env = { SOURCE_DATE_EPOCH: '1673827200' }; // 2023-01-16T00:00:00Z
    expect((await w.run(['report', 'outcome', '--out', 'a.pdf'], { env, now: '2024-05-05T10:00:00Z' })).code).toBe(0);
    expect((await w.run(['report', 'outcome', '--out', 'b.pdf'], { env, now: '2025-06-06T10:00:00Z' })).code).toBe(0);
    const a = readFileSync(join(w.dir, 'a.pdf'));
    expect(a.equals(readFileSync(join(w.dir, 'b.pdf')))).toBe(true);
    expect(await pdfText(join(w.dir, 'a.pdf'))).toContain('Tanjungbalai, 16 Januari 2023');
  });

  it('has help naming the default file, in both languages', async () => {
    const id = await w.run(['report', 'outcome', '--help']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('laporan-hasil-kegiatan.pdf');
    expect(id.stdout).toContain('Laporan Hasil Kegiatan');
    const en = await w.run(['report', 'commitments', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('matriks-rtl.pdf');
    expect(en.stdout).toMatch(/--as-of <date>\s+status as of this date/);
  });

  it('says so when there is nothing yet, rather than printing empty tables', async () => {
    const empty = await outcomeWorkshop({ empty: true });
    try {
      const r = await empty.run(['report', 'outcome', '--as-of', '2022-11-09', '--json']);
      expect(r.code).toBe(0);
      const text = await pdfText(r.json<{ file: string }>().file);
      expect(text).toContain('Belum ada peserta yang tercatat.');
      expect(text).toContain('Belum ada gagasan inovasi yang tercatat.');
      expect(text).toContain('Belum ada rencana tindak lanjut yang tercatat.');
      expect(text).toContain('PENUTUP');
    } finally {
      empty.remove();
    }
  });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('outcome template', () => {
  it('names the file and the missing text when an office template is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'innolab-tpl-'));
    try {
      // A text the office's copy leaves out keeps the built-in wording (a copy exported before an upgrade still
      // works); a text that is not text is an error.
      writeFileSync(join(dir, 'outcome.id.json'), JSON.stringify({ cover: { heading: 'LAPORAN' }, closing: { title: 5 } }));
      const tpl = OutcomeTemplate.load('id', dir);
      expect(tpl.text('cover.heading')).toBe('LAPORAN');
      expect(tpl.text('results.title')).toBe('HASIL KEGIATAN');
      // An office's broken template is invalid input (exit 2), naming the file and the key.
      expect(thrown(() => tpl.text('closing.title'))).toMatchObject({ kind: 'usage', key: 'outcome.templateBroken', params: { problem: '"closing.title"' } });
      writeFileSync(join(dir, 'outcome.en.json'), '{ not json');
      expect(thrown(() => OutcomeTemplate.load('en', dir))).toMatchObject({ kind: 'usage', params: { file: join(dir, 'outcome.en.json') } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships both languages with the same texts', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      node && typeof node === 'object' && !Array.isArray(node)
        ? Object.entries(node).flatMap(([k, v]) => keys(v, prefix + k + '.'))
        : [prefix];
    const id = JSON.parse(readFileSync('templates/outcome.id.json', 'utf8')) as unknown;
    const en = JSON.parse(readFileSync('templates/outcome.en.json', 'utf8')) as unknown;
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
});
