import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';
import { program } from '../helpers/programs.js';

const calc = program('soffice', 'libreoffice-calc-nogui');

const PEOPLE = [
  ['--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '196804121993031004', '--unit', 'Bappeda', '--phone', '081260011001', '--email', 'zul@tanjungbalaikota.go.id'],
  ['--name', 'Rahmawati Siregar, S.Kep', '--nip', '197404182003122003', '--unit', 'Dinkes', '--phone', '+62 812 3456 7890', '--position', 'Kasubbag "Umum" Perencanaan'],
  ['--name', 'Tamu LAN', '--role', 'narasumber', '--phone', '0812000111', '--email', 'tamu@lan.go.id'],
];

async function workshopWithPeople() {
  const w = await newWorkshop();
  expect((await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'])).code).toBe(0);
  expect((await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda'])).code).toBe(0);
  for (const flags of PEOPLE) {
    const r = await w.run(['participant', 'add', ...flags]);
    expect(r.code, r.stderr).toBe(0);
  }
  return w;
}

/** Every workbook in `files` to CSV with LibreOffice, in one call (each conversion costs ~2 s). */
function convertWithLibreOffice(dir: string, to: string, files: string[]): void {
  const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', to, '--outdir', join(dir, 'lo-out'), ...files], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
}

describe.skipIf(!calc.available)(`export --format xlsx, read by LibreOffice${calc.note}`, () => {
  it('keeps every NIP and phone number as written, and re-imports into an empty workshop with the same people', async () => {
    const w = await workshopWithPeople();
    const xlsx = join(w.dir, 'peserta.xlsx');
    const r = await w.run(['export', '--table', 'participants', '--format', 'xlsx', '--out', xlsx, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ format: 'xlsx', files: [{ table: 'participants', file: xlsx, rows: 3 }] });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    convertWithLibreOffice(w.dir, 'csv:Text - txt - csv (StarCalc):44,34,76', [xlsx]);
    const rows = parse(readFileSync(join(w.dir, 'lo-out', 'peserta.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((p) => [p.Nama, p.NIP, p['No HP']])).toEqual([
      ['Drs. H. Zul Abdiman, M.Si', '196804121993031004', '081260011001'],
      ['Rahmawati Siregar, S.Kep', '197404182003122003', '+6281234567890'],
      ['Tamu LAN', '', '0812000111'],
    ]);
    expect(rows[1]!.Jabatan).toBe('Kasubbag "Umum" Perencanaan');

    // The workbook as written, the CSV LibreOffice made of it, and the workbook saved again by LibreOffice
    // (as a secretary's spreadsheet program would) each re-import into an empty workshop as the same people.
    mkdirSync(join(w.dir, 'resaved'));
    const resaved = join(w.dir, 'resaved', 'peserta.xlsx');
    renameSync(join(w.dir, 'lo-out', 'peserta.csv'), join(w.dir, 'peserta-lo.csv'));
    convertWithLibreOffice(w.dir, 'xlsx:Calc MS Excel 2007 XML', [xlsx]);
    renameSync(join(w.dir, 'lo-out', 'peserta.xlsx'), resaved);
    const fields = (list: Record<string, unknown>[]) => list.map((p) => [p.name, p.nip, p.phone, p.email, p.position, p.role, (p.unit as { name: string } | null)?.name]);
    const before = (await w.run(['participant', 'list', '--json'])).json<Record<string, unknown>[]>();
    for (const file of [xlsx, join(w.dir, 'peserta-lo.csv'), resaved]) {
      const empty = await newWorkshop();
      const imported = await empty.run(['participant', 'import', file, '--json']);
      expect(imported.code, `${file}: ${imported.stderr}`).toBe(0);
      expect(imported.json()).toMatchObject({ added: 3, invalid: [] });
      const after = (await empty.run(['participant', 'list', '--json'])).json<Record<string, unknown>[]>();
      expect(fields(after), file).toEqual(fields(before));
    }
  }, 120_000);

  it('writes every table as a sheet of one workbook with Indonesian or English headers', async () => {
    const w = await workshopWithPeople();
    const id = join(w.dir, 'semua.xlsx');
    const en = join(w.dir, 'all.xlsx');
    expect((await w.run(['export', '--format', 'xlsx', '--out', id])).code).toBe(0);
    expect((await w.run(['export', '--format', 'xlsx', '--out', en, '--lang', 'en', '--redact'])).code).toBe(0);
    // Personal data: the owner's only, also over a file that was readable by all; redacted: readable.
    writeFileSync(join(w.dir, 'again.xlsx'), '', { mode: 0o644 });
    expect((await w.run(['export', '--format', 'xlsx', '--out', join(w.dir, 'again.xlsx')])).code).toBe(0);
    expect(statSync(join(w.dir, 'again.xlsx')).mode & 0o777).toBe(0o600);
    expect(statSync(en).mode & 0o777).toBe(0o644);
    expect(readdirSync(w.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(id);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Peserta', 'Unit', 'Kehadiran', 'Ide Inovasi', 'RTL']);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).values).toContain('NIP');
    expect(sheet.getCell('D2').value).toBe('196804121993031004');
    expect(sheet.getCell('D2').numFmt).toBe('@');
    const english = new ExcelJS.Workbook();
    await english.xlsx.readFile(en);
    expect(english.worksheets[0]!.name).toBe('Participants');
    expect(english.worksheets[0]!.getCell('D2').value).toBe('1968***********004');
    // No cell anywhere is a formula.
    for (const s of [...book.worksheets, ...english.worksheets]) s.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});

describe('export --format xlsx and back, without LibreOffice', () => {
  it('keeps a name that looks like a formula as text, and imports it back as given', async () => {
    const w = await newWorkshop();
    const names = ['=HYPERLINK("http://x","y")', '@Tamu LAN', '-Kasubbag Umum'];
    for (const name of names) expect((await w.run(['participant', 'add', '--name', name, '--phone', '+62 812 3456 7890'])).code).toBe(0);
    const file = join(w.dir, 'p.xlsx');
    expect((await w.run(['export', '--table', 'participants', '--format', 'xlsx', '--out', file])).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets[0]!.getCell('C2').value).toBe(names[0]);
    expect(book.worksheets[0]!.getCell('C2').formula).toBeUndefined();
    const empty = await newWorkshop();
    const r = await empty.run(['participant', 'import', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const people = (await empty.run(['participant', 'list', '--json'])).json<{ name: string; phone: string }[]>();
    expect(people.map((p) => p.name).sort()).toEqual([...names].sort());
    expect(people.map((p) => p.phone)).toEqual(['+6281234567890', '+6281234567890', '+6281234567890']);
  });
});

describe('import: what Excel did to the file', () => {
  it('names a NIP in scientific notation or rounded to 000, and reads UTF-16 "Unicode Text"', async () => {
    const w = await newWorkshop();
    const text = 'Nama\tNIP\tUnit Kerja\r\nBudi Ñoño\t1,97404E+17\tDinkes\r\nAni\t197404182003122000\tDinkes\r\nSiti Zulaikha\t197404182003122003\tDinkes\r\n';
    const file = join(w.dir, 'peserta.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await w.run(['participant', 'import', file, '--json']);
    expect(r.code).toBe(2);
    const invalid = r.json<{ invalid: { line: number; field: string; problem: string }[] }>().invalid;
    expect(invalid.map((p) => [p.line, p.field])).toEqual([[2, 'nip'], [3, 'nip']]);
    expect(invalid[0]!.problem).toContain('notasi ilmiah');
    expect(invalid[1]!.problem).toContain('format kolom NIP sebagai Teks');
    // The same text without the byte-order mark is recognised too.
    const bare = join(w.dir, 'tanpa-bom.txt');
    writeFileSync(bare, Buffer.from(text, 'utf16le'));
    expect((await w.run(['participant', 'import', bare, '--json'])).json<{ invalid: unknown[] }>().invalid).toHaveLength(2);
    const ok = await w.run(['participant', 'import', file, '--skip-invalid', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    const people = (await w.run(['participant', 'list', '--json'])).json<{ name: string; nip: string }[]>();
    expect(people.map((p) => [p.name, p.nip])).toEqual([['Siti Zulaikha', '197404182003122003']]);
  });

  it('reads the sheet named by --sheet, and says which sheets there are when it is missing', async () => {
    const w = await newWorkshop();
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Catatan').addRow(['bukan data']);
    const sheet = book.addWorksheet('Daftar Peserta');
    sheet.addRow(['DAFTAR PESERTA']);
    sheet.addRow(['No', 'Nama Lengkap', 'NIP', 'OPD']);
    sheet.addRow([1, 'Siti', 197404182003122000, 'Dinkes']);
    sheet.addRow([2, 'Budi', '196804121993031004', 'Dinkes']);
    // Typed into a number cell: a double cannot hold 18 digits, whatever the last ones were.
    sheet.addRow([3, 'Rahmawati Siregar', Number('198502142010012003'), 'Dinkes']);
    const file = join(w.dir, 'peserta.xlsx');
    await book.xlsx.writeFile(file);
    const missing = await w.run(['participant', 'import', file, '--sheet', 'Peserta']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Catatan, Daftar Peserta');
    const r = await w.run(['participant', 'import', file, '--sheet', 'daftar peserta', '--json']);
    expect(r.code).toBe(2);
    const invalid = r.json<{ invalid: { line: number; field: string; problem: string }[] }>().invalid;
    expect(invalid.map((p) => [p.line, p.field])).toEqual([[3, 'nip'], [5, 'nip']]);
    expect(invalid[0]!.problem).toContain('000');
  });
});
