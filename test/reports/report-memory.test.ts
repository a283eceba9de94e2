// A long PDF's bytes do not wait in pdfkit's stream while it is drawn (#17, finding 9; docs/PERFORMANCE.md,
// "Streaming at scale"): drawing is synchronous, so bytes pushed into the stream stay there, each a slice
// keeping a 16 KiB zlib buffer alive, until the last page. The Report takes them from the document as they are
// written, compacted into 1 MiB blocks: the stream holds nothing while pages are drawn, and the file is
// still exactly the PDF pdfkit writes (the demo's reproducible-PDF test compares bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/run-cli.js';

test('a 3,000-row table leaves nothing waiting in pdfkit\'s stream, and the file is a whole PDF', async () => {
  const { Report } = await import('../../src/reports/layout/index.js');
  const report = await Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Panjang' });
  const rows = Array.from({ length: 3000 }, (_, i) => ({ no: i + 1, name: `Peserta nomor ${i + 1} dengan nama yang cukup panjang` }));
  report.table(
    {
      columns: [
        { header: 'No', width: 10, value: (r: (typeof rows)[number]) => String(r.no) },
        { header: 'Nama', width: 90, value: (r: (typeof rows)[number]) => r.name },
      ],
    },
    rows,
  );
  const doc = report.doc as unknown as { readableLength: number };
  expect(doc.readableLength).toBe(0);
  const file = join(tempDir(), 'panjang.pdf');
  const { pages } = await report.save(file);
  expect(pages).toBeGreaterThan(50);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
  expect(bytes.subarray(-6).toString('latin1')).toBe('%%EOF\n');
});

// A table reads its rows as it draws them (docs/PERFORMANCE.md, "Streaming at scale"): the daftar hadir
// hands it a generator over a statement, so a sheet of 100,000 people never exists as one array.
test('a table reads its rows as it draws them, never more than two ahead, and draws a generator as it draws an array', async () => {
  const { Report } = await import('../../src/reports/layout/index.js');
  type Row = { no: number; heading?: string };
  const rows: Row[] = Array.from({ length: 2000 }, (_, i) => (i % 37 === 0 ? { no: i, heading: `Unit ${i}` } : { no: i + 1 }));
  const draw = async (source: (read: () => void) => Iterable<Row>): Promise<{ bytes: Buffer; ahead: number; read: number }> => {
    const report = await Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Panjang' });
    let read = 0;
    let ahead = 0;
    report.table(
      {
        columns: [
          { header: 'No', width: 10, value: (r: Row) => String(r.no) },
          { header: 'Tanda tangan', width: 90, draw: (_cell, _row, index) => void (ahead = Math.max(ahead, read - (index + 1))) },
        ],
        minRowHeight: 24,
        keepWithEnd: 120,
        span: (r) => r.heading,
      },
      source(() => read++),
    );
    // Written pages keep only their number in the page tree: what their dictionaries held is let go.
    const kids = (report.doc as unknown as { _root: { data: { Pages: { data: { Kids: Array<{ data: object }> } } } } })._root.data.Pages.data.Kids;
    expect(kids.length).toBeGreaterThan(50);
    expect(kids.slice(0, -1).every((kid) => Object.keys(kid.data).length === 0)).toBe(true);
    const file = join(tempDir(), 'panjang.pdf');
    await report.save(file);
    return { bytes: readFileSync(file), ahead, read };
  };
  const lazy = await draw(function* (read) {
    for (const row of rows) {
      read();
      yield row;
    }
  });
  expect(lazy.read).toBe(rows.length);
  expect(lazy.ahead).toBeLessThanOrEqual(2);
  const whole = await draw((read) => {
    rows.forEach(read);
    return rows;
  });
  expect(whole.bytes.equals(lazy.bytes)).toBe(true);
});
