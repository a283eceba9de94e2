// Tables at real size (issue #14, page review): rows split at the page end with at least three lines on
// either page and a "(lanjutan)" line, every continued table captioned, a group heading kept with the first
// lines of its row, widths that follow the text, words broken after "/" or "-", the overdue mark in the
// Status cell only, and one number per action and per idea across the reports.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/reports/layout/text.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/run-cli.js';
import { type OutcomeWorkshop, outcomeWorkshop } from './outcome-fixture.js';

let w: OutcomeWorkshop;
let dir: string;
beforeAll(async () => {
  w = await outcomeWorkshop();
  dir = mkdtempSync(join(tmpdir(), 'innolab-tables-'));
}, 60_000);
afterAll(() => {
  w.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** Each text run of a page with its font's name and size. */
async function runsWithFonts(file: string, pageNo: number): Promise<Array<{ text: string; font: string; size: number }>> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(pageNo);
    const ops = await page.getOperatorList();
    const runs: Array<{ text: string; font: string; size: number }> = [];
    let font = '';
    let size = 0;
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) {
        font = (page.commonObjs.get(args[0] as string) as { name: string }).name;
        size = args[1] as number;
      }
      if (fn === OPS.showText) {
        const glyphs = args[0] as Array<{ unicode?: string } | number | null>;
        runs.push({ text: glyphs.map((g) => (g && typeof g === 'object' ? (g.unicode ?? '') : '')).join(''), font, size });
      }
    });
    return runs;
  } finally {
    await doc.destroy();
  }
}

async function newReport() {
  const { Report } = await import('../../src/reports/layout/index.js');
  return Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Tabel' });
}

describe('the shared table', () => {
  it('splits a row that does not fit at the page end, three lines or more on either page, with "(lanjutan)"', async () => {
    const { grouped } = await import('../../src/reports/layout/index.js');
    const report = await newReport();
    type Row = { group: string } | { no: number; lines: number };
    // Rows of 2 to 40 lines, one numbered line each ("r7-k12"), in groups of four.
    const rows: Row[] = [];
    for (let n = 1; n <= 48; n++) {
      if (n % 4 === 1) rows.push({ group: `Kelompok ${Math.ceil(n / 4)}` });
      rows.push({ no: n, lines: 2 + ((n * 13) % 39) });
    }
    report.table<Row>(
      {
        columns: [
          { header: 'No', width: 8, value: (r) => ('no' in r ? String(r.no) : '') },
          { header: 'Isi', width: 92, value: (r) => ('no' in r ? Array.from({ length: r.lines }, (_, k) => `r${r.no}-k${k + 1}`).join('\n') : '') },
        ],
        ...grouped<Row>(report, (r) => ('group' in r ? r.group : undefined), 'Tabel Uji'),
      },
      rows,
    );
    const file = join(dir, 'split.pdf');
    await report.save(file);
    const pages = await pdfPages(file);
    const parts = new Map<number, number[]>();
    pages.forEach((page, p) => {
      for (const item of page.items) {
        const m = /^r(\d+)-k\d+$/.exec(item.str);
        if (!m) continue;
        const counts = parts.get(Number(m[1])) ?? [];
        counts[p] = (counts[p] ?? 0) + 1;
        parts.set(Number(m[1]), counts);
      }
      // Every page but the last is filled: its lowest line is within a few lines of the bottom margin
      // (a row that does not fit is split, not moved whole leaving the page half empty).
      if (p < pages.length - 1) {
        const lowest = Math.min(...page.items.filter((i) => /^r\d+-k\d+$/.test(i.str)).map((i) => i.y));
        expect(lowest, `page ${p + 1}`).toBeLessThan(72 + 6 * 12);
      }
      // A continued page is captioned: inside a group by the group, on a group boundary by the table's title.
      if (p > 0) expect(page.text, `page ${p + 1}`).toMatch(/(Kelompok \d+|Tabel Uji) \(lanjutan\)/);
    });
    let split = 0;
    for (const n of Array.from({ length: 48 }, (_, i) => i + 1)) {
      const counts = (parts.get(n) ?? []).filter((c) => c !== undefined);
      expect(counts.reduce((a, b) => a + b, 0), `row ${n}`).toBe(2 + ((n * 13) % 39));
      if (counts.length > 1) {
        split++;
        // No widow or orphan: at least three of its lines on each page it is on, and its number again.
        for (const c of counts) expect(c, `row ${n}: ${counts.join('+')}`).toBeGreaterThanOrEqual(3);
        expect(pages.map((p) => p.text).join(' ')).toContain(`No ${n} (lanjutan)`);
      }
    }
    expect(split).toBeGreaterThan(3);
  });

  it('keeps a group heading with the first lines of a row taller than the page', async () => {
    const { grouped } = await import('../../src/reports/layout/index.js');
    type Row = { group: string } | { no: number; lines: number };
    // k one-line rows, then a heading over a 120-line row: for some k the heading falls at the foot of page 1.
    let lowest = Infinity;
    for (let k = 30; k <= 42; k++) {
      const report = await newReport();
      const rows: Row[] = [{ group: 'Kelompok A' }];
      for (let n = 1; n <= k; n++) rows.push({ no: n, lines: 1 });
      rows.push({ group: 'Kelompok B' }, { no: 999, lines: 120 });
      report.table<Row>(
        {
          columns: [
            { header: 'No', width: 8, value: (r) => ('no' in r ? String(r.no) : '') },
            { header: 'Isi', width: 92, value: (r) => ('no' in r ? Array.from({ length: r.lines }, (_, i) => `r${r.no}-k${i + 1}`).join('\n') : '') },
          ],
          ...grouped<Row>(report, (r) => ('group' in r ? r.group : undefined)),
        },
        rows,
      );
      const file = join(dir, `heading-${k}.pdf`);
      await report.save(file);
      const pages = await pdfPages(file);
      const page = pages.find((p) => p.items.some((i) => i.str === 'Kelompok B'))!;
      const heading = page.items.find((i) => i.str === 'Kelompok B')!;
      lowest = Math.min(lowest, heading.y);
      // The heading is printed over at least three lines of its row, never alone at the foot of a page.
      expect(page.items.filter((i) => /^r999-k\d+$/.test(i.str)).length, `k=${k}`).toBeGreaterThanOrEqual(3);
      // And the next page does not say the group continues before anything of it was printed there.
      expect(pages.map((p) => p.text).join(' '), `k=${k}`).not.toMatch(/Kelompok B \(lanjutan\) No Isi No 999 \(lanjutan\) 999 r999-k1 /);
    }
    // Some k put the heading near the bottom margin (the case being tested).
    expect(lowest).toBeLessThan(72 + 60);
  });

  it('moves a group heading over the last rows with them when those go over to stay with the signature', async () => {
    const { grouped } = await import('../../src/reports/layout/index.js');
    type Row = { group: string } | { text: string };
    for (let k = 24; k <= 40; k += 2) {
      const report = await newReport();
      const rows: Row[] = [{ group: 'Kelompok A' }, ...Array.from({ length: k }, (_, i) => ({ text: `a${i + 1}` })), { group: 'Kelompok B' }, { text: 'b1' }, { text: 'b2' }];
      report.table<Row>(
        {
          columns: [{ header: 'Isi', width: 100, value: (r) => ('text' in r ? r.text : '') }],
          keepWithEnd: 200,
          ...grouped<Row>(report, (r) => ('group' in r ? r.group : undefined)),
        },
        rows,
      );
      const file = join(dir, `end-${k}.pdf`);
      await report.save(file);
      const page = (await pdfPages(file)).find((p) => p.items.some((i) => i.str === 'Kelompok B'))!;
      expect(page.items.some((i) => i.str === 'b1'), `k=${k}`).toBe(true);
    }
  });

  it('fits widths to the text: long texts get the width, short columns their longest line, quickly for 5,000 rows', async () => {
    const { fitWidths } = await import('../../src/reports/layout/index.js');
    const report = await newReport();
    type Row = { action: string; due: string; status: string };
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
      action: Array.from({ length: 10 + (i % 90) }, (_, k) => `kata${(i * 7 + k) % 13}`).join(' '),
      due: '31 Desember 2022',
      status: i % 3 === 0 ? 'Selesai' : 'Berjalan',
    }));
    const started = performance.now();
    const columns = fitWidths<Row>(
      report,
      [
        { header: 'Rencana Aksi', width: 0, value: (r) => r.action },
        { header: 'Batas Waktu', width: 0, value: (r) => r.due },
        { header: 'Status', width: 0, value: (r) => r.status },
        { header: 'Keterangan', width: 0, value: () => '' },
      ],
      rows,
      { fontSize: 8 },
    );
    expect(performance.now() - started).toBeLessThan(3000);
    const [action, due, status, note] = columns.map((c) => c.width);
    expect(action! + due! + status! + note!).toBeCloseTo(report.width, 0);
    // The long text takes most of the width; an empty column is as narrow as its header; none is narrower
    // than its words ("Desember") or its header's ("Keterangan" at the header's size).
    expect(action!).toBeGreaterThan(report.width * 0.6);
    report.font('bold', 8);
    expect(note!).toBeLessThan(report.widthOf('Keterangan') + 12);
    expect(note!).toBeGreaterThanOrEqual(report.widthOf('Keterangan') + 8);
    report.font('regular', 8);
    expect(due!).toBeGreaterThanOrEqual(report.widthOf('Desember') + 8);
    expect(status!).toBeGreaterThanOrEqual(report.widthOf('Berjalan') + 8);
  });

  it('breaks a word too long for its column after a "/" or "-", not inside a number', () => {
    const widthOf = (s: string) => s.length;
    expect(wrapLines('470/412/Disdukcapil/2022 ditandatangani', 22, widthOf)).toEqual(['470/412/Disdukcapil/', '2022 ditandatangani']);
    expect(wrapLines('SK-Walikota-Tanjungbalai-2022', 20, widthOf)).toEqual(['SK-Walikota-', 'Tanjungbalai-2022']);
    // A word with no such place still breaks where the line ends.
    expect(wrapLines('abcdefghij', 4, widthOf)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('BAB III.B of the demo workshop', () => {
  it('never leaves a heading at the foot of a page: an idea title goes with its particulars, a field name with its first lines', async () => {
    const demo = join(dir, 'demo');
    expect((await runCli(['demo', '--out', demo, '--no-input'], { cwd: dir })).code).toBe(0);
    const file = readdirSync(demo).find((f) => f.endsWith('.innolab'))!;
    const fields = new Set(['Permasalahan', 'Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil yang Diharapkan', 'B. Inovasi Terpilih', 'Inovasi Terpilih']);
    for (const paper of ['a4', 'f4']) {
      const out = join(dir, `demo-outcome-${paper}.pdf`);
      expect((await runCli(['-f', join(demo, file), 'report', 'outcome', '--paper', paper, '--out', out, '--no-input'], { cwd: dir })).code).toBe(0);
      const all = await pdfPages(out);
      // From the page where III.B starts to the one before BAB IV.
      const from = all.findIndex((p) => p.text.includes('B. Inovasi Terpilih'));
      const pages = all.slice(from, all.findIndex((p, k) => k > from && p.text.includes('RENCANA TINDAK LANJUT')));
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        const body = page.items.filter((item) => item.y >= 44);
        if (body.length === 0) return;
        const lowest = Math.min(...body.map((item) => item.y));
        const last = body.filter((item) => Math.abs(item.y - lowest) < 1).map((item) => item.str).join(' ').trim();
        expect(fields.has(last) || /^\d+\. /.test(last), `${paper} p${from + i + 1} ends with "${last}"`).toBe(false);
      });
    }
  });
});

describe('Matriks RTL and the outcome report', () => {
  it('mark an overdue action in its Status cell only: bold, said once, the rest of the row regular', async () => {
    expect((await w.run(['report', 'commitments', '--as-of', '2023-01-16', '--out', 'matrix.pdf'])).code).toBe(0);
    const runs = await runsWithFonts(join(w.dir, 'matrix.pdf'), 1);
    const action = runs.find((r) => r.text.includes('Uji coba SIPANDU'))!;
    expect(action.font).not.toMatch(/Bold/);
    const late = runs.filter((r) => /TERLAMBAT/.test(r.text) && !/tebal/.test(r.text));
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(r.font).toMatch(/Bold/);
    const text = (await pdfPages(join(w.dir, 'matrix.pdf'))).map((p) => p.text).join(' ');
    expect(text).toMatch(/Berjalan — TERLAMBAT 6 hari/);
    expect(text).not.toMatch(/Terlambat 6 hari/);
    // Every column header at one size: none shrunk to fit ("Progres", "Keterangan").
    const headers = runs.filter((r) => ['Progres', 'Keterangan', 'Status', 'Keluaran', 'Indikator'].includes(r.text));
    expect(new Set(headers.map((r) => r.size))).toEqual(new Set([8.5]));

    expect((await w.run(['report', 'outcome', '--as-of', '2023-01-16', '--out', 'outcome.pdf'])).code).toBe(0);
    const pages = await pdfPages(join(w.dir, 'outcome.pdf'));
    const n = pages.findIndex((p) => p.text.includes('Uji coba SIPANDU')) + 1;
    const outcomeRuns = await runsWithFonts(join(w.dir, 'outcome.pdf'), n);
    expect(outcomeRuns.find((r) => r.text.includes('Uji coba SIPANDU'))!.font).not.toMatch(/Bold/);
    expect(outcomeRuns.filter((r) => /TERLAMBAT/.test(r.text)).every((r) => /Bold/.test(r.font))).toBe(true);
    expect(pages[n - 1]!.text).toMatch(/Berjalan — TERLAMBAT 6 hari/);
  });

  it('number an action by its own number in both, and an idea by one number throughout the outcome report', async () => {
    expect((await w.run(['report', 'commitments', '--as-of', '2023-01-16', '--out', 'numbers-m.pdf'])).code).toBe(0);
    expect((await w.run(['report', 'outcome', '--as-of', '2023-01-16', '--out', 'numbers-o.pdf'])).code).toBe(0);
    const matrix = (await pdfPages(join(w.dir, 'numbers-m.pdf'))).map((p) => p.text).join(' ');
    const outcome = (await pdfPages(join(w.dir, 'numbers-o.pdf'))).map((p) => p.text).join(' ');
    // "Membangun dasbor IID" is commitment 3 (`innolab commitment progress 3`), first in unit order.
    for (const text of [matrix, outcome]) {
      expect(text).toMatch(/No\. RTL/);
      expect(text).toMatch(/\b3 Membangun dasbor IID/);
      expect(text).toMatch(/\b2 Uji coba SIPANDU/);
    }
    // SIPANDU is idea 1 in the file but the third row of BAB III's table: 3 in the table, in III.B and in BAB IV.
    const babIV = outcome.slice(outcome.lastIndexOf('BAB IV'));
    expect(outcome).toMatch(/\b3 SIPANDU: Sistem Perizinan/);
    expect(outcome).toMatch(/3\. SIPANDU: Sistem Perizinan Terpadu Daring Unit Kerja/);
    expect(babIV).toContain('3. SIPANDU: Sistem Perizinan');
    expect(babIV).toContain('1. Dasbor Indeks Inovasi Daerah');
    expect(babIV).not.toContain('2. Dasbor Indeks Inovasi Daerah');
  });
});
