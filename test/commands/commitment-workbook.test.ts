import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/run-cli.js';
import { NOW, workshopWithPlan } from './commitment-setup.js';

const PLAN = [
  ['Dinkes', 'Uji coba Posyandu digital', '2022-12-31'],
  ['Dinkes', '=Sosialisasi ke puskesmas', '2022-12-15'],
  ['Bappeda', 'Susun peta jalan inovasi', '2023-01-31'],
  ['Dinkes', 'Evaluasi antrean daring', '2023-02-28'],
] as const;

async function openBook(file: string) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The column (1-based) whose header is `label`. */
function column(sheet: import('exceljs').Worksheet, label: string): number {
  const headers = sheet.getRow(1).values as unknown[];
  const at = headers.indexOf(label);
  expect(at, `column ${label}`).toBeGreaterThan(0);
  return at;
}

type Commitment = { no: number; status: string; progress: number };

describe('commitment export --format xlsx: the RTL workbook of one OPD, and its way back', () => {
  it('locks numbers and uuids, offers the statuses in a drop-down and limits progress to 0–100', async () => {
    const w = await workshopWithPlan(PLAN);
    const file = join(w.dir, 'rtl-dinkes.xlsx');
    const r = ok(await w.run(['commitment', 'export', '--unit', 'Dinkes', '--out', file, '--json'], NOW));
    expect(r.json()).toEqual({ format: 'xlsx', files: [{ unit: { no: 1, name: 'Dinas Kesehatan', short_name: 'Dinkes' }, file, rows: 3 }] });
    const book = await openBook(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Dinkes');
    expect(sheet.getRow(1).values).toEqual([undefined, 'No', 'UUID', 'Unit Kerja', 'Judul Ide', 'Kegiatan', 'Penanggung Jawab', 'Keluaran', 'Indikator', 'Tenggat', 'Status', 'Progres %', 'Tanggal Laporan', 'Catatan Pembaruan', 'Pembaruan Terakhir', 'Catatan Terakhir']);
    const status = sheet.getCell(2, column(sheet, 'Status'));
    expect(status.value).toBe('Direncanakan');
    expect(status.dataValidation).toMatchObject({ type: 'list', formulae: ['"Direncanakan,Berjalan,Selesai,Dibatalkan"'], showErrorMessage: true });
    expect(sheet.getCell(2, column(sheet, 'Progres %')).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] });
    expect(status.protection).toMatchObject({ locked: false });
    expect(sheet.getCell(2, column(sheet, 'UUID')).protection?.locked).not.toBe(false);
    expect(sheet.getCell(3, column(sheet, 'Kegiatan')).value).toBe('=Sosialisasi ke puskesmas');
    expect(sheet.getCell(3, column(sheet, 'Kegiatan')).formula).toBeUndefined();
    expect(sheet.getCell(2, column(sheet, 'Tenggat')).value).toEqual(new Date('2022-12-31T00:00:00Z'));

    // Without --unit: one workbook per OPD with commitments, into the folder.
    const all = ok(await w.run(['commitment', 'export', '--out', join(w.dir, 'rtl'), '--json', '--lang', 'en'], NOW));
    expect(all.json<{ files: { file: string; rows: number }[] }>().files.map((f) => [f.file.slice(w.dir.length + 1), f.rows])).toEqual([
      ['rtl/rtl-1-dinkes.xlsx', 3],
      ['rtl/rtl-2-bappeda.xlsx', 1],
    ]);
    expect((await openBook(join(w.dir, 'rtl', 'rtl-2-bappeda.xlsx'))).worksheets[0]!.getCell('J2').value).toBe('Planned');
  });

  it('re-imports as an OPD filled it in: invalid rows named and nothing written; corrected, applied; again, nothing changes', async () => {
    const w = await workshopWithPlan(PLAN);
    const file = join(w.dir, 'rtl-dinkes.xlsx');
    ok(await w.run(['commitment', 'export', '--unit', 'Dinkes', '--out', file], NOW));
    const before = ok(await w.run(['commitment', 'list', '--json'])).json<Commitment[]>();

    // The OPD's secretary, in Excel: a status typed by hand, a progress of 120, a note.
    const book = await openBook(file);
    const sheet = book.worksheets[0]!;
    const [statusAt, progressAt, dateAt, noteAt] = ['Status', 'Progres %', 'Tanggal Laporan', 'Catatan Pembaruan'].map((l) => column(sheet, l)) as [number, number, number, number];
    sheet.getCell(2, statusAt).value = 'Hampir selesai';
    sheet.getCell(2, progressAt).value = 80;
    sheet.getCell(3, progressAt).value = 120;
    sheet.getCell(3, noteAt).value = 'Sudah ke 5 puskesmas';
    sheet.getCell(4, statusAt).value = 'Berjalan';
    sheet.getCell(4, progressAt).value = 30;
    sheet.getCell(4, dateAt).value = new Date('2022-11-25T00:00:00Z');
    await book.xlsx.writeFile(file);

    const refused = await w.run(['commitment', 'import', file, '--json'], NOW);
    expect(refused.code).toBe(2);
    const invalid = refused.json<{ invalid: { line: number; field: string; problem: string }[] }>().invalid;
    expect(invalid.map((p) => [p.line, p.field])).toEqual([[2, 'status'], [3, 'progress']]);
    expect(invalid[0]!.problem).toContain('Hampir selesai');
    expect(refused.stderr).toContain('baris 3: progress: "120"');
    expect(ok(await w.run(['commitment', 'list', '--json'])).json<Commitment[]>()).toEqual(before);

    sheet.getCell(2, statusAt).value = 'Berjalan';
    sheet.getCell(3, progressAt).value = 100;
    sheet.getCell(3, statusAt).value = 'Selesai';
    await book.xlsx.writeFile(file);
    const applied = ok(await w.run(['commitment', 'import', file, '--json'], NOW));
    expect(applied.json()).toMatchObject({ updated: 3, unchanged: 0, invalid: [] });
    const after = ok(await w.run(['commitment', 'list', '--json'])).json<Commitment[]>();
    expect(after.map((c) => [c.no, c.status, c.progress]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 'in-progress', 80],
      [2, 'done', 100],
      [3, 'planned', 0],
      [4, 'in-progress', 30],
    ]);
    const history = ok(await w.run(['commitment', 'show', '4', '--json'])).json<{ updates: { date: string }[] }>();
    expect(history.updates.at(-1)?.date).toBe('2022-11-25');

    const again = ok(await w.run(['commitment', 'import', file, '--json'], NOW));
    expect(again.json()).toMatchObject({ updated: 0, unchanged: 3, invalid: [] });
    expect(ok(await w.run(['commitment', 'list', '--json'])).json<Commitment[]>()).toEqual(after);
  });
});
