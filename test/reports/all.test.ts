import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1668000000' };
const FILES = ['daftar-hadir-hari-1.pdf', 'daftar-hadir-hari-2.pdf', 'daftar-hadir-hari-3.pdf', 'rekap-kehadiran.pdf', 'laporan-hasil-kegiatan.pdf', 'matriks-rtl.pdf', 'sertifikat.pdf', 'tanda-pengenal.pdf'];

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

test('report all writes every report with stable names and lists them', async () => {
  const r = await w.run(['report', 'all', '--out', 'laporan', '--json'], { env: EPOCH });
  expect(r.code).toBe(0);
  const list = r.json<Array<{ report: string; file: string; day?: number; pages: number }>>();
  expect(list.map((x) => x.file)).toEqual(FILES.map((f) => join(w.dir, 'laporan', f)));
  expect(list.map((x) => x.report)).toEqual(['attendance', 'attendance', 'attendance', 'recap', 'outcome', 'commitments', 'certificates', 'badges']);
  // The same records `report <name> --json` prints, one per file (the sheets say their day).
  expect(list.map((x) => x.day)).toEqual([1, 2, 3, undefined, undefined, undefined, undefined, undefined]);
  expect(readdirSync(join(w.dir, 'laporan')).sort()).toEqual([...FILES].sort());
  for (const [i, f] of FILES.entries()) {
    const pages = await pdfPages(join(w.dir, 'laporan', f));
    expect(pages.length, f).toBeGreaterThan(0);
    expect(list[i]!.pages, f).toBe(pages.length);
    // Certificates and badges are cut apart and handed out one by one: no page numbers.
    if (f === 'sertifikat.pdf' || f === 'tanda-pengenal.pdf') expect(pages.at(-1)!.text, f).not.toContain('Halaman');
    else expect(pages.at(-1)!.text, f).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  }

  // Without --json: the paths, one a line, on stdout.
  const plain = await w.run(['report', 'all', '--out', 'again'], { env: EPOCH });
  expect(plain.code).toBe(0);
  expect(plain.stdout.trim().split('\n')).toEqual(FILES.map((f) => join(w.dir, 'again', f)));
  // Same file and SOURCE_DATE_EPOCH: byte-identical reports.
  for (const f of FILES) {
    expect(readFileSync(join(w.dir, 'again', f)).equals(readFileSync(join(w.dir, 'laporan', f))), f).toBe(true);
  }
});

test('report all --out naming a file is exit 2', async () => {
  const r = await w.run(['report', 'all', '--out', 'w.innolab']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('w.innolab');
});
