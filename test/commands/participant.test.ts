import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

interface Person {
  no: number;
  uuid: string;
  name: string;
  nip: string | null;
  position: string | null;
  unit: { no: number; name: string; short_name: string | null } | null;
  role: string;
  phone: string | null;
  email: string | null;
  attendance?: { date: string; day: number; status: string; note: string | null; representative: string | null }[];
  days_present?: number;
}

async function withPeople() {
  const w = await newWorkshop(['--lang', 'en']);
  await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']);
  await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda']);
  const add = async (...argv: string[]) => {
    const r = await w.run(['participant', 'add', ...argv, '--json']);
    if (r.code !== 0) throw new Error(r.stderr);
    return r.json<Person>();
  };
  await add('--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '19680412 199303 1 004', '--unit', 'dinkes', '--position', 'Kepala Dinas');
  await add('--name', 'Hj. Siti Aminah, S.E.', '--nip', '197501012000032001', '--unit', 'Bappeda', '--email', 'siti@example.id');
  await add('--name', 'Dr. Andi Pratama', '--role', 'narasumber', '--phone', '0812 3456 7890');
  return { ...w, add };
}

describe('participant add', () => {
  it('registers a person with number, normalised NIP, unit and role, and prints the record with --json', async () => {
    const { add } = await withPeople();
    const p = await add('--name', 'Ir. Bambang Sutrisno', '--nip', '1980.03.15.2006.04.1.002', '--unit', 'Bappeda', '--role', 'fasilitator', '--email', 'b@example.id');
    expect(p).toMatchObject({ no: 4, name: 'Ir. Bambang Sutrisno', nip: '198003152006041002', unit: { no: 2, name: 'Badan Perencanaan Pembangunan Daerah', short_name: 'Bappeda' }, role: 'fasilitator' });
    expect(p.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects an invalid NIP naming --nip and why, a taken NIP with exit 4, an unknown unit with exit 3', async () => {
    const { run } = await withPeople();
    const gender = await run(['participant', 'add', '--name', 'X', '--nip', '196804121993033004']);
    expect(gender.code).toBe(2);
    expect(gender.stderr).toContain('--nip');
    expect(gender.stderr).toContain('digit 15');
    const date = await run(['participant', 'add', '--name', 'X', '--nip', '196813121993031004']);
    expect(date.stderr).toContain('birth date');
    const taken = await run(['participant', 'add', '--name', 'Y', '--nip', '196804121993031004']);
    expect(taken.code).toBe(4);
    expect(taken.stderr).toContain('1. Drs. H. Zul Abdiman, M.Si');
    const unit = await run(['participant', 'add', '--name', 'Z', '--unit', 'Dinas Pariwisata']);
    expect(unit.code).toBe(3);
    expect(unit.stderr).toContain('unit add');
    const email = await run(['participant', 'add', '--name', 'Z', '--email', 'not-an-email']);
    expect(email.code).toBe(2);
    expect(email.stderr).toContain('--email');
    const role = await run(['participant', 'add', '--name', 'Z', '--role', 'tamu']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('narasumber');
    expect((await run(['participant', 'list', '--json'])).json<Person[]>()).toHaveLength(3);
  });

  it('warns about PPPK appointment digits and formula-looking names but registers them', async () => {
    const { run } = await withPeople();
    const pppk = await run(['participant', 'add', '--name', 'A', '--nip', '199001012021001001']);
    expect(pppk.code).toBe(0);
    expect(pppk.stderr).toContain('warning:');
    const formula = await run(['participant', 'add', '--name', '=HYPERLINK("x")']);
    expect(formula.code).toBe(0);
    expect(formula.stderr).toContain('spreadsheet formula');
  });

  it('without --name and without a terminal exits 2 naming --name', async () => {
    const { run } = await withPeople();
    const r = await run(['participant', 'add', '--nip', '196804121993031004']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
  });
});

describe('participant list', () => {
  it('filters by unit, role and search text; JSON array with --json, tab-separated rows in a pipe', async () => {
    const { run } = await withPeople();
    const names = async (...argv: string[]) => (await run(['participant', 'list', ...argv, '--json'])).json<Person[]>().map((p) => p.name);
    expect(await names('--unit', 'Dinkes')).toEqual(['Drs. H. Zul Abdiman, M.Si']);
    expect(await names('--role', 'narasumber')).toEqual(['Dr. Andi Pratama']);
    expect(await names('--search', 'SITI')).toEqual(['Hj. Siti Aminah, S.E.']);
    expect(await names('--search', '19680412')).toEqual(['Drs. H. Zul Abdiman, M.Si']);
    const plain = await run(['participant', 'list']);
    // Piped: a header line naming the columns, then one tab-separated row per person.
    expect(plain.stdout.split('\n').slice(0, 2)).toEqual(['No\tName\tNIP\tPosition\tUnit\tRole', '1\tDrs. H. Zul Abdiman, M.Si\t19680412 199303 1 004\tKepala Dinas\tDinkes\tparticipant']);
    expect(plain.stdout).not.toContain('0812');
    const tty = await run(['participant', 'list'], { stdoutIsTTY: true });
    expect(tty.stdout).toContain('┌');
    expect(tty.stdout).toContain('Position');
  });
});

describe('participant show / resolving <who>', () => {
  it('finds a person by number, NIP with spaces, unique name fragment (any case, accents)', async () => {
    const { run, add } = await withPeople();
    await add('--name', 'Héndra Saputra');
    const show = async (who: string) => (await run(['participant', 'show', who, '--json'])).json<Person>().no;
    expect(await show('2')).toBe(2);
    expect(await show('19680412 199303 1 004')).toBe(1);
    expect(await show('zul')).toBe(1);
    expect(await show('hendra')).toBe(4);
    expect(await show('19750101')).toBe(2);
    const record = (await run(['participant', 'show', '3', '--json'])).json<Person>();
    expect(record).toMatchObject({ phone: '081234567890', attendance: [], days_present: 0 });
  });

  it('several matches exit 2 listing "no. name (unit)"; none exits 3 with a hint', async () => {
    const { run } = await withPeople();
    const many = await run(['participant', 'show', 'a']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('1. Drs. H. Zul Abdiman, M.Si (Dinkes)');
    expect(many.stderr).toContain('2. Hj. Siti Aminah, S.E. (Bappeda)');
    const none = await run(['participant', 'show', 'Wahyudi']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('participant list --search');
    expect((await run(['participant', 'show', '99'])).code).toBe(3);
  });
});

describe('participant edit', () => {
  it('changes the given fields, prints the record as it now stands, audits the changed field names', async () => {
    const { run, file } = await withPeople();
    const r = await run(['participant', 'edit', 'siti', '--position', 'Sekretaris Bappeda', '--unit', 'Dinkes', '--json']);
    expect(r.code).toBe(0);
    expect(r.json<Person>()).toMatchObject({ no: 2, position: 'Sekretaris Bappeda', unit: { no: 1, name: 'Dinas Kesehatan', short_name: 'Dinkes' }, email: 'siti@example.id' });
    const cleared = await run(['participant', 'edit', '2', '--email', '', '--json']);
    expect(cleared.json<Person>().email).toBeNull();
    const db = new Database(file, { readonly: true });
    const fields = db.prepare("SELECT fields FROM audit_log WHERE action = 'update' AND entity = 'participant' ORDER BY id").pluck().all();
    db.close();
    expect(fields).toEqual(['["position","unit_id"]', '["email"]']);
    const taken = await run(['participant', 'edit', '2', '--nip', '196804121993031004']);
    expect(taken.code).toBe(4);
  });
});

describe('participant remove', () => {
  it('asks for confirmation, removes with --yes or a yes answer, exits 2 without a terminal', async () => {
    const { run } = await withPeople();
    const noPrompt = await run(['participant', 'remove', '3']);
    expect(noPrompt.code).toBe(2);
    expect(noPrompt.stderr).toContain('--yes');
    const declined = await run(['participant', 'remove', '3'], { stdinIsTTY: true, stdoutIsTTY: true, answers: [{ match: 'Remove', answer: false }] });
    expect(declined.code).toBe(2);
    const asked = await run(['participant', 'remove', '3'], { stdinIsTTY: true, stdoutIsTTY: true, answers: [{ match: 'Andi', answer: true }] });
    expect(asked.code).toBe(0);
    expect((await run(['participant', 'remove', 'siti', '--yes'])).code).toBe(0);
    expect((await run(['participant', 'list', '--json'])).json<Person[]>().map((p) => p.no)).toEqual([1]);
  });

  it('refuses with exit 4 naming --force when the person has attendance; --force removes both', async () => {
    const { run, file } = await withPeople();
    const db = new Database(file);
    db.prepare(
      `INSERT INTO attendance (uuid, participant_id, date, status, how, created_at, updated_at)
       SELECT 'a1', id, '2022-11-07', 'present', 'manual', 'x', 'x' FROM participant WHERE no = 1`,
    ).run();
    db.close();
    const shown = (await run(['participant', 'show', '1', '--json'])).json<Person>();
    expect(shown).toMatchObject({ attendance: [{ date: '2022-11-07', day: 1, status: 'present', note: null, representative: null }], days_present: 1 });
    const refused = await run(['participant', 'remove', '1', '--yes']);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('--force');
    expect((await run(['participant', 'show', '1'])).code).toBe(0);
    const forced = await run(['participant', 'remove', '1', '--yes', '--force', '--json']);
    expect(forced.code).toBe(0);
    // A removal prints the record as it was.
    expect(forced.json<Person>()).toMatchObject({ no: 1, name: 'Drs. H. Zul Abdiman, M.Si', unit: { no: 1, short_name: 'Dinkes' } });
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT COUNT(*) FROM attendance').pluck().get()).toBe(0);
    check.close();
  });
});
