// Every report of a workshop at real size (issue #14): nothing drawn outside the margins, every word that went
// in comes out, one certificate per page, and the time per page close to the sample workshop's.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type PdfPage, pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';
import { LONG_WORD, type LargeWorkshop, largeWorkshop } from './large-fixture.js';

let w: LargeWorkshop;
beforeAll(async () => {
  w = await largeWorkshop();
}, 240_000);
afterAll(() => w.remove());

/** The page number under the bottom margin is the only text allowed there. */
const FOOTER = /^(Halaman|Page|dari|of|\d+)$/;

function expectInsideMargins(page: PdfPage, where: string): void {
  for (const item of page.items) {
    const label = `${where}: "${item.str.slice(0, 40)}"`;
    expect(item.x, label).toBeGreaterThanOrEqual(42);
    expect(item.x + item.width, label).toBeLessThanOrEqual(page.width - 40);
    expect(item.y, label).toBeLessThanOrEqual(page.height - 36);
    if (!item.str.split(/\s+/).every((part) => FOOTER.test(part))) expect(item.y, label).toBeGreaterThanOrEqual(44);
  }
}

/** Every word of `texts` is somewhere in the document; the unbreakable word is there whole (all its letters). */
function expectEveryWord(pages: PdfPage[], texts: readonly string[], what: string): void {
  const all = pages.map((p) => p.text).join(' ');
  // A word longer than its column is broken inside it: its pieces follow one another, spaces between.
  const joined = all.replace(/\s+/g, '');
  const words = new Set(texts.flatMap((t) => t.split(/[\s,]+/)).filter((word) => word !== '' && word !== LONG_WORD));
  for (const word of words) expect(word.length > 40 ? joined.includes(word) : all.includes(word.replace(/\.$/, '')), `${what}: ${word.slice(0, 60)}`).toBe(true);
  const longWords = texts.filter((t) => t.includes(LONG_WORD)).length;
  if (longWords > 0) expect((all.match(/q/g) ?? []).length, `${what}: the 2,000-character word`).toBeGreaterThanOrEqual(999 * longWords);
}

async function report(argv: string[], out: string): Promise<PdfPage[]> {
  const r = await w.run(['report', ...argv, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return pdfPages(join(w.dir, out));
}

for (const paper of ['a4', 'f4']) {
  test(`${paper}: attendance sheet and recap keep every name, position and unit inside the margins`, async () => {
    const sheet = await report(['attendance', '--paper', paper], `hadir-${paper}.pdf`);
    sheet.forEach((p, i) => expectInsideMargins(p, `daftar hadir p${i + 1}`));
    expectEveryWord(sheet, [...w.texts.people, ...w.texts.units], 'daftar hadir');
    const recap = await report(['recap', '--paper', paper], `rekap-${paper}.pdf`);
    recap.forEach((p, i) => expectInsideMargins(p, `recap p${i + 1}`));
    expectEveryWord(recap, w.texts.units, 'recap');
  }, 120_000);

  test(`${paper}: outcome report and RTL matrix lose no text, however long`, async () => {
    const outcome = await report(['outcome', '--paper', paper, '--as-of', '2023-01-15'], `hasil-${paper}.pdf`);
    outcome.forEach((p, i) => expectInsideMargins(p, `outcome p${i + 1}`));
    expectEveryWord(outcome, [...w.texts.ideas, ...w.texts.selected], 'outcome');
    const matrix = await report(['commitments', '--paper', paper, '--as-of', '2023-01-15'], `rtl-${paper}.pdf`);
    matrix.forEach((p, i) => expectInsideMargins(p, `matrix p${i + 1}`));
    expectEveryWord(matrix, w.texts.commitments, 'matrix');
    // Keluaran and Indikator have columns of their own: 90 actions take fewer pages than they did with both in one narrow column (170 A4 pages here).
    // Widths that follow the text and rows split at the page end: 133 -> 86 A4 (111 -> 65 F4) pages; the
    // outcome report 105 -> 65 A4 (89 -> 56 F4).
    expect(matrix.length).toBeLessThan(paper === 'a4' ? 95 : 72);
    expect(outcome.length).toBeLessThan(paper === 'a4' ? 75 : 64);
    // No page holds a line or two alone (a split row's tail, a field's last line before BAB IV's new page, the
    // note under BAB II's table).
    const from = outcome.findIndex((p) => /^(Halaman \d+ dari \d+ )?BAB II /.test(p.text));
    const to = outcome.findIndex((p) => /^(Halaman \d+ dari \d+ )?BAB V /.test(p.text));
    expect(from).toBeGreaterThan(0);
    for (const [name, pages] of [['outcome', outcome.slice(from, to)], ['matrix', matrix]] as const) {
      pages.forEach((p, i) => expect(new Set(p.items.filter((item) => item.y >= 44).map((item) => Math.round(item.y))).size, `${name} page ${i + 1}`).toBeGreaterThanOrEqual(4));
    }
    // The summary and signature follow the last rows of the matrix, never on a page of their own.
    expect(matrix.at(-1)!.text).toMatch(/Rencana Aksi/);
  }, 120_000);

  test(`${paper}: one certificate per page, one page per eligible person`, async () => {
    const pages = await report(['certificates', '--paper', paper], `sertifikat-${paper}.pdf`);
    expect(pages).toHaveLength(w.fullAttendance);
    pages.forEach((p, i) => expectInsideMargins(p, `certificate ${i + 1}`));
    for (const page of pages) expect(page.text).toContain('Ir. Rahmat Hidayat Siregar, M.Si');
    expect(pages.map((p) => p.text).join(' ')).toMatch(/Nomor: 001\/LABINOV\/2022.*Nomor: 002\/LABINOV\/2022/);
    // Names and positions of the eligible (every tenth person missed a day).
    expectEveryWord(pages, w.texts.people.filter((_, i) => Math.floor(i / 2) % 10 !== 9), 'certificates');
  }, 120_000);
}

test('each report costs at most 11x per page what it costs on the sample workshop', async () => {
  const sample = await reportWorkshop();
  try {
    const perPage = async (run: LargeWorkshop['run'], argv: string[]) => {
      const started = performance.now();
      const r = await run(['report', ...argv, '--json']);
      expect(r.code, r.stderr).toBe(0);
      return (performance.now() - started) / r.json<{ pages: number }>().pages;
    };
    for (const argv of [['attendance', '--day', '1'], ['recap'], ['outcome', '--as-of', '2023-01-15'], ['commitments', '--as-of', '2023-01-15'], ['certificates']]) {
      const out = ['--out', `timing-${argv[0]!}.pdf`];
      await perPage(sample.run, [...argv, ...out]); // warm: pdfkit and the fonts loaded once
      const small = await perPage(sample.run, [...argv, ...out]);
      const large = await perPage((a) => w.run(a), [...argv, ...out]);
      expect(large, argv[0]).toBeLessThanOrEqual(small * 11);
    }
  } finally {
    sample.remove();
  }
}, 240_000);

test('in English too: headers whole words, plurals by count, nothing outside the margins', async () => {
  const recap = await report(['recap', '--lang', 'en'], 'recap-en.pdf');
  recap.forEach((p, i) => expectInsideMargins(p, `recap (en) p${i + 1}`));
  const words = new Set(recap.flatMap((p) => p.items.map((item) => item.str)));
  for (const header of ['Participants', 'Represented', 'Attended']) expect(words.has(header), header).toBe(true);
  const matrix = await report(['commitments', '--lang', 'en', '--as-of', '2023-01-15'], 'rtl-en.pdf');
  matrix.forEach((p, i) => expectInsideMargins(p, `matrix (en) p${i + 1}`));
  const text = matrix.map((p) => p.text).join(' ');
  expect(text).toMatch(/— 5 actions/);
  expect(text).not.toMatch(/\b1 actions\b/);
  expect(text).toContain('OVERDUE');
}, 120_000);
