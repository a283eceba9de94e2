import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CsvStream } from '../../src/import/csv.js';
import { validatedBatches } from '../../src/import/participant-rows.js';
import { importParticipants } from '../../src/import/participants.js';
import { openWorkshopFile } from '../../src/store/db.js';
import { BULK_MIN_ROWS } from '../../src/store/participant-import.js';
import { count } from '../helpers/read-file.js';
import { newWorkshop } from '../helpers/run-cli.js';

interface Summary {
  added: number;
  updated: number;
  duplicates: number;
  invalid: { line: number; field: string; problem: string }[];
  warnings: { line: number; field: string; problem: string }[];
  units_created: { no: number; name: string; short_name: string | null }[];
  dry_run: boolean;
}

interface Person {
  no: number;
  name: string;
  nip: string | null;
  position: string | null;
  unit: string | null;
  role: string;
  phone: string | null;
  email: string | null;
}

const BOM = '\uFEFF';

/** What Excel (Indonesian locale) writes with "CSV UTF-8": BOM, semicolons, CRLF. */
const excelExport =
  BOM +
  [
    'No;Nama Lengkap;NIP;Jabatan;Unit Kerja;No. HP;E-mail',
    '1;Drs. H. Zul Abdiman, M.Si;19680412 199303 1 004;Kepala Dinas Kesehatan;Dinas Kesehatan;0812-6543-2101;zul@tanjungbalaikota.go.id',
    '2;Hj. Siti Aminah, S.E., M.M;19750101 200003 2 001;Sekretaris;Bappeda;;',
    '3;Ir. Bambang Sutrisno;1980.03.15 2006.04.1.002;Kepala Bidang;Dinas Kesehatan;;',
    '4;Drs. H. Zul Abdiman, M.Si;196804121993031004;Kepala Dinas;Dinas Kesehatan;;',
    '5;Rahmat Hidayat;19800230 200604 1 002;Staf;Bappeda;;',
    '6;=HYPERLINK("http://x");;;Bappeda;;',
    '7;Nur Aisyah, S.Kom;;Pranata Komputer;Diskominfo;+62 813 7000 1234;nur@example.id',
  ].join('\r\n') +
  '\r\n';

async function setup() {
  const w = await newWorkshop();
  const csv = (name: string, text: string | Buffer) => {
    const path = join(w.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const people = async () => (await w.run(['participant', 'list', '--json'])).json<Person[]>();
  return { ...w, csv, people };
}

describe('participant import: the Excel export of issue 3', () => {
  it('plain import exits 2 naming both invalid lines and writes nothing', async () => {
    const { run, csv, file } = await setup();
    const path = csv('peserta.csv', excelExport);
    const auditBefore = count(file, 'audit_log');
    const result = await run(['participant', 'import', path, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('line 6: nip: digits 1–8 of the NIP are not a real birth date');
    expect(result.stderr).toContain('line 7: name: looks like a spreadsheet formula');
    expect(result.stderr).toMatch(/error: 2 invalid rows.*nothing was imported.*--skip-invalid/);
    expect(result.stdout).toBe('');
    expect(count(file, 'participant')).toBe(0);
    expect(count(file, 'unit')).toBe(0);
    expect(count(file, 'audit_log')).toBe(auditBefore);
  });

  it('--skip-invalid imports the rest, skips the duplicate, reports the two lines; again adds 0', async () => {
    const { run, csv, people } = await setup();
    const path = csv('peserta.csv', excelExport);
    const first = await run(['participant', 'import', path, '--skip-invalid', '--json', '--lang', 'en']);
    expect(first.code).toBe(0);
    const summary = first.json<Summary>();
    expect(summary).toMatchObject({ added: 4, updated: 0, duplicates: 1, dry_run: false });
    expect(summary.invalid.map((p) => [p.line, p.field])).toEqual([
      [6, 'nip'],
      [7, 'name'],
    ]);
    expect(summary.units_created).toEqual([
      { no: 1, name: 'Dinas Kesehatan', short_name: null },
      { no: 2, name: 'Bappeda', short_name: null },
      { no: 3, name: 'Diskominfo', short_name: null },
    ]);
    expect(first.stderr).toContain('line 6: nip:');
    expect(first.stderr).toContain('line 7: name:');

    const list = await people();
    expect(list.map((p) => p.name)).toEqual(['Drs. H. Zul Abdiman, M.Si', 'Hj. Siti Aminah, S.E., M.M', 'Ir. Bambang Sutrisno', 'Nur Aisyah, S.Kom']);
    expect(list[0]).toMatchObject({ nip: '196804121993031004', position: 'Kepala Dinas Kesehatan', unit: { no: 1, name: 'Dinas Kesehatan' }, phone: '081265432101', role: 'peserta' });
    expect(list[2]!.nip).toBe('198003152006041002');
    expect(list[3]).toMatchObject({ nip: null, phone: '+6281370001234', email: 'nur@example.id' });

    const again = await run(['participant', 'import', path, '--skip-invalid', '--json']);
    expect(again.code).toBe(0);
    expect(again.json<Summary>()).toMatchObject({ added: 0, duplicates: 5, units_created: [] });
    expect(await people()).toHaveLength(4);
  });

  it('reports people-readable summary and the units created on stderr, nothing on stdout', async () => {
    const { run, csv } = await setup();
    const path = csv('peserta.csv', excelExport);
    const result = await run(['participant', 'import', path, '--skip-invalid', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('New units created: Dinas Kesehatan, Bappeda, Diskominfo');
    expect(result.stderr).toContain('added 4, updated 0, duplicates skipped 1, invalid rows 2');
  });

  it('writes one audit entry for the whole import, without personal data', async () => {
    const { run, csv, file } = await setup();
    await run(['participant', 'import', csv('p.csv', excelExport), '--skip-invalid']);
    const db = new Database(file, { readonly: true });
    const entries = db.prepare("SELECT action, detail, command FROM audit_log WHERE entity = 'participant'").all() as { action: string; detail: string; command: string }[];
    db.close();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('import');
    expect(entries[0]!.detail).toContain('added 4');
    expect(JSON.stringify(entries)).not.toContain('Zul');
  });
});

describe('participant import: reading files offices send', () => {
  it('reads Windows-1252 with --encoding latin1, and says to pass it when the file is not UTF-8', async () => {
    const { run, csv, people } = await setup();
    const path = csv('latin1.csv', Buffer.from('Nama,OPD\r\nH\xe9ndra Saputra,Dinas Sosial\r\n', 'latin1'));
    const bad = await run(['participant', 'import', path, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding latin1');
    const ok = await run(['participant', 'import', path, '--encoding', 'latin1', '--json']);
    expect(ok.code).toBe(0);
    expect((await people())[0]).toMatchObject({ name: 'Héndra Saputra', unit: { name: 'Dinas Sosial' } });
  });

  it('counts lines from the file across quoted newlines, and refuses a line break in a one-line field', async () => {
    const { run, csv, people } = await setup();
    const path = csv('q.csv', 'Nama,Jabatan,NIP\n"Siti Aminah","Kepala Sub Bagian\nUmum",\n"Bad, NIP",x,12345\nBudi,"Staf, Umum",\n');
    const result = await run(['participant', 'import', path, '--skip-invalid', '--json']);
    // A position is one line (issue #17): the line break is refused, named by the row's first line.
    expect(result.json<Summary>().invalid).toMatchObject([
      { line: 2, field: 'position' },
      { line: 4, field: 'nip' },
    ]);
    expect(await people()).toMatchObject([{ name: 'Budi', position: 'Staf, Umum' }]);
  });

  it('reads tab-separated files and honours --delimiter', async () => {
    const { run, csv, people } = await setup();
    const tsv = csv('t.tsv', 'Name\tPosition\tRole\nAndi Pratama\tAnalis Kebijakan\tNarasumber\n');
    expect((await run(['participant', 'import', tsv])).code).toBe(0);
    expect((await people())[0]).toMatchObject({ name: 'Andi Pratama', position: 'Analis Kebijakan', role: 'narasumber' });
    const pipe = csv('p.csv', 'Nama|Peran\nBudi Santoso|panitia\n');
    expect((await run(['participant', 'import', pipe, '--delimiter', '|'])).code).toBe(0);
    expect((await people())[1]).toMatchObject({ name: 'Budi Santoso', role: 'panitia' });
  });

  it('--map names headers it does not know, and a missing name column says to use --map', async () => {
    const { run, csv, people } = await setup();
    const path = csv('m.csv', 'Peserta Pelatihan,Asal,Telp Kantor\nDewi Lestari,Dinas Pendidikan,0623 92345 11\n');
    const missing = await run(['participant', 'import', path, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--map name=');
    const mapped = await run(['participant', 'import', path, '--map', 'name=peserta pelatihan', '--map', 'unit=Asal', '--map', 'phone=Telp Kantor']);
    expect(mapped.code).toBe(0);
    expect((await people())[0]).toMatchObject({ name: 'Dewi Lestari', unit: { name: 'Dinas Pendidikan' }, phone: '0623923451' + '1' });
    const unknownField = await run(['participant', 'import', path, '--map', 'birthday=Asal', '--lang', 'en']);
    expect(unknownField.code).toBe(2);
    expect(unknownField.stderr).toContain('--map');
  });

  it('--dry-run validates and reports without writing', async () => {
    const { run, csv, file } = await setup();
    const path = csv('d.csv', excelExport);
    const audit = count(file, 'audit_log');
    const dry = await run(['participant', 'import', path, '--dry-run', '--skip-invalid', '--json']);
    expect(dry.code).toBe(0);
    // A dry run numbers the units it would create as the real run will.
    expect(dry.json<Summary>()).toMatchObject({
      added: 4,
      duplicates: 1,
      dry_run: true,
      units_created: [
        { no: 1, name: 'Dinas Kesehatan' },
        { no: 2, name: 'Bappeda' },
        { no: 3, name: 'Diskominfo' },
      ],
    });
    expect(count(file, 'participant')).toBe(0);
    expect(count(file, 'unit')).toBe(0);
    expect(count(file, 'audit_log')).toBe(audit);
    const strict = await run(['participant', 'import', path, '--dry-run']);
    expect(strict.code).toBe(2);
    const real = await run(['participant', 'import', path, '--skip-invalid', '--json']);
    expect(real.json<Summary>().units_created).toEqual(dry.json<Summary>().units_created);
  });
});

describe('participant import: duplicates', () => {
  const file1 = 'Nama;NIP;Email;Jabatan\nZul Abdiman;196804121993031004;;Kepala Dinas\nNur Aisyah;;nur@example.id;Staf\n';
  const file2 = 'Nama;NIP;Email;Jabatan\nDrs. Zul Abdiman, M.Si;19680412 199303 1 004;;Kepala Dinas Kesehatan\nNur Aisyah;;NUR@example.id;Pranata Komputer\n';

  it('skips people registered by NIP or (without NIP) e-mail, any case', async () => {
    const { run, csv, people } = await setup();
    await run(['participant', 'import', csv('a.csv', file1)]);
    const second = await run(['participant', 'import', csv('b.csv', file2), '--json']);
    expect(second.json<Summary>()).toMatchObject({ added: 0, duplicates: 2, updated: 0 });
    expect((await people()).map((p) => p.position)).toEqual(['Kepala Dinas', 'Staf']);
  });

  it('--on-duplicate update changes them; error makes them invalid rows', async () => {
    const { run, csv, people } = await setup();
    await run(['participant', 'import', csv('a.csv', file1)]);
    const error = await run(['participant', 'import', csv('b.csv', file2), '--on-duplicate', 'error', '--lang', 'en']);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('line 2: nip: already registered as 1. Zul Abdiman');
    expect(error.stderr).toContain('line 3: email: already registered as 2. Nur Aisyah');
    const update = await run(['participant', 'import', csv('b.csv', file2), '--on-duplicate', 'update', '--json']);
    expect(update.json<Summary>()).toMatchObject({ added: 0, updated: 2, duplicates: 2 });
    expect((await people()).map((p) => [p.name, p.position])).toEqual([
      ['Drs. Zul Abdiman, M.Si', 'Kepala Dinas Kesehatan'],
      ['Nur Aisyah', 'Pranata Komputer'],
    ]);
    const bad = await run(['participant', 'import', csv('b.csv', file2), '--on-duplicate', 'merge', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--on-duplicate');
  });

  it('warns about PPPK-style appointment digits but imports the row; an unknown role is invalid', async () => {
    const { run, csv } = await setup();
    const result = await run(['participant', 'import', csv('r.csv', 'Nama,NIP,Peran\nA,199001012021001001,peserta\nB,,tamu\n'), '--skip-invalid', '--json', '--lang', 'en']);
    const summary = result.json<Summary>();
    expect(summary.added).toBe(1);
    expect(summary.warnings).toMatchObject([{ line: 2, field: 'nip' }]);
    expect(summary.invalid).toMatchObject([{ line: 3, field: 'role' }]);
  });
});

describe('participant import: a large file (parsed while rows are written)', () => {
  // Unique per row: the birth day changes every 1000 rows, the serial within them.
  const nip = (i: number) => `197005${10 + Math.floor(i / 1000)} 199803 ${1 + (i % 2)} ${String(i % 1000).padStart(3, '0')}`;
  const bigCsv = (count: number, badLine?: number) => {
    const lines = ['Nama Lengkap;NIP;Jabatan;Unit Kerja;No. HP;E-mail'];
    for (let i = 0; i < count; i++) {
      const name = i + 2 === badLine ? '@SUM(A1)' : `Peserta Nomor ${i + 1}, S.Sos`;
      lines.push(`"${name}";${nip(i)};Analis Kebijakan Ahli Muda pada Bidang Perencanaan;Unit ${i % 25};0812${String(10000000 + i)};peserta${i}@example.go.id`);
    }
    return lines.join('\r\n') + '\r\n';
  };

  it('an invalid row near the end rolls back everything already written; --skip-invalid keeps the rest', async () => {
    const { run, csv, file } = await setup();
    const rows = 12000;
    const path = csv('big.csv', bigCsv(rows, rows));
    const strict = await run(['participant', 'import', path, '--lang', 'en']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`line ${rows}: name: looks like a spreadsheet formula`);
    expect(count(file, 'participant')).toBe(0);
    expect(count(file, 'unit')).toBe(0);
    const loose = await run(['participant', 'import', path, '--skip-invalid', '--json']);
    expect(loose.code).toBe(0);
    expect(loose.json<Summary>()).toMatchObject({ added: rows - 1, duplicates: 0 });
    expect(loose.json<Summary>().units_created).toHaveLength(25);
    expect(count(file, 'participant')).toBe(rows - 1);
    const again = await run(['participant', 'import', path, '--skip-invalid', '--json']);
    expect(again.json<Summary>()).toMatchObject({ added: 0, duplicates: rows - 1 });
  }, 60_000);

  /** The participant table's indexes, and whether SQLite finds the file sound. */
  function indexesAndIntegrity(file: string) {
    const db = new Database(file, { readonly: true });
    try {
      return {
        indexes: db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' ORDER BY name").pluck().all(),
        integrity: db.pragma('integrity_check', { simple: true }),
        brokenReferences: db.pragma('foreign_key_check'),
      };
    } finally {
      db.close();
    }
  }
  const INDEXES = ['participant_email', 'participant_nip', 'participant_no', 'participant_unit', 'participant_uuid'];

  it('a bulk load into a small table leaves every index, and NIP, number and uuid still unique', async () => {
    const { run, csv, file } = await setup();
    expect((await run(['participant', 'add', '--name', 'Sudah Terdaftar', '--nip', nip(1500)])).code).toBe(0);
    const r = await run(['participant', 'import', csv('big.csv', bigCsv(3000)), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<Summary>()).toMatchObject({ added: 2999, duplicates: 1 });
    expect(indexesAndIntegrity(file)).toEqual({ indexes: INDEXES, integrity: 'ok', brokenReferences: [] });
    // Found by NIP, number and uuid (each through its index), numbered in file order after the first person.
    const byNip = await run(['participant', 'show', nip(2999), '--json']);
    expect(byNip.json<Person>()).toMatchObject({ no: 3000, name: 'Peserta Nomor 3000, S.Sos' });
    const uuid = byNip.json<{ uuid: string }>().uuid;
    expect((await run(['participant', 'show', uuid, '--json'])).json<Person>().no).toBe(3000);
    const db = new Database(file);
    const insert = db.prepare("INSERT INTO participant (no, uuid, name, nip, role, created_at, updated_at) VALUES (?, ?, 'X', ?, 'peserta', 'now', 'now')");
    expect(() => insert.run(9001, 'u-9001', nip(10).replace(/ /g, ''))).toThrow('UNIQUE constraint failed: participant.nip');
    expect(() => insert.run(3000, 'u-9002', null)).toThrow('UNIQUE constraint failed: participant.no');
    expect(() => insert.run(9003, uuid, null)).toThrow('UNIQUE constraint failed: participant.uuid');
    db.close();
  }, 60_000);

  it('--on-duplicate update in the middle of a bulk load: the later row wins, every index is there', async () => {
    const { run, csv, file, people } = await setup();
    const lines = bigCsv(2500).trimEnd().split('\r\n');
    // Line 2200 repeats line 3's person (written with the first batch) with another position.
    lines[2199] = `"Peserta Nomor 2, S.Sos";${nip(1)};Kepala Bidang;Unit 1;;`;
    const r = await run(['participant', 'import', csv('dup.csv', lines.join('\r\n') + '\r\n'), '--on-duplicate', 'update', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<Summary>()).toMatchObject({ added: 2499, duplicates: 1 });
    expect(indexesAndIntegrity(file)).toEqual({ indexes: INDEXES, integrity: 'ok', brokenReferences: [] });
    const all = await people();
    expect(all.find((p) => p.no === 2)).toMatchObject({ name: 'Peserta Nomor 2, S.Sos', position: 'Kepala Bidang' });
    expect(all.at(-1)).toMatchObject({ no: 2499, name: 'Peserta Nomor 2500, S.Sos' });
  }, 60_000);

  it('the connection checks foreign keys and CHECK constraints again after a bulk import, whether it was written, rolled back or failed', async () => {
    const { file } = await setup();
    const store = openWorkshopFile(file, { command: 'test', now: () => new Date('2022-11-07T03:00:00Z') });
    const batches = (text: string) => validatedBatches({ batches: [[{ line: 2, values: text.split(';') }]] } as unknown as CsvStream, { name: 0, unit: 1 });
    // Said to be large: the import loads in bulk (no CHECK constraints meanwhile, see import-transaction.ts).
    const options = { onDuplicate: 'skip' as const, skipInvalid: false, dryRun: false, expectedRows: BULK_MIN_ROWS };
    const checking = () => [store.db.pragma('foreign_keys', { simple: true }), store.db.pragma('ignore_check_constraints', { simple: true })];
    try {
      expect((await importParticipants(store, batches('Budi;Bappeda'), { name: 0, unit: 1 }, options)).added).toBe(1);
      expect(checking()).toEqual([1, 0]);
      expect((await importParticipants(store, batches('=1+1;Bappeda'), { name: 0, unit: 1 }, options)).written).toBe(false);
      expect(checking()).toEqual([1, 0]);
      const failing = (async function* () {
        yield* batches('Siti;Dinsos');
        throw new Error('the file went away');
      })();
      await expect(importParticipants(store, failing, { name: 0, unit: 1 }, options)).rejects.toThrow('the file went away');
      expect(checking()).toEqual([1, 0]);
      // Enforced: a participant pointing at no unit is refused, and so is a role that is none.
      expect(() => store.db.prepare("INSERT INTO participant (no, uuid, name, unit_id, role, created_at, updated_at) VALUES (99, 'u', 'X', 12345, 'peserta', 'now', 'now')").run()).toThrow('FOREIGN KEY');
      expect(() => store.db.prepare("UPDATE participant SET role = 'tamu' WHERE name = 'Budi'").run()).toThrow('CHECK constraint failed');
    } finally {
      store.close();
    }
  });
});
