// The recap reconciles with the outcome report (issue #14 page review): per-unit "Peserta" figures count
// peserta only, narasumber, fasilitator and panitia have their own group; English codes in English; a unit
// that runs onto the next page is named again; headers are not shrunk; the small per-day table stays whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type PdfPage, pdfPages } from '../helpers/pdf-text.js';
import { demoWorkshop, runCli } from '../helpers/run-cli.js';
import { reportWorkshop } from './fixture.js';

let dir = '';
let demo = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'innolab-recap-roles-'));
  demo = await demoWorkshop(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(name: string, lang: 'id' | 'en', paper = 'a4'): Promise<PdfPage[]> {
  const out = join(dir, `${name}-${lang}-${paper}.pdf`);
  const r = await runCli(['-f', demo, 'report', name, '--out', out, '--lang', lang, '--paper', paper], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return pdfPages(out);
}
const all = (pages: PdfPage[]) => pages.map((p) => p.text).join(' ');

test('the recap counts peserta per unit as the outcome report does; the other roles are a group of their own', async () => {
  const recap = all(await report('recap', 'id'));
  const outcome = all(await report('outcome', 'id'));
  // The demo: 32 peserta from 20 units, and 8 narasumber, fasilitator and panitia (BAB II says so too).
  expect(outcome).toMatch(/Jumlah 32 /);
  expect(recap).toContain('Jumlah Peserta 32 ');
  expect(recap).toContain('Jumlah Seluruhnya 40 ');
  expect(recap).toMatch(/Narasumber, Fasilitator dan Panitia No Nama .* Narasumber 37 Dr\. Anisa Rahmawati/);
  expect(recap).toMatch(/Panitia \d+ [A-Z]/);
  // Bagian Organisasi has one peserta and four others (committee): the recap's unit row says 1, as BAB II.
  expect(recap).toMatch(/Bagian Organisasi Setda \(Bag\. Organisasi\) 1 \d/);
  expect(outcome).toMatch(/Bagian Organisasi Setda \(Bag\. Organisasi\) 1 \d/);
  // The caption says what counts person-days; the people column counts persons.
  expect(recap).not.toContain('orang-hari)');
  expect(recap).toContain('dihitung dalam orang-hari');
  // Lampiran 1 of the outcome report lists the same two groups.
  const appendix = outcome.slice(outcome.lastIndexOf('Lampiran 1. Rekapitulasi Kehadiran'));
  expect(appendix).toContain('Narasumber, Fasilitator dan Panitia');
  expect(appendix).toMatch(/Narasumber 37 Dr\. Anisa Rahmawati/);
}, 60_000);

test('the English recap uses English codes, the same letters in the grid and the key', async () => {
  const recap = all(await report('recap', 'en'));
  expect(recap).toContain('Key: ✓ present · R represented · E excused · – absent');
  // drg. Linda Wati Sembiring was represented on day 1; Sri Wahyuni excused on day 3.
  expect(recap).toContain('drg. Linda Wati Sembiring, M.Kes R ✓ ✓ 3/3');
  expect(recap).toContain('Sri Wahyuni, S.AP ✓ ✓ E 2/3');
  expect(recap).not.toMatch(/ [WI] (✓|–|[WI]) /);
  expect(recap).not.toMatch(/ (✓|–) [WI] /);
  // Day columns in the outcome report's style.
  expect(recap).toContain('Day 1 7 Nov');
  // On F4 the per-unit totals run onto the last page: the group they belong to is named there again.
  expect(all(await report('recap', 'en', 'f4'))).toContain('Attendance recap (continued) Participants (continued) Unit People');
}, 60_000);

test('headers of the totals are set at the size of their neighbours, not shrunk', async () => {
  for (const lang of ['en', 'id'] as const) {
    const pages = await report('recap', lang);
    const items = pages.flatMap((p) => p.items);
    const perChar = (word: string) => {
      const item = items.find((i) => i.str === word);
      expect(item, word).toBeDefined();
      return item!.width / word.length;
    };
    const [long, short] = lang === 'en' ? ['Represented', 'Present'] : ['Diwakili', 'Hadir'];
    expect(perChar(long) / perChar(short)).toBeGreaterThan(0.85);
    if (lang === 'en') expect(perChar('People') / perChar(short)).toBeGreaterThan(0.85);
  }
}, 60_000);

test('a unit that runs onto the next page is named again there, with (lanjutan)', async () => {
  const w = await reportWorkshop();
  try {
    const rows = Array.from({ length: 60 }, (_, i) => `Peserta Bappeda ${i + 1},,Staf,Bappeda,`);
    writeFileSync(join(w.dir, 'banyak.csv'), ['Nama,NIP,Jabatan,Unit Kerja,No HP', ...rows].join('\n') + '\n');
    expect((await w.run(['participant', 'import', 'banyak.csv'])).code).toBe(0);
    for (const [lang, word] of [['id', 'lanjutan'], ['en', 'continued']] as const) {
      expect((await w.run(['report', 'recap', '--out', `r-${lang}.pdf`, '--lang', lang])).code).toBe(0);
      const pages = await pdfPages(join(w.dir, `r-${lang}.pdf`));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[1]!.text).toContain(`Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda) (${word})`);
    }
  } finally {
    w.remove();
  }
}, 120_000);

test('the per-day table is never split over two pages, and the signature stays with it', async () => {
  const w = await reportWorkshop();
  try {
    // Grow the grid two rows at a time, so the per-day table starts lower and lower on the page.
    for (let step = 0; step < 16; step++) {
      const rows = [1, 2].map((k) => `Peserta Tambahan ${step * 2 + k},,Staf,Bappeda,`);
      writeFileSync(join(w.dir, 'tambah.csv'), ['Nama,NIP,Jabatan,Unit Kerja,No HP', ...rows].join('\n') + '\n');
      expect((await w.run(['participant', 'import', 'tambah.csv'])).code).toBe(0);
      expect((await w.run(['report', 'recap', '--out', 'r.pdf'])).code).toBe(0);
      const pages = await pdfPages(join(w.dir, 'r.pdf'));
      const page = pages.find((p) => p.text.includes('Rekap per Hari'))!;
      expect(page, `step ${step}`).toBeDefined();
      for (const s of ['Hari ke-1 ', 'Hari ke-3 ', 'Tanjungbalai, 9 November 2022']) expect(page.text, `step ${step}: ${s}`).toContain(s);
      // The per-unit heading never stands at a page's foot with only the table's header under it.
      const units = pages.find((p) => p.text.includes('Rekap per Unit Kerja'))!;
      expect(units.text, `step ${step}`).toMatch(/Rekap per Unit Kerja Unit Kerja Jumlah Peserta .* \(Bappeda\) \d/);
    }
  } finally {
    w.remove();
  }
}, 180_000);
