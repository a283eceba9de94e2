import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { runCli } from '../helpers/run-cli.js';
import { withDefs } from '../schemas/records.js';
import { workshopFolder } from './rollup-setup.js';

const AS_OF = '2027-01-01';

interface Figures {
  participants: number;
  attendance: { attended: number; person_days: number; rate: number | null };
  ideas: { total: number; by_status: Record<string, number>; by_form: Record<string, number>; selected: number; implemented: number };
  commitments: { total: number; by_status: Record<string, number>; overdue: number };
}
interface RollupJson {
  files: { read: number; skipped: number };
  skipped: { file: string; reason: string; found_version: number | null }[];
  totals: Figures & { workshops: number };
  rows: (Figures & { key: string; label: string; workshops: number })[];
  units: (Figures & { name: string; names: string[]; workshops: number })[];
  unmatched_units: { name: string }[];
  units_without_update: { name: string }[];
}
interface StatusJson {
  counts: { participants: number; ideas: number; commitments: number };
  attendance: { days: { present: number; represented: number }[] };
  ideas: { by_status: Record<string, number> };
  commitments: { overdue: { count: number } };
}

const fingerprint = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => {
      const p = join(dir, f);
      return `${f} ${statSync(p).mtimeMs} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    });

describe('rollup', () => {
  it('adds up 30 workshops to the sums of their own status, skips a damaged and a newer file, and changes nothing', async () => {
    const { dir, files } = await workshopFolder(30);
    // A damaged copy and a file from a newer innolab among them.
    const damaged = join(dir, 'x-damaged.innolab');
    const bytes = readFileSync(files[3]!);
    bytes.fill(0x5a, 20_000, Math.min(bytes.length, 60_000));
    writeFileSync(damaged, bytes);
    const newer = join(dir, 'x-newer.innolab');
    copyFileSync(files[4]!, newer);
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.prepare("UPDATE workshop SET uuid = 'newer-one'").run();
    db.close();
    writeFileSync(join(dir, 'notes.innolab'), 'not a database at all');

    const before = fingerprint(dir);
    const r = await runCli(['rollup', dir, '--as-of', AS_OF, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const out = r.json<RollupJson>();
    expect(fingerprint(dir)).toEqual(before);
    const validate = new Ajv({ allowUnionTypes: true }).compile(withDefs('rollup_result'));
    expect(validate(out) ? [] : validate.errors).toEqual([]);
    expect(out.files).toEqual({ read: 30, skipped: 3 });
    expect(Object.fromEntries(out.skipped.map((s) => [s.file.split('/').pop(), s.reason]))).toEqual({
      'x-damaged.innolab': 'damaged',
      'x-newer.innolab': 'newer',
      'notes.innolab': 'not-innolab',
    });
    expect(r.stderr).toContain('x-newer.innolab');

    const sum = { participants: 0, ideas: 0, commitments: 0, overdue: 0, attended: 0, by_status: {} as Record<string, number> };
    for (const file of files) {
      const s = (await runCli(['-f', file, 'status', '--as-of', AS_OF, '--json'])).json<StatusJson>();
      sum.participants += s.counts.participants;
      sum.ideas += s.counts.ideas;
      sum.commitments += s.counts.commitments;
      sum.overdue += s.commitments.overdue.count;
      sum.attended += s.attendance.days.reduce((n, d) => n + d.present + d.represented, 0);
      for (const [k, v] of Object.entries(s.ideas.by_status)) sum.by_status[k] = (sum.by_status[k] ?? 0) + v;
    }
    expect(out.totals.workshops).toBe(30);
    expect(out.totals.participants).toBe(sum.participants);
    expect(out.totals.ideas.total).toBe(sum.ideas);
    expect(out.totals.ideas.by_status).toEqual(sum.by_status);
    expect(out.totals.commitments.total).toBe(sum.commitments);
    expect(out.totals.commitments.overdue).toBe(sum.overdue);
    expect(out.totals.attendance.attended).toBe(sum.attended);
    expect(out.rows).toHaveLength(30);
    // The per-OPD view adds up to the same totals; upper-case names and missing short names still match.
    const unitSum = out.units.reduce((n, u) => n + u.ideas.total, 0);
    expect(unitSum).toBe(sum.ideas);
    expect(out.units.length).toBe(20);
    expect(out.unmatched_units).toEqual([]);
  }, 120_000);

  it('groups by unit, form and year, reconciles names with --unit-map, and writes CSV', async () => {
    const { dir, files } = await workshopFolder(3);
    const db = new Database(files[0]!);
    expect(db.prepare("UPDATE unit SET name = 'Badan Keuangan Kota', short_name = NULL WHERE short_name = 'BPKPD'").run().changes).toBe(1);
    db.close();
    const plain = (await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'unit', '--json'])).json<RollupJson>();
    expect(plain.unmatched_units.map((u) => u.name)).toContain('Badan Keuangan Kota');
    const map = join(dir, 'map.csv');
    writeFileSync(map, 'nama,nama baku\nBadan Keuangan Kota,Badan Pengelolaan Keuangan dan Pendapatan Daerah\nDinas Tidak Ada,Dinas Entah\n');
    const r = await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'unit', '--unit-map', map, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const mapped = r.json<RollupJson>();
    expect(mapped.unmatched_units.map((u) => u.name)).not.toContain('Badan Keuangan Kota');
    expect(mapped.rows.find((u) => u.key === 'Badan Pengelolaan Keuangan dan Pendapatan Daerah')?.workshops).toBe(3);
    expect(r.json<{ unused_unit_map_names: string[] }>().unused_unit_map_names).toEqual(['dinas tidak ada', 'dinas entah']);

    const byForm = (await runCli(['rollup', ...files, '--as-of', AS_OF, '--by', 'form', '--json'])).json<RollupJson>();
    expect(byForm.rows.map((x) => x.key)).toEqual(['tata-kelola', 'pelayanan-publik', 'lainnya', 'unspecified']);
    expect(byForm.rows.reduce((n, x) => n + x.ideas.total, 0)).toBe(byForm.totals.ideas.total);
    expect(byForm.rows.reduce((n, x) => n + x.commitments.total, 0)).toBe(byForm.totals.commitments.total);
    const byYear = (await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'year', '--json'])).json<RollupJson>();
    expect(byYear.rows.map((x) => x.key)).toEqual(['2021', '2022', '2023']);

    const csv = await runCli(['rollup', dir, '--as-of', AS_OF, '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^workshop,label,workshops,participants,/);
    expect(lines).toHaveLength(4);
    const out = join(dir, 'rekap.csv');
    expect((await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'unit', '--format', 'csv', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Dinas Kependudukan dan Pencatatan Sipil,');

    const xlsx = join(dir, 'rekap.xlsx');
    expect((await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'unit', '--format', 'xlsx'])).code).toBe(2);
    const wrote = await runCli(['rollup', dir, '--as-of', AS_OF, '--by', 'unit', '--format', 'xlsx', '--out', xlsx, '--json']);
    expect(wrote.code, wrote.stderr).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual(['unit', 'workshop', 'form', 'year']);
    const sheet = book.getWorksheet('workshop')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('participants');
    expect(sheet.rowCount).toBe(4);
    const participants = [2, 3, 4].reduce((n, r) => n + Number(sheet.getRow(r).getCell(4).value), 0);
    expect(participants).toBe(mapped.totals.participants);

    const table = await runCli(['rollup', dir, '--as-of', AS_OF, '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Laboratorium Inovasi 2');
  }, 60_000);

  it('stops at the first unreadable file with --strict, and names a missing path', async () => {
    const { dir } = await workshopFolder(2);
    writeFileSync(join(dir, 'w00-bad.innolab'), 'junk');
    const r = await runCli(['rollup', dir, '--strict', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('w00-bad.innolab');
    expect((await runCli(['rollup', join(dir, 'nope')])).code).toBe(3);
  });
});
