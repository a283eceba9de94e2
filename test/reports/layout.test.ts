import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
  const add = async (argv: string[]) => expect((await w.run(['participant', 'add', ...argv])).code).toBe(0);
  // Names from several scripts, a decomposed accent (e + U+0301), and text with no place to break.
  await add(['--name', 'Ольга Петрова', '--unit', 'RSUD']);
  await add(['--name', 'Zoe\u0301 Ελένη Nguyễn', '--unit', 'RSUD']);
  await add(['--name', 'Prof. Dr. Ir. H. Muhammad Abdurrahman Wahid Syahputra Nasution Simanjuntak, S.H., M.H., M.Si., Ph.D.', '--position', 'Kepala_Subbagian_Perencanaan_Evaluasi_dan_Pelaporan_Kinerja_Instansi_Pemerintah', '--unit', 'RSUD']);
}, 60_000);
afterAll(() => w.remove());

/** Every run of text lies inside the page, clear of its edges. */
function expectInsidePage(page: Awaited<ReturnType<typeof pdfPages>>[number]): void {
  for (const item of page.items) {
    expect(item.x, item.str).toBeGreaterThanOrEqual(20);
    expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - 20);
    expect(item.y, item.str).toBeGreaterThanOrEqual(10);
    expect(item.y, item.str).toBeLessThanOrEqual(page.height - 10);
  }
}

test('names in any script print as typed, and long text wraps inside its column', async () => {
  for (const paper of ['a4', 'f4', 'letter']) {
    const out = `sheet-${paper}.pdf`;
    expect((await w.run(['report', 'attendance', '--day', '1', '--paper', paper, '--out', out])).code).toBe(0);
    const pages = await pdfPages(join(w.dir, out));
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('Ольга Петрова');
    expect(text).toContain('Ελένη Nguyễn');
    expect(text.normalize('NFC')).toContain('Zoé');
    expect(text).toContain('Muhammad Abdurrahman');
    pages.forEach(expectInsidePage);
  }
});

test('recap and certificates keep every line inside the page too', async () => {
  expect((await w.run(['report', 'recap', '--out', 'recap.pdf'])).code).toBe(0);
  expect((await w.run(['report', 'certificates', '--min-attendance', '0', '--out', 'cert.pdf'])).code).toBe(0);
  for (const file of ['recap.pdf', 'cert.pdf']) (await pdfPages(join(w.dir, file))).forEach(expectInsidePage);
});

test('a group heading is never the last row of a page: it goes over with the row under it, which is never split', async () => {
  const { Report } = await import('../../src/reports/layout/index.js');
  const { grouped } = await import('../../src/reports/layout/index.js');
  const report = await Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Groups' });
  type Row = { group: string } | { text: string };
  // Groups of one to three rows, one to seven lines tall: some heading lands near the bottom of some page.
  const rows: Row[] = [];
  for (let g = 1; g <= 40; g++) {
    rows.push({ group: `Kelompok ${g}` });
    for (let r = 1; r <= 1 + (g % 3); r++) rows.push({ text: Array.from({ length: 1 + ((g * r) % 7) }, (_, k) => `baris-${g}.${r} ${'kata '.repeat(k === 0 ? 1 : 12)}`).join(' ') });
  }
  report.table(
    {
      columns: [{ header: 'Isi', width: 100, value: (r) => ('text' in r ? r.text : '') }],
      ...grouped<Row>(report, (r) => ('group' in r ? r.group : undefined)),
    },
    rows,
  );
  const file = join(w.dir, 'groups.pdf');
  await report.save(file);
  const pages = await pdfPages(file);
  expect(pages.length).toBeGreaterThan(3);
  let headings = 0;
  for (const page of pages) {
    for (const heading of page.items.filter((i) => /^Kelompok \d+$/.test(i.str))) {
      headings++;
      const g = heading.str.split(' ')[1];
      // PDF y grows upwards: the group's first row is printed below its heading, on the same page.
      expect(page.items.some((i) => i.str.startsWith(`baris-${g}.1 `) && i.y < heading.y), heading.str).toBe(true);
    }
    // A page that starts inside a group says whose rows these are.
    const first = page.items.find((i) => i.str.startsWith('baris-'));
    if (page !== pages[0] && first && !page.items.some((i) => i.y > first.y && /^Kelompok \d+$/.test(i.str))) {
      expect(page.text).toMatch(/Kelompok \d+ \(lanjutan\)/);
    }
  }
  expect(headings).toBe(40);
});
