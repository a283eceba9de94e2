import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { type OutcomeWorkshop, PHONE, TITLE, outcomeWorkshop } from './outcome-fixture.js';

let w: OutcomeWorkshop;
beforeAll(async () => {
  w = await outcomeWorkshop();
});
afterAll(() => w.remove());

/** The text drawn in each fill colour ("176,0,32" → "…"), to see what is printed in red. */
async function textByColour(file: string, pageNo: number): Promise<Map<string, string>> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const ops = await (await doc.getPage(pageNo)).getOperatorList();
    const byColour = new Map<string, string>();
    let colour = '0,0,0';
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFillRGBColor) colour = args.join(',');
      if (fn === OPS.showText) {
        const glyphs = args[0] as Array<{ unicode?: string } | number | null>;
        const text = glyphs.map((g) => (g && typeof g === 'object' ? (g.unicode ?? '') : '')).join('');
        byColour.set(colour, `${byColour.get(colour) ?? ''}${text} `);
      }
    });
    return byColour;
  } finally {
    await doc.destroy();
  }
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('report commitments', () => {
  it('writes the Matriks RTL by unit, landscape, with the overdue action marked as of the date', async () => {
    const r = await w.run(['report', 'commitments', '--as-of', '2023-01-16', '--json']);
    expect(r.code).toBe(0);
    const out = r.json<{ file: string; pages: number }>();
    expect(out).toMatchObject({ report: 'commitments', file: join(w.dir, 'matriks-rtl.pdf'), as_of: '2023-01-16', paper: 'a4' });
    const pages = await pdfPages(out.file);
    expect(pages).toHaveLength(out.pages);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(pages[0]!.text).toContain(`Halaman 1 dari ${out.pages}`);

    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('PEMERINTAH KOTA TANJUNGBALAI');
    expect(text).toContain('MATRIKS RENCANA TINDAK LANJUT');
    expect(text).toContain(TITLE);
    expect(text).toContain('Keadaan per : Senin, 16 Januari 2023');
    // Grouped by unit in unit order, each group with its actions.
    const bappeda = text.indexOf('(Bappeda) — 1 rencana aksi');
    const dpmptsp = text.indexOf('(DPMPTSP) — 2 rencana aksi');
    const dinkes = text.indexOf('(Dinkes) — 1 rencana aksi');
    expect(bappeda).toBeGreaterThan(-1);
    expect(dpmptsp).toBeGreaterThan(bappeda);
    expect(dinkes).toBeGreaterThan(dpmptsp);
    expect(text.indexOf('Membangun dasbor IID')).toBeGreaterThan(bappeda);
    expect(text.indexOf('Uji coba SIPANDU di dua kecamatan')).toBeGreaterThan(dpmptsp);
    // Only the open action past its due date is late: not the done one, not the cancelled one, not the future one.
    // Said once, in the Status cell: the status, then how late.
    expect(count(text, /TERLAMBAT \d+ hari/)).toBe(1);
    expect(text).toMatch(/10 Januari 2023 Berjalan — TERLAMBAT 6 hari 40%/);
    expect(text).not.toMatch(/Terlambat \d+ hari/);
    expect(text).toMatch(/Pembaruan 20 Desember 2022: Server sudah\s+siap/);
    // A done action says when it was done; the indicator has a column of its own beside the deliverable.
    expect(text).toMatch(/Selesai\s+14 Desember 2022/);
    expect(text).toMatch(/Keluaran Indikator/);
    expect(text).toContain('Perwali terbit');
    // Summary counts and the signature.
    expect(text).toMatch(/Jumlah rencana aksi : 4/);
    expect(text).toMatch(/Selesai : 1/);
    expect(text).toMatch(/Dibatalkan : 1/);
    expect(text).toMatch(/Terlambat \(per 16 Januari 2023\) : 1/);
    expect(text).toContain('Ir. Rahmat Hidayat Siregar, M.Si');
    expect(text).toContain('NIP 19720314 199803 1 005');
    expect(text).not.toContain(PHONE);
  });

  it('marks the overdue row by words and weight, readable on a black-and-white printer', async () => {
    const r = await w.run(['report', 'commitments', '--as-of', '2023-01-16', '--out', 'colour.pdf']);
    expect(r.code).toBe(0);
    const colours = await textByColour(join(w.dir, 'colour.pdf'), 1);
    // Every text is black or grey: nothing relies on a colour.
    for (const colour of colours.keys()) {
      const [red, green, blue] = colour.split(',').map(Number);
      expect(red === green && green === blue, colour).toBe(true);
    }
    const text = (colours.get('0,0,0') ?? '').replace(/\s+/g, ' ');
    expect(text).toMatch(/Uji coba SIPANDU di dua kecamatan.*Berjalan — TERLAMBAT 6 hari/);
    // The row and the legend under the table that explains the mark.
    expect(count(text, /TERLAMBAT/g)).toBe(2);
  });

  it('counts more as overdue later on, and defaults to today', async () => {
    const r = await w.run(['report', 'commitments', '--out', 'later.pdf'], { now: '2023-03-10T05:00:00Z' });
    expect(r.code).toBe(0);
    const text = await pdfText(join(w.dir, 'later.pdf'));
    expect(text).toContain('Keadaan per : Jumat, 10 Maret 2023');
    expect(text).toContain('TERLAMBAT 59 hari'); // 10 January → 10 March
    expect(text).toContain('TERLAMBAT 10 hari'); // 28 February → 10 March
    expect(count(text, /TERLAMBAT \d+ hari/)).toBe(2);
    expect(text).toMatch(/Terlambat \(per 10 Maret 2023\) : 2/);
  });

  it('is in English with --lang en and prints the path for scripts', async () => {
    const r = await w.run(['report', 'commitments', '--lang', 'en', '--as-of', '2023-01-16', '--out', 'matrix-en.pdf']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(w.dir, 'matrix-en.pdf'));
    const pages = await pdfPages(join(w.dir, 'matrix-en.pdf'));
    const text = pages.map((p) => p.text).join('\n');
    for (const s of ['FOLLOW-UP COMMITMENTS MATRIX', 'Status as of : Monday, 16 January 2023', 'In progress — OVERDUE 6 days', 'Actions in total : 4']) {
      expect(text).toContain(s);
    }
    expect(pages[0]!.text).toContain(`Page 1 of ${pages.length}`);
  });

  it('refuses a date that is not one, naming --as-of', async () => {
    const r = await w.run(['report', 'commitments', '--as-of', '16-01-2023']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*--as-of/);
    expect(r.stdout).toBe('');
  });
});

describe('report commitments over several pages', () => {
  it('repeats the header and names the unit a continued page belongs to', async () => {
    const many = await outcomeWorkshop();
    try {
      for (let i = 1; i <= 24; i++) {
        const r = await many.run(['commitment', 'add', '--unit', 'Dinkes', '--action', `Kegiatan lanjutan nomor ${i} untuk posyandu keliling di wilayah pesisir`,
          '--due', `2023-02-${String(i).padStart(2, '0')}`, '--owner', 'Kepala Seksi Kesehatan Keluarga', '--output', 'Laporan kegiatan bulanan']);
        expect(r.code, r.stderr).toBe(0);
      }
      const r = await many.run(['report', 'commitments', '--as-of', '2023-01-16', '--json']);
      expect(r.code).toBe(0);
      const pages = await pdfPages(r.json<{ file: string }>().file);
      expect(pages.length).toBeGreaterThan(1);
      const second = pages[1]!.text;
      expect(second).toContain('Rencana Aksi');
      expect(second).toContain('Penanggung Jawab');
      expect(second).toContain('Dinas Kesehatan (Dinkes) — 25 rencana aksi (lanjutan)');
      expect(pages.map((p) => p.text).join('\n')).toContain('Kegiatan lanjutan nomor 24');
      expect(pages.at(-1)!.text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    } finally {
      many.remove();
    }
  });
});
