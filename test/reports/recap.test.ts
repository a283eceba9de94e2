import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { PEOPLE, reportWorkshop } from './fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

test('report recap: participant × day grid, days attended and percent, totals per unit and per day', async () => {
  const r = await w.run(['report', 'recap', '--json']);
  expect(r.code).toBe(0);
  expect(r.json()).toEqual({ report: 'recap', file: join(w.dir, 'rekap-kehadiran.pdf'), pages: 1, days: [1, 2, 3], participants: 5, paper: 'a4' });
  const [page] = await pdfPages(join(w.dir, 'rekap-kehadiran.pdf'));
  const text = page!.text;
  for (const s of ['PEMERINTAH KOTA TANJUNGBALAI', 'REKAPITULASI KEHADIRAN', 'Senin–Rabu, 7–9 November 2022', 'H-1 7 Nov', 'H-3 9 Nov', 'Halaman 1 dari 1']) {
    expect(text).toContain(s);
  }
  for (const p of PEOPLE) {
    expect(text).toContain(p.name);
    expect(text).not.toContain(p.phone);
  }
  // Grid rows: marks per day, days attended (present or represented) and percent.
  expect(text).toContain('Drs. H. Zul Abdiman, M.Si ✓ W – 2/3 66,7%');
  expect(text).toContain('Héndra Ṣalihah Nasution, S.Kom ✓ ✓ ✓ 3/3 100,0%');
  expect(text).toContain('Siti Aisyah Lubis, S.E., M.M. ✓ I – 1/3 33,3%');
  expect(text).toContain('Rahmad Hidayat Panjaitan – ✓ – 1/3 33,3%');
  // Unit headings in the grid, then the unit totals (participants, present, represented, excused, absent, %).
  expect(text).toContain('Rekap per Unit Kerja');
  expect(text).toContain('Dinas Komunikasi dan Informatika (Diskominfo) 2 2 0 1 3 33,3%');
  expect(text).toContain('RSUD Dr. Tengku Mansyur (RSUD) 1 3 0 0 0 100,0%');
  expect(text).toContain('Jumlah Peserta 5 9 1 1 4 66,7%');
  // Day totals: present, represented, excused, absent, percent attended.
  expect(text).toContain('Rekap per Hari');
  expect(text).toContain('Hari ke-1 — 7 November 2022 4 0 0 1 80,0%');
  expect(text).toContain('Hari ke-2 — 8 November 2022 3 1 1 0 80,0%');
  expect(text).toContain('Hari ke-3 — 9 November 2022 2 0 0 3 40,0%');
  expect(text).toContain('Tanjungbalai, 9 November 2022');
});

test('report recap --lang en --paper letter', async () => {
  const r = await w.run(['report', 'recap', '--lang', 'en', '--paper', 'letter', '--out', 'recap-en.pdf']);
  expect(r.code).toBe(0);
  const pages = await pdfPages(join(w.dir, 'recap-en.pdf'));
  const page = { ...pages[0]!, text: pages.map((p) => p.text).join(' ') };
  expect([page.width, page.height]).toEqual([612, 792]);
  for (const s of ['ATTENDANCE RECAP', 'Monday–Wednesday, 7–9 November 2022', 'Day 1 7 Nov', 'By unit', 'By day', 'Total participants 5 9 1 1 4 66.7%', 'Page 1 of 2']) {
    expect(page.text).toContain(s);
  }
});

test('a workshop longer than five days turns the recap landscape', async () => {
  const long = await reportWorkshop();
  try {
    expect((await long.run(['workshop', 'set', 'end_date', '2022-11-14'])).code).toBe(0);
    expect((await long.run(['report', 'recap', '--out', 'long.pdf'])).code).toBe(0);
    const [page] = await pdfPages(join(long.dir, 'long.pdf'));
    expect(page!.width).toBeGreaterThan(page!.height);
    expect(page!.text).toContain('H-8 14 Nov');
  } finally {
    long.remove();
  }
}, 60_000);

test('every page the recap runs onto says what it continues, whichever of its tables spills over', async () => {
  const dir = tempDir();
  const demo = await runCli(['demo', '--out', dir], { cwd: dir });
  expect(demo.code, demo.stderr).toBe(0);
  const pages = await pdfPages(join(dir, 'laporan', 'rekap-kehadiran.pdf'));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.at(-1)!.text).toContain('Rekap per Hari');
  // The caption sits right above the repeated header row of whichever table goes on (with the unit or role
  // that runs on, when it does); a page may also start a table of its own under its heading.
  for (const page of pages.slice(1)) {
    expect(page.text).toMatch(/^(Halaman \d+ dari \d+ )?(Rekapitulasi Kehadiran \(lanjutan\) ([^()]+(\([^()]+\) )?\(lanjutan\) )?(No Nama|Unit Kerja Jumlah Orang)|Rekap per (Unit Kerja|Hari) )/);
  }
}, 60_000);
