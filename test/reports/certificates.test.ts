import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

/** The heading is letter-spaced, so a text extractor may see "S E R T I F I K A T". */
const spaced = (word: string) => new RegExp(word.split('').join('\\s*'));

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

test('report certificates: one landscape page per participant who attended every day', async () => {
  const r = await w.run(['report', 'certificates', '--json']);
  expect(r.code).toBe(0);
  expect(r.json()).toEqual({ report: 'certificates', file: join(w.dir, 'sertifikat.pdf'), pages: 2, certificates: 2, min_attendance: 100, paper: 'a4' });
  const pages = await pdfPages(join(w.dir, 'sertifikat.pdf'));
  expect(pages).toHaveLength(2);
  for (const page of pages) {
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
    for (const s of ['PEMERINTAH KOTA TANJUNGBALAI', 'diberikan kepada', 'sebagai Peserta', 'Laboratorium Inovasi', 'Senin–Rabu, 7–9 November 2022', 'Aula Sutrisno Hadi Lt. 3', 'Tanjungbalai, 9 November 2022', 'Ir. Rahmat Hidayat Siregar, M.Si', 'NIP 19720314 199803 1 005']) {
      expect(page.text).toContain(s);
    }
    expect(page.text).toMatch(spaced('SERTIFIKAT'));
    expect(page.text).not.toMatch(/0812\d+/);
    // A certificate is handed out on its own: no "Halaman 1 dari 2" on it.
    expect(page.text).not.toContain('Halaman');
  }
  expect(pages[0]!.text).toContain('Héndra Ṣalihah Nasution, S.Kom');
  expect(pages[0]!.text).toContain('NIP 19850217 201001 1 002');
  expect(pages[1]!.text).toContain('dr. Nurhayati Simanjuntak, M.Kes');
  expect(pages.map((p) => p.text).join(' ')).not.toContain('Zul Abdiman');
});

test('--min-attendance counts represented days, and --lang en uses the English template', async () => {
  const r = await w.run(['report', 'certificates', '--min-attendance', '60', '--lang', 'en', '--out', 'en.pdf', '--json']);
  expect(r.code).toBe(0);
  expect(r.json()).toMatchObject({ certificates: 3, min_attendance: 60 });
  const pages = await pdfPages(join(w.dir, 'en.pdf'));
  expect(pages.map((p) => p.text).join(' ')).toContain('Drs. H. Zul Abdiman, M.Si');
  expect(pages[0]!.text).toMatch(spaced('CERTIFICATE'));
  expect(pages[0]!.text).toContain('as a Participant');
  expect(pages[0]!.text).toContain('in cooperation with LAN RI');
  // The workshop's name after an article, as English needs it.
  expect(pages[0]!.text).toContain('as a Participant in the workshop Laboratorium Inovasi, held by Pemerintah Kota Tanjungbalai');
  expect(pages[0]!.text).not.toContain('Page 1');
});

test('nobody eligible: a warning and a one-page file saying so', async () => {
  const empty = await reportWorkshop();
  try {
    expect((await empty.run(['checkin', '--undo', '5', '--day', '3'])).code).toBe(0);
    expect((await empty.run(['checkin', '--undo', '2', '--day', '3'])).code).toBe(0);
    const r = await empty.run(['report', 'certificates']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('tidak ada peserta dengan kehadiran minimal 100%');
    const pages = await pdfPages(join(empty.dir, 'sertifikat.pdf'));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain('Tidak ada peserta dengan kehadiran minimal 100%.');
  } finally {
    empty.remove();
  }
}, 60_000);

test('--min-attendance outside 0..100 is exit 2 naming the flag', async () => {
  for (const value of ['150', '-5', 'semua']) {
    const r = await w.run(['report', 'certificates', '--min-attendance', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-attendance');
  }
});

test('a narasumber present on one day gets a certificate at the default 100%; a peserta present on one day does not', async () => {
  const ws = await reportWorkshop();
  try {
    for (const [name, role] of [['Dr. Bayu Nugroho, M.PA', 'narasumber'], ['Rudi Hartono', 'peserta']] as const) {
      expect((await ws.run(['participant', 'add', '--name', name, '--role', role])).code).toBe(0);
      expect((await ws.run(['checkin', name, '--day', '2'])).code).toBe(0);
    }
    const r = await ws.run(['report', 'certificates', '--json']);
    expect(r.code).toBe(0);
    const text = (await pdfPages(join(ws.dir, 'sertifikat.pdf'))).map((p) => p.text).join('\n');
    expect(text).toContain('Dr. Bayu Nugroho, M.PA');
    expect(text).toContain('sebagai Narasumber');
    expect(text).not.toContain('Rudi Hartono');
    // With nobody present on any day, the speaker gets none.
    expect((await ws.run(['participant', 'add', '--name', 'Prof. Absen Saja', '--role', 'narasumber'])).code).toBe(0);
    const again = await ws.run(['report', 'certificates', '--out', 'again.pdf', '--json']);
    expect((await pdfPages(join(ws.dir, 'again.pdf'))).map((p) => p.text).join('\n')).not.toContain('Absen Saja');
    expect(again.json()).toMatchObject({ certificates: (r.json() as { certificates: number }).certificates });
  } finally {
    ws.remove();
  }
});
