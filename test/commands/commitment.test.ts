import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { count } from '../helpers/read-file.js';
import { newWorkshop } from '../helpers/run-cli.js';

const NOW = '2023-01-15T09:00:00+07:00';

/** A workshop with two units, two participants and one idea per unit (set up with SQL, not the commands under test). */
async function setup() {
  const w = await newWorkshop(['--lang', 'en']);
  for (const [name, short] of [
    ['Dinas Kesehatan', 'Dinkes'],
    ['Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ]) {
    const r = await w.run(['unit', 'add', name!, '--short', short!]);
    expect(r.code).toBe(0);
  }
  const db = new Database(w.file);
  const at = '2022-11-07T01:00:00.000Z';
  db.prepare(
    `INSERT INTO participant (no, uuid, name, nip, position, unit_id, created_at, updated_at) VALUES
      (1, 'p-1', 'dr. Nurhayati Lubis, M.Kes', '197805122005012003', 'Kepala Dinas', 1, ?, ?),
      (2, 'p-2', 'Andi Pratama Siregar, S.Kom', '198503092010011002', 'Kepala Bidang', 2, ?, ?)`,
  ).run(at, at, at, at);
  db.prepare(
    `INSERT INTO idea (no, uuid, unit_id, title, status, created_at, updated_at) VALUES
      (1, 'i-1', 1, 'Posyandu Digital', 'selected', ?, ?),
      (2, 'i-2', 2, 'Satu Data Tanjungbalai', 'selected', ?, ?)`,
  ).run(at, at, at, at);
  db.close();
  const run = (argv: string[], options: Parameters<typeof w.run>[1] = {}) => w.run(['--lang', 'en', ...argv], { now: NOW, ...options });
  return { ...w, run };
}

interface Commitment {
  no: number;
  unit: { no: number; name: string; short_name: string | null };
  idea: { no: number; title: string } | null;
  owner: { no: number | null; name: string } | null;
  due_date: string;
  status: string;
  progress: number;
  overdue: boolean;
  days_overdue: number;
  updates: { date: string; progress: number; status: string; note: string | null }[];
}

describe('commitment add', () => {
  it('records a commitment with its idea and a registered owner found by NIP, and prints it as JSON', async () => {
    const { run } = await setup();
    const r = await run(['commitment', 'add', '--unit', 'dinkes', '--action', 'Uji coba Posyandu Digital di 3 kelurahan', '--due', '2023-02-28',
      '--idea', '1', '--owner', '19780512 200501 2 003', '--output', 'Aplikasi berjalan', '--indicator', '3 posyandu aktif', '--json']);
    expect(r.code).toBe(0);
    expect(r.json<Commitment>()).toMatchObject({
      no: 1, unit: { no: 1, name: 'Dinas Kesehatan', short_name: 'Dinkes' }, idea: { no: 1, title: 'Posyandu Digital' },
      owner: { no: 1, name: 'dr. Nurhayati Lubis, M.Kes' }, due_date: '2023-02-28', status: 'planned', progress: 0, overdue: false, days_overdue: 0, updates: [],
    });
  });

  it('keeps an owner that is not one participant as free text', async () => {
    const { run } = await setup();
    const r = await run(['commitment', 'add', '--unit', 'Diskominfo', '--action', 'Susun SOP', '--due', '2022-12-31', '--owner', 'Kepala Bidang Pelayanan', '--json']);
    expect(r.code).toBe(0);
    expect(r.json<Commitment>()).toMatchObject({ owner: { no: null, name: 'Kepala Bidang Pelayanan' }, overdue: true, days_overdue: 15 });
    expect(r.stderr).toContain('kept as text');
  });

  it('warns when the idea belongs to another unit, and still records it', async () => {
    const { run } = await setup();
    const r = await run(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Integrasi data', '--due', '2023-03-01', '--idea', '2', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: idea no\. 2 belongs to Diskominfo, not Dinkes/);
    expect(r.json<Commitment>().idea).toEqual({ no: 2, title: 'Satu Data Tanjungbalai' });
  });

  it.each([
    [['--due', '2023-02-30'], 2, /--due: "2023-02-30" is not a valid date/],
    [['--due', 'besok'], 2, /--due/],
    [['--unit', 'Dinas Pariwisata'], 3, /unit "Dinas Pariwisata" not found/],
    [['--idea', '9'], 3, /idea no\. 9 not found/],
  ])('refuses %j with exit %i, one line, nothing written', async (override, code, message) => {
    const { run, file } = await setup();
    const base: Record<string, string> = { '--unit': 'Dinkes', '--action': 'Susun SOP', '--due': '2023-01-31' };
    base[override[0]!] = override[1]!;
    const before = readFileSync(file);
    const r = await run(['commitment', 'add', ...Object.entries(base).flat()]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(count(file, 'commitment')).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('without a terminal names the missing flag', async () => {
    const { run, file } = await setup();
    const r = await run(['commitment', 'add', '--unit', 'Dinkes', '--due', '2023-01-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*--action/);
    expect(count(file, 'commitment')).toBe(0);
  });

  it('asks for the missing values at a terminal', async () => {
    const { run } = await setup();
    const r = await run(['commitment', 'add', '--json'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      answers: [
        { match: 'unit', answer: 'Diskominfo' },
        { match: 'Action', answer: 'Pelatihan operator' },
        { match: 'Due', answer: '2023-01-10' },
      ],
    });
    expect(r.code).toBe(0);
    expect(r.json<Commitment>()).toMatchObject({ unit: { short_name: 'Diskominfo' }, idea: null, owner: null, due_date: '2023-01-10', overdue: true });
  });

  it('writes an audit entry naming the fields', async () => {
    const { run, file } = await setup();
    await run(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Susun SOP', '--due', '2023-01-31', '--owner', 'Kepala Seksi']);
    const db = new Database(file, { readonly: true });
    const entry = db.prepare("SELECT command, fields FROM audit_log WHERE entity = 'commitment'").get() as { command: string; fields: string };
    db.close();
    expect(entry.command).toMatch(/^innolab commitment add .*--unit --action --due --owner$/);
    expect(JSON.parse(entry.fields)).toEqual(expect.arrayContaining(['unit_id', 'action', 'due_date', 'owner_name']));
    expect(entry.command).not.toContain('Kepala');
  });
});

async function withThree() {
  const w = await setup();
  const add = async (unit: string, due: string) => expect((await w.run(['commitment', 'add', '--unit', unit, '--action', `Aksi ${due}`, '--due', due])).code).toBe(0);
  await add('Dinkes', '2022-12-15'); // 1: overdue on 2023-01-15
  await add('Diskominfo', '2023-01-10'); // 2: will be done
  await add('Diskominfo', '2023-01-20'); // 3: due within a week
  await add('Dinkes', '2023-03-31'); // 4: later
  expect((await w.run(['commitment', 'update', '2', '--progress', '100'])).code).toBe(0);
  return w;
}

describe('commitment list', () => {
  it('--overdue lists open commitments due before the as-of date, each with overdue: true', async () => {
    const { run } = await withThree();
    const overdue = (await run(['commitment', 'list', '--overdue', '--as-of', '2023-01-15', '--json'])).json<Commitment[]>();
    expect(overdue.map((c) => [c.no, c.overdue, c.days_overdue])).toEqual([[1, true, 31]]);
    const later = (await run(['commitment', 'list', '--overdue', '--as-of', '2023-01-25', '--json'])).json<Commitment[]>();
    expect(later.map((c) => c.no)).toEqual([1, 3]);
  });

  it('marks every row overdue true or false, as of today by default', async () => {
    const { run } = await withThree();
    const all = (await run(['commitment', 'list', '--json'])).json<Commitment[]>();
    expect(all.map((c) => [c.no, c.status, c.overdue])).toEqual([
      [1, 'planned', true],
      [2, 'done', false],
      [3, 'planned', false],
      [4, 'planned', false],
    ]);
  });

  it('filters by --due-within, --status and --unit', async () => {
    const { run } = await withThree();
    const soon = (await run(['commitment', 'list', '--due-within', '7', '--as-of', '2023-01-15', '--json'])).json<Commitment[]>();
    expect(soon.map((c) => c.no)).toEqual([3]);
    const done = (await run(['commitment', 'list', '--status', 'done', '--json'])).json<Commitment[]>();
    expect(done.map((c) => c.no)).toEqual([2]);
    const selesai = (await run(['commitment', 'list', '--status', 'selesai', '--json'])).json<Commitment[]>();
    expect(selesai.map((c) => c.no)).toEqual([2]);
    const dinkes = (await run(['commitment', 'list', '--unit', 'dinkes', '--json'])).json<Commitment[]>();
    expect(dinkes.map((c) => c.no)).toEqual([1, 4]);
  });

  it('shows overdue rows in red on a terminal and plain tab-separated rows otherwise', async () => {
    const { run } = await withThree();
    const tty = await run(['commitment', 'list', '--as-of', '2023-01-15'], { stdoutIsTTY: true });
    const line = tty.stdout.split('\n').find((l) => l.includes('Aksi 2022-12-15'))!;
    expect(line).toContain('\u001b[31m');
    expect(tty.stdout.split('\n').find((l) => l.includes('Aksi 2023-03-31'))).not.toContain('\u001b[31m');
    const plain = await run(['commitment', 'list', '--as-of', '2023-01-15']);
    expect(plain.stdout).not.toContain('\u001b[');
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toBe('No\tUnit\tAction\tOwner\tDue\tStatus\tProgress\tOverdue');
    expect(lines[1]!.split('\t')[0]).toBe('1');
  });

  it('refuses a bad --as-of, --status or --due-within with exit 2 naming the flag', async () => {
    const { run } = await withThree();
    for (const [args, flag] of [
      [['--as-of', '15-01-2023'], '--as-of'],
      [['--status', 'late'], '--status'],
      [['--due-within', 'seminggu'], '--due-within'],
    ] as const) {
      const r = await run(['commitment', 'list', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(flag);
    }
  });
});

describe('commitment update and show', () => {
  it('progress above 0 starts a planned commitment; 100 makes it done; show lists the history', async () => {
    const { run } = await withThree();
    const started = (await run(['commitment', 'update', '3', '--progress', '40', '--note', 'SK tim terbit', '--date', '2023-01-05', '--json'])).json<Commitment>();
    expect(started).toMatchObject({ status: 'in-progress', progress: 40 });
    const finished = (await run(['commitment', 'update', '3', '--progress', '100', '--json'])).json<Commitment>();
    expect(finished).toMatchObject({ status: 'done', progress: 100, overdue: false });
    const shown = (await run(['commitment', 'show', '3', '--json'])).json<Commitment>();
    expect(shown.updates.map((u) => [u.date, u.progress, u.status, u.note])).toEqual([
      ['2023-01-05', 40, 'in-progress', 'SK tim terbit'],
      ['2023-01-15', 100, 'done', null],
    ]);
    const human = await run(['commitment', 'show', '3']);
    expect(human.stdout).toContain('SK tim terbit');
    expect(human.stdout).toContain('History of updates');
  });

  it('done below 100% needs --note', async () => {
    const { run, file } = await withThree();
    const refused = await run(['commitment', 'update', '1', '--progress', '80', '--status', 'done']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: --note is required/);
    expect(count(file, 'commitment_update')).toBe(1);
    const ok = await run(['commitment', 'update', '1', '--progress', '80', '--status', 'done', '--note', 'Sisa anggaran dialihkan', '--json']);
    expect(ok.code).toBe(0);
    expect(ok.json<Commitment>()).toMatchObject({ status: 'done', progress: 80, overdue: false });
  });

  it.each(['150', '-5', '50.5', 'separuh'])('refuses --progress %s with exit 2 and writes nothing', async (progress) => {
    const { run, file } = await withThree();
    const before = readFileSync(file);
    const r = await run(['commitment', 'update', '1', `--progress=${progress}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --progress: ".*" is not a valid progress/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an unknown commitment is exit 3', async () => {
    const { run } = await withThree();
    for (const argv of [['commitment', 'update', '99', '--progress', '10'], ['commitment', 'show', '99']]) {
      const r = await run(argv);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^error: commitment no\. 99 not found; see the list with: npx innolab commitment list\n$/);
    }
  });

  it('a bad --date or --status is exit 2 naming the flag; an empty update names the flags to pass', async () => {
    const { run } = await withThree();
    expect((await run(['commitment', 'update', '1', '--progress', '10', '--date', '2023-02-29'])).stderr).toContain('--date');
    expect((await run(['commitment', 'update', '1', '--status', 'beres'])).stderr).toContain('--status');
    const empty = await run(['commitment', 'update', '1']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--progress');
  });

  it('repeating the same update adds no history entry', async () => {
    const { run, file } = await withThree();
    const argv = ['commitment', 'update', '4', '--progress', '30', '--note', 'Rapat koordinasi', '--date', '2023-01-12'];
    expect((await run(argv)).code).toBe(0);
    const updates = count(file, 'commitment_update');
    const audits = count(file, 'audit_log');
    const again = await run(argv);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('unchanged');
    expect(count(file, 'commitment_update')).toBe(updates);
    expect(count(file, 'audit_log')).toBe(audits);
  });
});

describe('status dashboard', () => {
  it('shows commitments due this week, the overdue ones and the units behind', async () => {
    const { run } = await withThree();
    const status = await run(['status', '--as-of', '2023-01-15', '--json']);
    expect(status.code).toBe(0);
    const data = status.json<{
      commitments: {
        total: number;
        due_this_week: { until: string; count: number; commitments: { no: number }[] };
        overdue: { count: number; commitments: { no: number; days_overdue: number }[] };
        units_with_overdue: { unit: { short_name: string }; overdue: number }[];
      };
    }>().commitments;
    expect(data.total).toBe(4);
    expect(data.due_this_week).toMatchObject({ until: '2023-01-22', count: 1, commitments: [{ no: 3 }] });
    expect(data.overdue).toMatchObject({ count: 1, commitments: [{ no: 1, days_overdue: 31 }] });
    expect(data.units_with_overdue).toEqual([expect.objectContaining({ unit: expect.objectContaining({ short_name: 'Dinkes' }) as unknown, overdue: 1 })]);
    const human = await run(['status', '--as-of', '2023-01-15']);
    expect(human.stdout).toContain('Follow-up commitments (as of 2023-01-15)');
    expect(human.stdout).toContain('Overdue: 1');
  });
});

describe('applyCommitmentUpdate (shared with commitment import)', () => {
  it('reports changed=false and adds nothing for an update identical to the current state, note and date', async () => {
    const { file } = await withThree();
    const { openWorkshopFile } = await import('../../src/store/db.js');
    const { applyCommitmentUpdate, findCommitmentByNo, listCommitmentUpdates } = await import('../../src/store/commitments.js');
    const store = openWorkshopFile(file, { command: 'test', now: () => new Date(NOW) });
    try {
      const id = findCommitmentByNo(store, 4)!.id;
      const first = applyCommitmentUpdate(store, id, { progress: 50, note: 'Setengah jalan', date: '2023-01-12' });
      expect(first.changed).toBe(true);
      expect(first.commitment).toMatchObject({ status: 'in-progress', progress: 50 });
      expect(applyCommitmentUpdate(store, id, { progress: 50, note: 'Setengah jalan', date: '2023-01-12' }).changed).toBe(false);
      expect(applyCommitmentUpdate(store, id, { progress: 50, status: 'in-progress', note: 'Setengah jalan' }).changed).toBe(false);
      expect(applyCommitmentUpdate(store, id, { progress: 50 }).changed).toBe(false);
      // Same state, a new note: recorded.
      expect(applyCommitmentUpdate(store, id, { progress: 50, note: 'Menunggu anggaran', date: '2023-01-14' }).changed).toBe(true);
      expect(listCommitmentUpdates(store, id).map((u) => u.note)).toEqual(['Setengah jalan', 'Menunggu anggaran']);
      // Errors name the caller's field names (a CSV column for the import).
      const names = { progress: 'line 3: progress', note: 'line 3: note', date: 'line 3: date' };
      const fieldOf = (fn: () => unknown): unknown => {
        try {
          fn();
        } catch (error) {
          return [(error as { kind: string }).kind, (error as { params: { field: string } }).params.field];
        }
        return 'no error';
      };
      expect(fieldOf(() => applyCommitmentUpdate(store, id, { progress: 101 }, names))).toEqual(['usage', 'line 3: progress']);
      expect(fieldOf(() => applyCommitmentUpdate(store, id, { status: 'done' }, names))).toEqual(['usage', 'line 3: note']);
      expect(listCommitmentUpdates(store, id)).toHaveLength(2);
    } finally {
      store.close();
    }
  });
});
