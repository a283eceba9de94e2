import { describe, expect, it } from 'vitest';
import { DAY2_MORNING, workshopWithPeople } from './checkin-setup.js';

/** Day 1: 1 present, 2 present, 3 excused, 4 represented. Day 2: 1 present, 4 present. Day 3: nobody. */
async function threeDays() {
  const w = await workshopWithPeople();
  const steps = [
    ['checkin', '1', '2', '--day', '1', '--at', '07:50'],
    ['checkin', '3', '--day', '1', '--status', 'excused', '--note', 'tugas lain'],
    ['checkin', '4', '--day', '1', '--status', 'represented', '--representative', 'Rina Marpaung, S.Kep'],
    ['checkin', '1', '4', '--day', '2'],
  ];
  for (const argv of steps) {
    const r = await w.run(argv, { now: DAY2_MORNING });
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  }
  return w;
}

interface UnitRef {
  no: number;
  name: string;
  short_name: string | null;
}

interface Summary {
  participants: { participant: { no: number; name: string }; unit: UnitRef | null; days_present: number; percent: number; days: Record<string, string | null> }[];
  units: { unit: UnitRef | null; participants: number; present: number; excused: number; represented: number; absent: number; percent: number }[];
  days: { date: string; day: number; present: number; excused: number; represented: number; absent: number }[];
}

describe('attendance summary', () => {
  it('counts present and represented as attended, excused not, per person, unit and day', async () => {
    const { run } = await threeDays();
    const result = await run(['attendance', 'summary', '--json']);
    expect(result.code).toBe(0);
    const s = result.json<Summary>();
    expect(s.participants.map((p) => [p.participant.no, p.days_present, p.percent])).toEqual([
      [1, 2, 66.7],
      [2, 1, 33.3],
      [3, 0, 0],
      [4, 2, 66.7],
    ]);
    expect(s.participants[2]!.days).toEqual({ '2022-11-07': 'excused', '2022-11-08': null, '2022-11-09': null });
    expect(s.days).toEqual([
      { date: '2022-11-07', day: 1, present: 2, excused: 1, represented: 1, absent: 0 },
      { date: '2022-11-08', day: 2, present: 2, excused: 0, represented: 0, absent: 2 },
      { date: '2022-11-09', day: 3, present: 0, excused: 0, represented: 0, absent: 4 },
    ]);
    expect(s.participants[0]).toMatchObject({ participant: { no: 1, name: 'Drs. H. Zul Abdiman, M.Si' }, unit: { short_name: 'Bappeda' } });
    const dinkes = s.units.find((u) => u.unit?.name === 'Dinas Kesehatan')!;
    // Two people × three days: day 1 excused + represented, day 2 present, the rest absent.
    expect(dinkes).toEqual({ unit: { no: dinkes.unit!.no, name: 'Dinas Kesehatan', short_name: 'Dinkes' }, participants: 2, present: 1, excused: 1, represented: 1, absent: 3, percent: 33.3 });
  });

  it('prints a participant × day grid with a legend on a terminal', async () => {
    const { run } = await threeDays();
    const result = await run(['attendance', 'summary'], { stdoutIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Attendance per participant');
    expect(result.stdout).toMatch(/Drs\. H\. Zul Abdiman, M\.Si +│ Bappeda +│ P +│ P +│ - +│ +2 │ +66\.7 │/);
    expect(result.stdout).toMatch(/dr\. Ahmad Fauzi Nasution.*│ R +│ P +│ - +│/);
    expect(result.stderr).toContain('R = represented (counts as attended)');
  });
});

describe('attendance list', () => {
  it('lists who has a record on a day, with status, note and deputy', async () => {
    const { run } = await threeDays();
    const result = await run(['attendance', 'list', '--day', '1', '--json']);
    expect(result.code).toBe(0);
    const rows = result.json<{ participant: { no: number; name: string }; unit: UnitRef | null; status: string; note: string | null; representative: string | null; day: number }[]>();
    // By unit then name: Bappeda, Dinkes (Fauzi, Sari R.), Diskominfo.
    expect(rows.map((r) => [r.participant.no, r.status])).toEqual([
      [1, 'present'],
      [4, 'represented'],
      [3, 'excused'],
      [2, 'present'],
    ]);
    expect(rows.find((r) => r.participant.no === 3)).toMatchObject({ note: 'tugas lain', day: 1, unit: { name: 'Dinas Kesehatan', short_name: 'Dinkes' } });
    expect(rows.find((r) => r.participant.no === 4)).toMatchObject({ representative: 'Rina Marpaung, S.Kep' });
    const plain = await run(['attendance', 'list', '--day', '1']);
    const lines = plain.stdout.split('\n');
    const zul = lines.findIndex((l) => l.startsWith('1\t'));
    expect(lines[zul]).toBe('1\tDrs. H. Zul Abdiman, M.Si\tBappeda\tpresent\t07:50\t');
    // Piped rows come under one header line naming the columns.
    expect(lines[zul - 1]).toMatch(/^No\tName\t/);
  });

  it('--absent lists who has no record that day', async () => {
    const { run } = await threeDays();
    const result = await run(['attendance', 'list', '--day', '2', '--absent', '--json']);
    expect(result.json<{ participant: { no: number }; status: null }[]>().map((r) => [r.participant.no, r.status])).toEqual([
      [3, null],
      [2, null],
    ]);
    const none = await run(['attendance', 'list', '--day', '1', '--absent', '--json']);
    expect(none.json()).toEqual([]);
  });

  it('defaults to today during the workshop and to every day afterwards; --day 4 exits 2', async () => {
    const { run } = await threeDays();
    const today = await run(['attendance', 'list', '--json'], { now: DAY2_MORNING });
    expect(today.json<{ date: string }[]>().map((r) => r.date)).toEqual(['2022-11-08', '2022-11-08']);
    const after = await run(['attendance', 'list', '--json'], { now: new Date(2022, 11, 1) });
    expect(after.json<unknown[]>()).toHaveLength(6);
    const out = await run(['attendance', 'list', '--day', '4']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('3 days');
  });
});

describe('status dashboard', () => {
  it("shows today's attendance on a workshop day and per-day totals otherwise", async () => {
    const { run } = await threeDays();
    const today = await run(['status', '--json', '--as-of', '2022-11-08']);
    const data = today.json<{ attendance: { participants: number; today: Summary['days'][number] | null } }>();
    expect(data.attendance.participants).toBe(4);
    expect(data.attendance.today).toEqual({ date: '2022-11-08', day: 2, present: 2, excused: 0, represented: 0, absent: 2 });
    const human = await run(['status', '--as-of', '2022-11-08']);
    expect(human.stdout).toContain('Today (day 2): 2 present, 0 represented, 0 excused, 2 not yet of 4 participants');
    const after = await run(['status', '--json', '--as-of', '2022-12-01']);
    const later = after.json<{ attendance: { today: null; days: { present: number }[] } }>().attendance;
    expect(later.today).toBeNull();
    expect(later.days.map((d) => d.present)).toEqual([2, 2, 0]);
  });
});
