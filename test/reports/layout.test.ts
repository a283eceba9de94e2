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
