import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/run-cli.js';
import { NOW, workshopWithPlan } from './commitment-setup.js';

const PLAN = [
  ['Dinkes', 'Uji coba Posyandu digital', '2022-12-31'],
  ['Dinkes', 'Sosialisasi ke puskesmas', '2022-12-15'],
  ['Bappeda', 'Susun peta jalan inovasi', '2023-01-31'],
  ['Dinkes', 'Evaluasi antrean daring', '2023-02-28'],
  ['Dinkes', 'Laporan ke Wali Kota', '2023-03-31'],
] as const;

type Sheet = Record<string, string>[];

function readSheet(file: string): Sheet {
  return parse(readFileSync(file), { columns: true, bom: true }) as Sheet;
}

/** Writes the sheet back the way a spreadsheet saves it (optionally with `;`, as Indonesian Excel does). */
function writeSheet(file: string, rows: Sheet, delimiter = ','): void {
  const headers = Object.keys(rows[0]!);
  const cell = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(file, [headers.join(delimiter), ...rows.map((r) => headers.map((h) => cell(r[h] ?? '')).join(delimiter))].join('\r\n') + '\r\n');
}

async function history(w: Awaited<ReturnType<typeof workshopWithPlan>>): Promise<number> {
  const all = ok(await w.run(['export', '--table', 'commitments', '--json'])).json<{ no: number }[]>();
  let n = 0;
  for (const c of all) n += ok(await w.run(['commitment', 'show', String(c.no), '--json'])).json<{ updates: unknown[] }>().updates.length;
  return n;
}

describe('commitment import', () => {
  it('applies the progress an OPD filled in on its exported sheet, exactly once', async () => {
    const w = await workshopWithPlan(PLAN);
    ok(await w.run(['export', '--table', 'commitments', '--unit', 'Dinkes', '--out', 'rtl-dinkes.csv']));
    const file = join(w.dir, 'rtl-dinkes.csv');
    const sheet = readSheet(file);
    expect(sheet.map((r) => r.no)).toEqual(['1', '2', '4', '5']);
    expect(Object.keys(sheet[0]!)).toEqual(expect.arrayContaining(['no', 'uuid', 'progress', 'status', 'note', 'date']));
    sheet[0]!.progress = '40';
    sheet[0]!.note = 'Aplikasi diuji di 3 posyandu';
    sheet[1]!.progress = '100';
    sheet[1]!.note = 'Semua puskesmas sudah';
    sheet[1]!.date = '2022-11-18';
    sheet[3]!.progress = '10%';
    sheet[3]!.note = '-draf awal';
    writeSheet(file, sheet);

    const first = ok(await w.run(['commitment', 'import', 'rtl-dinkes.csv', '--json'], NOW)).json<{ updated: number; unchanged: number; invalid: unknown[]; commitments: { no: number; progress: number }[] }>();
    expect(first).toMatchObject({ updated: 3, unchanged: 1, invalid: [] });
    // Each updated commitment as it now stands.
    expect(first.commitments.map((c) => [c.no, c.progress])).toEqual([
      [1, 40],
      [2, 100],
      [5, 10],
    ]);
    const list = ok(await w.run(['commitment', 'list', '--json'])).json<{ no: number; progress: number; status: string }[]>();
    expect(list.map((c) => [c.no, c.progress, c.status]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 40, 'in-progress'],
      [2, 100, 'done'],
      [3, 0, 'planned'],
      [4, 0, 'planned'],
      [5, 10, 'in-progress'],
    ]);
    const two = ok(await w.run(['commitment', 'show', '2', '--json'])).json<{ updates: { date: string; note: string }[] }>();
    expect(two.updates).toEqual([expect.objectContaining({ date: '2022-11-18', note: 'Semua puskesmas sudah' })]);
    expect(await history(w)).toBe(3);

    // The same sheet again, a week later: nothing new.
    const again = ok(await w.run(['commitment', 'import', 'rtl-dinkes.csv', '--json'], { now: '2022-11-27T03:00:00.000Z' })).json<{ updated: number; unchanged: number }>();
    expect(again).toMatchObject({ updated: 0, unchanged: 4 });
    expect(await history(w)).toBe(3);

    // Progress moved on since; re-importing the old sheet does not move it back.
    ok(await w.run(['commitment', 'update', '1', '--progress', '70', '--note', 'Diperluas']));
    const old = ok(await w.run(['commitment', 'import', 'rtl-dinkes.csv', '--json'], NOW)).json<{ updated: number }>();
    expect(old.updated).toBe(0);
    expect(ok(await w.run(['commitment', 'show', '1', '--json'])).json<{ progress: number }>().progress).toBe(70);

    // Next month's sheet shows where things stand; the OPD closes commitment 1 and leaves the rest.
    ok(await w.run(['export', '--table', 'commitments', '--unit', 'Dinkes', '--out', 'rtl-dinkes-2.csv'], NOW));
    const next = readSheet(join(w.dir, 'rtl-dinkes-2.csv'));
    expect(next[0]).toMatchObject({ progress: '70', status: 'in-progress', last_note: 'Diperluas', note: '', date: '' });
    next[0]!.status = 'selesai';
    next[0]!.progress = '100';
    writeSheet(join(w.dir, 'rtl-dinkes-2.csv'), next);
    const closing = ok(await w.run(['commitment', 'import', 'rtl-dinkes-2.csv', '--json'], NOW)).json<{ updated: number; commitments: { no: number; status: string }[] }>();
    expect(closing).toMatchObject({ updated: 1, commitments: [{ no: 1, status: 'done' }] });
    for (const sheetFile of ['rtl-dinkes.csv', 'rtl-dinkes-2.csv']) {
      expect(ok(await w.run(['commitment', 'import', sheetFile, '--json'], NOW)).json<{ updated: number }>().updated).toBe(0);
    }
    expect(ok(await w.run(['commitment', 'show', '1', '--json'])).json<{ status: string }>().status).toBe('done');
  });

  it('reads a sheet saved by Indonesian Excel: semicolons, day-first dates, Indonesian status words', async () => {
    const w = await workshopWithPlan(PLAN);
    ok(await w.run(['export', '--table', 'commitments', '--unit', 'Bappeda', '--out', 'rtl.csv']));
    const file = join(w.dir, 'rtl.csv');
    const sheet = readSheet(file);
    sheet[0]!.status = 'Berjalan';
    sheet[0]!.progress = '25';
    sheet[0]!.date = '19/11/2022';
    writeSheet(file, sheet, ';');
    const r = ok(await w.run(['commitment', 'import', 'rtl.csv', '--json'], NOW)).json<{ updated: number }>();
    expect(r.updated).toBe(1);
    const three = ok(await w.run(['commitment', 'show', '3', '--json'])).json<{ status: string; progress: number; updates: { date: string }[] }>();
    expect(three).toMatchObject({ status: 'in-progress', progress: 25 });
    expect(three.updates[0]!.date).toBe('2022-11-19');
  });

  it('lists every invalid row as line N: field: problem, exits 2 and writes nothing', async () => {
    const w = await workshopWithPlan(PLAN);
    const file = join(w.dir, 'bad.csv');
    writeFileSync(
      file,
      ['no,progress,status,note,date', '1,50,,ok,', '2,150,,,', '9,10,,,', '4,,selesai-ish,,', '5,20,,,31/02/2022', '1,60,,,', ',10,,,'].join('\n') + '\n',
    );
    const r = await w.run(['commitment', 'import', 'bad.csv', '--lang', 'en'], NOW);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('line '))).toEqual([
      'line 3: progress: "150" is not a whole number 0–100',
      'line 4: no: there is no commitment "9"',
      expect.stringMatching(/^line 5: status: unknown status "selesai-ish"/),
      'line 6: date: "31/02/2022" is not a date; write 2022-11-07 or 07/11/2022',
      'line 7: no: commitment no. 1 is already on line 2',
      'line 8: no: give the commitment no or uuid',
    ]);
    expect(r.stderr).toMatch(/^error: 6 invalid rows/m);
    expect(await history(w)).toBe(0);

    const dry = ok(await w.run(['commitment', 'import', 'bad.csv', '--skip-invalid', '--dry-run', '--json'], NOW)).json<{ updated: number; dry_run: boolean }>();
    expect(dry).toMatchObject({ updated: 1, dry_run: true });
    expect(await history(w)).toBe(0);
    const skip = ok(await w.run(['commitment', 'import', 'bad.csv', '--skip-invalid', '--json'], NOW)).json<{ updated: number; invalid: unknown[] }>();
    expect(skip.updated).toBe(1);
    expect(skip.invalid).toHaveLength(6);
    expect(await history(w)).toBe(1);
  });

  it('needs a no or uuid column and something to apply', async () => {
    const w = await workshopWithPlan(PLAN);
    writeFileSync(join(w.dir, 'x.csv'), 'action,progress\nfoo,10\n');
    const r = await w.run(['commitment', 'import', 'x.csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no no column');
    expect((await w.run(['commitment', 'import', 'missing.csv'])).code).toBe(3);
  });
});
