import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { newWorkshop, ok } from '../helpers/run-cli.js';

const FORMULA_NAME = '=HYPERLINK("http://x","y")';

async function workshopWithPeople() {
  const w = await newWorkshop();
  expect((await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'])).code).toBe(0);
  expect((await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda'])).code).toBe(0);
  const people = [
    ['--name', FORMULA_NAME, '--unit', 'Dinkes'],
    ['--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '196804121993031004', '--unit', 'Bappeda', '--position', 'Kepala Bappeda', '--phone', '+62 812 3456 7890', '--email', 'zul.abdiman@tanjungbalaikota.go.id'],
    ['--name', 'Rahmawati Siregar, S.Kep', '--nip', '198502142010012003', '--unit', 'Dinkes', '--position', '-Kasubbag; "Umum" Perencanaan', '--role', 'peserta'],
    ['--name', '@Tamu LAN', '--role', 'narasumber', '--email', 'tamu@lan.go.id'],
  ];
  for (const flags of people) {
    const r = await w.run(['participant', 'add', ...flags]);
    expect(r.code, r.stderr).toBe(0);
  }
  return w;
}

function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

describe('export', () => {
  it('writes a participant named like a formula as text a spreadsheet will not execute', async () => {
    const w = await workshopWithPeople();
    const r = await w.run(['export', '--table', 'participants']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\uFEFFno,uuid,name,nip,position,unit,')).toBe(true);
    expect(r.stdout).toContain('\r\n');
    const rows = readCsv(r.stdout);
    expect(rows.map((p) => p.name)).toEqual([`'${FORMULA_NAME}`, 'Drs. H. Zul Abdiman, M.Si', 'Rahmawati Siregar, S.Kep', "'@Tamu LAN"]);
    // No cell, in any column, starts with a character that makes a spreadsheet evaluate it.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=@\t\r-]/);
    expect(rows[2]!.position).toBe('\'-Kasubbag; "Umum" Perencanaan');
    // A phone number keeps its + (digits and spaces only cannot hide a formula) and the NIP stays whole.
    expect(rows[1]).toMatchObject({ nip: '196804121993031004', phone: '+6281234567890', unit: 'Badan Perencanaan Pembangunan Daerah', unit_short: 'Bappeda' });
  });

  it('exports JSON records unchanged (no apostrophes) and masks NIP, phone and email with --redact', async () => {
    const w = await workshopWithPeople();
    const plain = await w.run(['export', '--table', 'participants', '--json']);
    expect(plain.code).toBe(0);
    expect(plain.json<{ name: string }[]>()[0]!.name).toBe(FORMULA_NAME);
    const r = await w.run(['export', '--table', 'participants', '--format', 'json', '--redact']);
    const zul = r.json<Record<string, unknown>[]>()[1]!;
    expect(zul).toMatchObject({ nip: '1968***********004', phone: '**********890', email: 'z***@tanjungbalaikota.go.id' });
    const csv = readCsv((await w.run(['export', '--table', 'attendance', '--redact'])).stdout);
    expect(csv).toEqual([]);
  });

  it('filters by unit', async () => {
    const w = await workshopWithPeople();
    const r = await w.run(['export', '--table', 'participants', '--unit', 'dinkes', '--json']);
    expect(r.json<{ name: string }[]>().map((p) => p.name)).toEqual([FORMULA_NAME, 'Rahmawati Siregar, S.Kep']);
    const missing = await w.run(['export', '--table', 'participants', '--unit', 'Dinas Pariwisata']);
    expect(missing.code).toBe(3);
  });

  it('writes one file per table into --out, owner-only unless redacted, and reports them with --json', async () => {
    const w = await workshopWithPeople();
    const r = await w.run(['export', '--out', 'data', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = r.json<{ files: { table: string; file: string; rows: number }[] }>();
    expect(summary.files.map((f) => [f.table, f.rows])).toEqual([
      ['participants', 4],
      ['units', 2],
      ['attendance', 0],
      ['ideas', 0],
      ['commitments', 0],
    ]);
    for (const name of ['participants', 'units', 'attendance', 'ideas', 'commitments']) {
      const file = join(w.dir, 'data', `${name}.csv`);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(w.dir, 'data', 'commitments.csv'), 'utf8')).toBe(
      '\uFEFFno,uuid,unit,idea_no,idea_title,action,owner,output,indicator,due_date,status,progress,last_update,last_note,date,note\r\n',
    );
    const one = await w.run(['export', '--table', 'units', '--format', 'json', '--out', 'units.json']);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(w.dir, 'units.json'), 'utf8')) as unknown[]).length).toBe(2);
  });

  it('exports participants as a sheet that participant import reads back into a new workshop as the same people', async () => {
    const w = await newWorkshop();
    ok(await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda']));
    ok(await w.run(['unit', 'add', 'Dinas Pekerjaan Umum dan Penataan Ruang']));
    ok(await w.run(['unit', 'add', 'Dinas Kesehatan']));
    const people = [
      ['--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '196804121993031004', '--unit', 'Bappeda', '--position', 'Kepala Bappeda', '--phone', '+62 812 3456 7890', '--email', 'zul.abdiman@tanjungbalaikota.go.id'],
      ['--name', 'Ir. Tongku "Ucok" Harahap', '--nip', '197001011995031002', '--unit', 'Dinas Pekerjaan Umum dan Penataan Ruang', '--position', 'Kepala Dinas, merangkap Plt. Sekretaris', '--role', 'narasumber'],
      ['--name', 'Rahmawati Siregar, S.Kep', '--nip', '198502142010012003', '--unit', 'Dinas Kesehatan', '--phone', '081234567890'],
      ['--name', 'Siti Aminah (LAN RI)', '--role', 'fasilitator', '--email', 'siti.aminah@lan.go.id'],
      // Neutralised on export ('=…, '-…); the import takes the apostrophe off again.
      ['--name', FORMULA_NAME, '--position', '-Kasubbag Umum', '--role', 'panitia', '--email', 'panitia@tanjungbalaikota.go.id'],
    ];
    for (const flags of people) ok(await w.run(['participant', 'add', ...flags]));
    ok(await w.run(['export', '--table', 'participants', '--out', 'peserta.csv']));
    const fresh = await newWorkshop();
    const r = ok(await fresh.run(['participant', 'import', join(w.dir, 'peserta.csv'), '--json']));
    expect(r.json<{ added: number; invalid: unknown[] }>()).toMatchObject({ added: 5, invalid: [] });
    // The import creates units by name (the sheet's unit column); their short names are not on it.
    const fields = (p: Record<string, unknown>) => [p.no, p.name, p.nip, p.position, (p.unit as { name: string } | null)?.name, p.role, p.phone, p.email];
    const before = ok(await w.run(['export', '--table', 'participants', '--json'])).json<Record<string, unknown>[]>().map(fields);
    const after = ok(await fresh.run(['export', '--table', 'participants', '--json'])).json<Record<string, unknown>[]>().map(fields);
    expect(after).toEqual(before);
    // Importing the same sheet again adds nobody (duplicates by NIP or e-mail).
    expect(ok(await fresh.run(['participant', 'import', join(w.dir, 'peserta.csv'), '--json'])).json<{ added: number }>().added).toBe(0);
  });

  it('writes references in JSON as the same objects every command prints, and flat cells in CSV', async () => {
    const w = await workshopWithPeople();
    ok(await w.run(['idea', 'add', '--unit', 'Bappeda', '--title', 'Satu data perencanaan', '--proposer', '196804121993031004']));
    ok(await w.run(['commitment', 'add', '--unit', 'Bappeda', '--action', 'Susun SK tim', '--due', '2022-12-31', '--idea', '1', '--owner', '2']));
    const unit = { no: 2, name: 'Badan Perencanaan Pembangunan Daerah', short_name: 'Bappeda' };
    const zul = { no: 2, name: 'Drs. H. Zul Abdiman, M.Si' };

    const ideas = ok(await w.run(['export', '--table', 'ideas', '--json'])).json<Record<string, unknown>[]>();
    expect(ideas[0]).toMatchObject({ no: 1, unit, proposer: zul, score: null, scorers: 0 });
    // The idea record of `idea list --json`, no more and no less.
    expect(ideas[0]).toEqual(ok(await w.run(['idea', 'list', '--json'])).json<unknown[]>()[0]);
    const commitments = ok(await w.run(['export', '--table', 'commitments', '--format', 'json'])).json<Record<string, unknown>[]>();
    expect(commitments[0]).toMatchObject({ no: 1, unit, idea: { no: 1, title: 'Satu data perencanaan' }, owner: zul, last_update: null });
    // The blank cells an OPD fills in on its sheet are not data.
    expect(commitments[0]).not.toHaveProperty('note');
    const people = ok(await w.run(['export', '--table', 'participants', '--json'])).json<Record<string, unknown>[]>();
    expect(people[1]).toMatchObject({ unit });
    expect(people[3]).toMatchObject({ name: '@Tamu LAN', unit: null });
    expect(people[1]).not.toHaveProperty('unit_short');

    const sheet = readCsv(ok(await w.run(['export', '--table', 'ideas'])).stdout);
    expect(sheet[0]).toMatchObject({ unit: 'Badan Perencanaan Pembangunan Daerah', proposer: 'Drs. H. Zul Abdiman, M.Si', score: '' });
    const rtl = readCsv(ok(await w.run(['export', '--table', 'commitments'])).stdout);
    expect(rtl[0]).toMatchObject({ unit: 'Badan Perencanaan Pembangunan Daerah', idea_no: '1', idea_title: 'Satu data perencanaan', owner: 'Drs. H. Zul Abdiman, M.Si' });

    // A JSON file holds the same records as stdout.
    ok(await w.run(['export', '--format', 'json', '--out', 'json']));
    expect(JSON.parse(readFileSync(join(w.dir, 'json', 'ideas.json'), 'utf8'))).toEqual(ideas);
  });

  it('refuses what it cannot do with exit 2 naming the flag', async () => {
    const w = await workshopWithPeople();
    const all = await w.run(['export']);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('--out');
    expect((await w.run(['export', '--table', 'people'])).stderr).toContain('--table');
    expect((await w.run(['export', '--format', 'xlsx', '--table', 'units'])).code).toBe(2);
  });
});
