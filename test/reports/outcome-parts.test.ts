// The outcome report's front and back (issue #14 page review): the BAB II table says "(lanjutan)" on the
// page it runs onto; Lampiran 1 names units as BAB III/IV do ("name (SHORT)").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { newWorkshop } from '../helpers/run-cli.js';

test('the BAB II table says what it continues on the page it runs onto; Lampiran 1 names units with their short names', async () => {
  const w = await newWorkshop();
  const must = async (argv: string[]) => {
    const r = await w.run(argv);
    expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
  };
  for (let i = 1; i <= 45; i++) await must(['unit', 'add', `Dinas Urusan Pemerintahan Nomor ${i}`, '--short', `DUP${i}`]);
  const rows = Array.from({ length: 45 }, (_, i) => `Peserta Nomor ${i + 1},,Staf,DUP${i + 1},`);
  writeFileSync(join(w.dir, 'peserta.csv'), ['Nama,NIP,Jabatan,Unit Kerja,No HP', ...rows].join('\n') + '\n');
  await must(['participant', 'import', 'peserta.csv']);
  for (const [lang, continued, appendix] of [
    ['id', 'Peserta (lanjutan)', 'Lampiran 1. Rekapitulasi Kehadiran'],
    ['en', 'Participants (continued)', 'Appendix 1. Attendance Recap'],
  ] as const) {
    await must(['report', 'outcome', '--out', `o-${lang}.pdf`, '--lang', lang, '--as-of', '2022-12-01']);
    const pages = await pdfPages(join(w.dir, `o-${lang}.pdf`));
    const start = pages.findIndex((p) => /^((Halaman|Page) \d+ (dari|of) \d+ )?(BAB II PELAKSANAAN|CHAPTER II )/.test(p.text));
    expect(start).toBeGreaterThan(0);
    // 45 units do not fit one page: the next page starts with the caption, then the repeated header.
    expect(pages[start + 1]!.text).toContain(continued);
    expect(pages[start + 1]!.text).toMatch(/Dinas Urusan Pemerintahan Nomor \d+ \(DUP\d+\)/);
    const rest = pages.map((p) => p.text).join(' ');
    const lampiran = rest.slice(rest.lastIndexOf(appendix));
    expect(lampiran).toContain('Dinas Urusan Pemerintahan Nomor 1 (DUP1) ');
  }
}, 120_000);
