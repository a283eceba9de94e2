import { describe, expect, it } from 'vitest';
import { query } from '../helpers/read-file.js';
import { DAY2_MORNING, attendanceAudit, workshopWithPeople } from './checkin-setup.js';

interface Rec {
  participant: { no: number; name: string };
  unit: { no: number; name: string; short_name: string | null } | null;
  date: string;
  day: number | null;
  status: string | null;
  checked_in_at: string | null;
  how: string | null;
  note: string | null;
  representative: string | null;
}

describe('checkin', () => {
  it('checks a person in on --day 2 and the summary shows them present that day', async () => {
    const { run } = await workshopWithPeople();
    const checkin = await run(['checkin', '1', '--day', '2', '--json'], { now: DAY2_MORNING });
    expect(checkin.code).toBe(0);
    const [rec] = checkin.json<Rec[]>();
    expect(rec).toMatchObject({
      participant: { no: 1, name: 'Drs. H. Zul Abdiman, M.Si' },
      unit: { name: 'Badan Perencanaan Pembangunan Daerah', short_name: 'Bappeda' },
      date: '2022-11-08',
      day: 2,
      status: 'present',
      how: 'manual',
      checked_in_at: DAY2_MORNING.toISOString(),
    });
    const summary = (await run(['attendance', 'summary', '--json'])).json<{ participants: { participant: { no: number }; days_present: number; days: Record<string, string | null> }[] }>();
    const zul = summary.participants.find((p) => p.participant.no === 1)!;
    expect(zul.days).toEqual({ '2022-11-07': null, '2022-11-08': 'present', '2022-11-09': null });
    expect(zul.days_present).toBe(1);
  });

  it('--day 4 on a three-day workshop exits 2 saying it has 3 days, and writes nothing', async () => {
    const { run, file } = await workshopWithPeople();
    const result = await run(['checkin', '1', '--day', '4']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --day 4: the workshop has 3 days; use --day 1 to --day 3/);
    expect(query(file, 'SELECT * FROM attendance')).toEqual([]);
    expect((await run(['checkin', '1', '--day', '0'])).code).toBe(2);
  });

  it('defaults to today on a workshop day and asks for --day on any other day', async () => {
    const { run } = await workshopWithPeople();
    const today = await run(['checkin', 'Zul', '--json'], { now: new Date(2022, 10, 9, 7, 55) });
    expect(today.code).toBe(0);
    expect(today.json<Rec[]>()[0]).toMatchObject({ date: '2022-11-09', day: 3 });
    const later = await run(['checkin', 'Zul'], { now: new Date(2022, 11, 1, 9, 0) });
    expect(later.code).toBe(2);
    expect(later.stderr).toContain('--day');
    expect(later.stderr).toContain('2022-12-01');
    const wrongDate = await run(['checkin', 'Zul', '--date', '2022-11-10']);
    expect(wrongDate.code).toBe(2);
    expect(wrongDate.stderr).toContain('not a workshop day');
    const both = await run(['checkin', 'Zul', '--date', '2022-11-07', '--day', '1']);
    expect(both.code).toBe(2);
  });

  it('finds people by number, NIP written with spaces, and unique name fragment', async () => {
    const { run } = await workshopWithPeople();
    const result = await run(['checkin', '2', '19680412 199303 1 004', 'fauzi', '--day', '1', '--json']);
    expect(result.code).toBe(0);
    expect(result.json<Rec[]>().map((r) => r.participant.no)).toEqual([2, 1, 4]);
  });

  it('checking in twice changes nothing and writes no second audit entry', async () => {
    const { run, file } = await workshopWithPeople();
    const first = await run(['checkin', '1', '--day', '1', '--json'], { now: new Date(2022, 10, 7, 8, 0) });
    const auditAfterFirst = attendanceAudit(file);
    expect(auditAfterFirst).toBe(1);
    const second = await run(['checkin', '1', '--day', '1', '--json'], { now: new Date(2022, 10, 7, 9, 30) });
    expect(second.code).toBe(0);
    expect(second.json()).toEqual(first.json());
    expect(attendanceAudit(file)).toBe(auditAfterFirst);
    const human = await run(['checkin', '1', '--day', '1']);
    expect(human.stderr).toContain('already recorded present');
  });

  it('excused needs --note, represented needs --representative, and a new status updates the row', async () => {
    const { run, file } = await workshopWithPeople();
    const noNote = await run(['checkin', '4', '--day', '1', '--status', 'excused']);
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toContain('--note');
    const noDeputy = await run(['checkin', '4', '--day', '1', '--status', 'represented']);
    expect(noDeputy.code).toBe(2);
    expect(noDeputy.stderr).toContain('--representative');
    expect(query(file, 'SELECT * FROM attendance')).toEqual([]);

    const excused = await run(['checkin', '4', '--day', '1', '--status', 'excused', '--note', 'sakit', '--json']);
    expect(excused.json<Rec[]>()[0]).toMatchObject({ status: 'excused', note: 'sakit', representative: null, checked_in_at: null });
    const represented = await run(['checkin', '4', '--day', '1', '--representative', 'Rina Marpaung, S.Kep', '--json']);
    expect(represented.json<Rec[]>()[0]).toMatchObject({ status: 'represented', note: null, representative: 'Rina Marpaung, S.Kep' });
    const present = await run(['checkin', '4', '--day', '1', '--json']);
    expect(present.json<Rec[]>()[0]).toMatchObject({ status: 'present', note: null, representative: null });
    expect(query(file, 'SELECT COUNT(*) AS n FROM attendance')).toEqual([{ n: 1 }]);
    expect(attendanceAudit(file)).toBe(3);
    const bad = await run(['checkin', '4', '--day', '1', '--status', 'late']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('present, excused, represented');
  });

  it('--at sets the arrival time on that day; a malformed time exits 2', async () => {
    const { run } = await workshopWithPeople();
    const result = await run(['checkin', '1', '--day', '3', '--at', '07:45', '--json'], { now: new Date(2022, 11, 1) });
    expect(result.json<Rec[]>()[0]!.checked_in_at).toBe(new Date(2022, 10, 9, 7, 45).toISOString());
    const bad = await run(['checkin', '1', '--day', '3', '--at', '7:75']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--at');
  });

  it('--undo removes that day only', async () => {
    const { run, file } = await workshopWithPeople();
    await run(['checkin', '1', '--day', '1']);
    await run(['checkin', '1', '--day', '2']);
    const undo = await run(['checkin', '1', '--day', '1', '--undo', '--json']);
    expect(undo.code).toBe(0);
    expect(undo.json<Rec[]>()[0]).toMatchObject({ participant: { no: 1 }, date: '2022-11-07', status: null });
    expect(query(file, 'SELECT date FROM attendance')).toEqual([{ date: '2022-11-08' }]);
    const again = await run(['checkin', '1', '--day', '1', '--undo']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('nothing removed');
    expect((await run(['checkin', '1', '--day', '1', '--undo', '--status', 'excused'])).code).toBe(2);
    const noWho = await run(['checkin', '--day', '2', '--undo'], { stdinIsTTY: true, stdoutIsTTY: true });
    expect(noWho.code).toBe(2);
    expect(noWho.stderr).toContain('--undo needs <who>');
    expect(query(file, 'SELECT date FROM attendance')).toEqual([{ date: '2022-11-08' }]);
  });

  it('several people are one transaction: one unknown person exits 3 and nobody is written', async () => {
    const { run, file } = await workshopWithPeople();
    const result = await run(['checkin', '1', '2', 'Nobody Here', '--day', '1']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Nobody Here');
    expect(query(file, 'SELECT * FROM attendance')).toEqual([]);
  });

  it('an ambiguous name exits 2 listing the matches', async () => {
    const { run, file } = await workshopWithPeople();
    const result = await run(['checkin', 'sari', '--day', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Sari Dewi Lubis');
    expect(result.stderr).toContain('Sari Rahmawati');
    expect(query(file, 'SELECT * FROM attendance')).toEqual([]);
  });

  it('without <who> and without a terminal exits 2 naming <who>', async () => {
    const { run } = await workshopWithPeople();
    const result = await run(['checkin', '--day', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<who>');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints "✓ Name — OPD — day 2" (hari ke-2 in Indonesian) on stderr and nothing on stdout', async () => {
    const { run } = await workshopWithPeople();
    const en = await run(['checkin', '1', '--day', '2']);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe('✓ Drs. H. Zul Abdiman, M.Si — Bappeda — day 2\n');
    const id = await run(['checkin', '2', '--day', '2', '--lang', 'id']);
    expect(id.stderr).toBe('✓ Sari Dewi Lubis, S.Kom — Diskominfo — hari ke-2\n');
  });
});

describe('checkin loop', () => {
  const tty = { stdinIsTTY: true, stdoutIsTTY: true, now: DAY2_MORNING };

  it('checks people in one by one, picks among several matches, registers a walk-in, ends on an empty line', async () => {
    const { run, file } = await workshopWithPeople();
    const result = await run(['checkin'], {
      ...tty,
      answers: [
        { match: 'Name, NIP or number', answer: 'zul' },
        { match: 'Name, NIP or number', answer: 'sari' },
        { match: 'Several participants match "sari"', answer: 3 },
        { match: 'Name, NIP or number', answer: '197501052000122003' },
        { match: 'Name, NIP or number', answer: 'Budi Santoso' },
        { match: 'Register a walk-in', answer: true },
        { match: 'Full name', answer: 'Budi Santoso, S.T.' },
        { match: 'Unit', answer: 'dinkes' },
        { match: 'Position', answer: 'Staf Teknis' },
        { match: 'Name, NIP or number', answer: 'zul' },
        { match: 'Name, NIP or number', answer: '' },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('✓ Drs. H. Zul Abdiman, M.Si — Bappeda — day 2');
    expect(result.stderr).toContain('✓ Sari Rahmawati, S.E. — Dinkes — day 2');
    expect(result.stderr).toContain('✓ Sari Dewi Lubis, S.Kom — Diskominfo — day 2');
    expect(result.stderr).toContain('registered as participant no. 5');
    expect(result.stderr).toContain('✓ Budi Santoso, S.T. — Dinkes — day 2');
    expect(result.stderr).toContain('already recorded present');
    expect(result.stderr).toContain('4 checked in on day 2');
    const rows = query<{ no: number; how: string; date: string }>(
      file,
      'SELECT p.no, a.how, a.date FROM attendance a JOIN participant p ON p.id = a.participant_id ORDER BY p.no',
    );
    expect(rows).toEqual([
      { no: 1, how: 'manual', date: '2022-11-08' },
      { no: 2, how: 'scan', date: '2022-11-08' },
      { no: 3, how: 'manual', date: '2022-11-08' },
      { no: 5, how: 'manual', date: '2022-11-08' },
    ]);
    const walkIn = (await run(['participant', 'show', '5', '--json'])).json<{ name: string; unit: { short_name: string }; position: string }>();
    expect(walkIn).toMatchObject({ name: 'Budi Santoso, S.T.', unit: { short_name: 'Dinkes' }, position: 'Staf Teknis' });
  });

  it('declining a walk-in or picking none records nothing for that line', async () => {
    const { run, file } = await workshopWithPeople();
    const result = await run(['checkin', '--day', '1'], {
      ...tty,
      answers: [
        { match: 'Name, NIP or number', answer: 'Nobody' },
        { match: 'Register a walk-in', answer: false },
        { match: 'Name, NIP or number', answer: 'sari' },
        { match: 'pick one', answer: 0 },
        { match: 'Name, NIP or number', answer: '' },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('0 checked in on day 1');
    expect(query(file, 'SELECT * FROM attendance')).toEqual([]);
    expect(query(file, 'SELECT COUNT(*) AS n FROM participant')).toEqual([{ n: 4 }]);
  });

  it('asks again for an ambiguous unit, creates a new one, and prints the records with --json', async () => {
    const { run } = await workshopWithPeople();
    const result = await run(['checkin', '--day', '3', '--json'], {
      ...tty,
      answers: [
        { match: 'Name, NIP or number', answer: '99' },
        { match: 'Register a walk-in', answer: true },
        { match: 'Full name', answer: 'Lestari Ningsih, S.Par' },
        { match: 'Unit', answer: 'dinas' },
        { match: 'Unit', answer: 'Dinas Pariwisata' },
        { match: 'Position', answer: '' },
        { match: 'Name, NIP or number', answer: '' },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: .*dinas.*Diskominfo.*Dinkes|warning: .*dinas.*Dinkes.*Diskominfo/);
    expect(result.stderr).toContain('new unit created: Dinas Pariwisata');
    expect(result.json()).toEqual([
      expect.objectContaining({
        participant: { no: 5, name: 'Lestari Ningsih, S.Par' },
        unit: expect.objectContaining({ name: 'Dinas Pariwisata', short_name: null }) as unknown,
        date: '2022-11-09',
        day: 3,
        status: 'present',
      }),
    ]);
  });

  it('records each person the moment Enter is pressed, even when the loop later fails', async () => {
    const { run, file } = await workshopWithPeople();
    // The script runs out after the first person: the prompter throws, as a crashed terminal would.
    const result = await run(['checkin', '--day', '1'], { ...tty, answers: [{ match: 'Name, NIP or number', answer: '1' }] });
    expect(result.code).not.toBe(0);
    expect(query(file, 'SELECT date FROM attendance')).toEqual([{ date: '2022-11-07' }]);
  });
});
