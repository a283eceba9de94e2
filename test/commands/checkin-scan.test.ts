// checkin --scan: codes on stdin, one a line, as a USB scanner types them or a phone app saved them.
import { randomUUID } from 'node:crypto';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { badgeCode } from '../../src/domain/badge-code.js';
import { defs } from '../schemas/records.js';
import { query } from '../helpers/read-file.js';
import { DAY2_MORNING, attendanceAudit, workshopWithPeople } from './checkin-setup.js';

interface ScanLine {
  result: string;
  code: string;
  attendance: {
    participant: { no: number; name: string };
    date: string;
    day: number;
    status: string;
    how: string;
  } | null;
}

const validateScan = new Ajv({ allErrors: true, strict: false }).compile({
  ...defs.scan,
  $defs: defs,
});

async function setup() {
  const w = await workshopWithPeople();
  const workshop = query<{ uuid: string }>(w.file, 'SELECT uuid FROM workshop')[0]!.uuid;
  const people = query<{ no: number; uuid: string }>(w.file, 'SELECT no, uuid FROM participant ORDER BY no');
  const code = (no: number) => badgeCode(workshop, people.find((p) => p.no === no)!.uuid);
  const scan = (lines: string[], extra: string[] = []) =>
    w.run(['checkin', '--scan', ...extra], {
      stdin: lines.join('\n') + '\n',
      now: DAY2_MORNING,
    });
  return { ...w, workshop, code, scan };
}

function jsonLines(stdout: string): ScanLine[] {
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ScanLine);
  for (const line of lines) expect(validateScan(line), JSON.stringify(validateScan.errors)).toBe(true);
  return lines;
}

describe('checkin --scan', () => {
  it("--json: one object per scanned line; a badge checks its person in on today's workshop day, by scan", async () => {
    const { scan, code, file } = await setup();
    const r = await scan([code(1), code(3)], ['--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.result, l.attendance?.participant.no, l.attendance?.day, l.attendance?.how])).toEqual([
      ['checked_in', 1, 2, 'scan'],
      ['checked_in', 3, 2, 'scan'],
    ]);
    expect(lines[0]!.code).toBe(code(1));
    expect(query(file, "SELECT COUNT(*) AS n FROM attendance WHERE date = '2022-11-08' AND how = 'scan'")).toEqual([{ n: 2 }]);
    expect(r.stderr).toContain('2 checked in');
  });

  it('says apart an unknown code, a damaged one, a badge of another workshop, and a person already checked in today (not recorded twice)', async () => {
    const { run, scan, code, workshop, file } = await setup();
    expect((await run(['checkin', '2'], { now: DAY2_MORNING })).code).toBe(0);
    const audit = attendanceAudit(file);
    const r = await scan([code(2), badgeCode(workshop, randomUUID()), badgeCode(randomUUID(), randomUUID()), 'INNOLAB:0B7C', 'hello'], ['--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.result, l.attendance?.participant.no ?? null])).toEqual([
      ['already', 2],
      ['unknown', null],
      ['other_workshop', null],
      ['damaged', null],
      ['unknown', null],
    ]);
    expect(attendanceAudit(file)).toBe(audit);
  });

  it('a double read within a few seconds is one check-in; the number, a NIP or a uuid typed at the desk work too', async () => {
    const { scan, code, file } = await setup();
    const uuid4 = query<{ uuid: string }>(file, 'SELECT uuid FROM participant WHERE no = 4')[0]!.uuid;
    const r = await scan([code(1), code(1), '', '2', '197501052000122003', uuid4], ['--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.result, l.attendance?.participant.no])).toEqual([
      ['checked_in', 1],
      ['duplicate', 1],
      ['checked_in', 2],
      ['duplicate', 2],
      ['checked_in', 4],
    ]);
    expect(query(file, 'SELECT COUNT(*) AS n FROM attendance')).toEqual([{ n: 3 }]);
    expect(attendanceAudit(file)).toBe(3);
  });

  it('piped without --json: one line per scan with number, name and unit; --day picks another day', async () => {
    const { scan, code } = await setup();
    const r = await scan([code(4), 'nobody'], ['--day', '3']);
    expect(r.code, r.stderr).toBe(0);
    const [first, second] = r.stdout.trim().split('\n');
    expect(first).toBe('✓ 4\tdr. Ahmad Fauzi Nasution, M.Kes\tDinkes\tPRESENT — day 3');
    expect(second).toMatch(/^✗ -\t+UNKNOWN CODE: nobody$/);
  });

  it('on a terminal: the number in block digits and the name in capitals', async () => {
    const { code, run } = await setup();
    const r = await run(['checkin', '--scan'], {
      stdin: code(1) + '\n',
      now: DAY2_MORNING,
      stdoutIsTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('DRS. H. ZUL ABDIMAN, M.SI');
    expect(r.stdout).toContain('PRESENT — day 2');
    expect(r.stdout.split('\n').filter((l) => l.includes('██'))).toHaveLength(5);
  });

  it('the check-in loop takes a scanned badge at once, without asking, and says apart a badge of another workshop', async () => {
    const { run, code, file } = await setup();
    const prompt = 'Name, NIP or number';
    const r = await run(['checkin'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      now: DAY2_MORNING,
      env: { NO_COLOR: '1' },
      answers: [
        { match: prompt, answer: code(2) },
        { match: prompt, answer: code(2) },
        { match: prompt, answer: badgeCode(randomUUID(), randomUUID()) },
        { match: prompt, answer: '' },
      ],
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('SARI DEWI LUBIS, S.KOM');
    expect(r.stderr).toContain('PRESENT — day 2');
    expect(r.stderr).toContain('double scan');
    expect(r.stderr).toContain('BADGE OF ANOTHER WORKSHOP');
    expect(r.stderr).toContain('1 checked in on day 2');
    expect(query(file, 'SELECT p.no, a.how FROM attendance a JOIN participant p ON p.id = a.participant_id')).toEqual([{ no: 2, how: 'scan' }]);
  });

  it('reads scanners that end a code with CR, files saved with CRLF and a byte-order mark', async () => {
    const { run, code } = await setup();
    const r = await run(['checkin', '--scan', '--json'], { stdin: `\ufeff${code(1)}\r\n${code(2)}\r${code(3)}\r`, now: DAY2_MORNING });
    expect(r.code, r.stderr).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.result, l.attendance?.participant.no])).toEqual([
      ['checked_in', 1],
      ['checked_in', 2],
      ['checked_in', 3],
    ]);
  });

  it('refuses <who> and --undo with --scan (exit 2)', async () => {
    const { run } = await setup();
    expect((await run(['checkin', '--scan', '1'])).code).toBe(2);
    expect((await run(['checkin', '--scan', '--undo'])).code).toBe(2);
  });
});
