// Issue 13 scenarios 1, 2, 3, 5 and 6: the same people everywhere (README "Identity rules"), numbers never
// reused, a note that never changes a status, one meaning of days present, recorded_at apart from arrival.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RunResult, newWorkshop, ok } from '../helpers/run-cli.js';

interface Person {
  no: number;
  name: string;
  nip: string | null;
  email: string | null;
}

async function people(run: (argv: string[]) => Promise<RunResult>): Promise<Person[]> {
  return ok(await run(['participant', 'list', '--json'])).json<Person[]>();
}

describe('identity (scenario 1): numbers are never reused', () => {
  it('removing the highest-numbered person does not hand the number to the next one', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Ani']));
    ok(await run(['participant', 'add', '--name', 'Budi']));
    ok(await run(['participant', 'remove', '2', '--yes']));
    const added = ok(await run(['participant', 'add', '--name', 'Citra', '--json'])).json<Person>();
    expect(added.no).toBe(3);
    // A paper that says 2 names nobody now, instead of Citra.
    expect((await run(['checkin', '2', '--day', '1'])).code).toBe(3);
  });
});

describe('identity (scenario 2): re-importing is safe for people without NIP and e-mail', () => {
  it('importing the same file twice, and the workshop’s own export, adds nobody', async () => {
    const { run, dir } = await newWorkshop(['--lang', 'en']);
    const csv = join(dir, 'walkins.csv');
    writeFileSync(csv, 'Nama,Unit\nDrs. Héndra Daulay,Dinkes\nSiti Aminah,Bappeda\nSiti Aminah,Dinkes\n');
    const first = ok(await run(['participant', 'import', csv, '--json'])).json<{ added: number }>();
    expect(first.added).toBe(3);
    const again = ok(await run(['participant', 'import', csv, '--json'])).json<{ added: number; duplicates: number }>();
    expect(again).toMatchObject({ added: 0, duplicates: 3 });
    // Titles and accents do not make another person; the same name in another unit does.
    writeFileSync(csv, 'Nama,Unit\nHendra Daulay,Dinkes\nHendra Daulay,Bappeda\n');
    expect(ok(await run(['participant', 'import', csv, '--json'])).json<{ added: number }>().added).toBe(1);

    const exportFile = join(dir, 'participants.csv');
    ok(await run(['export', '--format', 'csv', '--table', 'participants', '--out', exportFile]));
    const { run: runOther } = await newWorkshop(['--lang', 'en']);
    const into = ok(await runOther(['participant', 'import', exportFile, '--json'])).json<{ added: number }>();
    expect(into.added).toBe(4);
    expect(ok(await runOther(['participant', 'import', exportFile, '--json'])).json<{ added: number }>().added).toBe(0);
    expect(ok(await run(['participant', 'import', exportFile, '--json'])).json<{ added: number }>().added).toBe(0);
  });
});

describe('identity (scenario 3): one person stays one person', () => {
  it('a row with a NIP matches the walk-in registered with the same e-mail, and fills the NIP', async () => {
    const { run, dir } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Héndra Daulay', '--email', 'Hendra@Tanjungbalaikota.go.id']));
    expect((await people(run))[0]!.email).toBe('hendra@tanjungbalaikota.go.id');
    const csv = join(dir, 'official.csv');
    writeFileSync(csv, 'Nama,NIP,Email\nHendra Daulay S.T.,196804121993031004,HENDRA@tanjungbalaikota.go.id\n');
    const r = ok(await run(['participant', 'import', csv, '--json'])).json<{ added: number; duplicates: number }>();
    expect(r).toMatchObject({ added: 0, duplicates: 1 });
    const all = await people(run);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ no: 1, nip: '196804121993031004' });
  });

  it('participant add of a registered e-mail (any case) or NIP is exit 4 naming the person; a same name warns with the number', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Drs. Héndra Daulay', '--email', 'hendra@x.go.id', '--nip', '196804121993031004']));
    const byEmail = await run(['participant', 'add', '--name', 'Hendra', '--email', 'HENDRA@X.GO.ID']);
    expect(byEmail.code).toBe(4);
    expect(byEmail.stderr).toContain('1. Drs. Héndra Daulay');
    const byNip = await run(['participant', 'add', '--name', 'Hendra', '--nip', '19680412 199303 1 004']);
    expect(byNip.code).toBe(4);
    expect(byNip.stderr).toContain('1. Drs. Héndra Daulay');
    const byName = ok(await run(['participant', 'add', '--name', 'Hendra Daulay, S.T.']));
    expect(byName.stderr).toContain('did you mean 1. Drs. Héndra Daulay');
    expect(await people(run)).toHaveLength(2);
  });

  it('participant show with a typo suggests the name', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'dr. Rahmawati Siregar']));
    const r = await run(['participant', 'show', 'sireger']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('did you mean 1. dr. Rahmawati Siregar');
  });
});

describe('attendance (scenarios 5 and 6)', () => {
  it('a note alone never changes a status', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Ani']));
    ok(await run(['checkin', '1', '--day', '2', '--status', 'excused', '--note', 'sakit']));
    const noted = ok(await run(['checkin', '1', '--day', '2', '--note', 'dinas luar kota', '--json'])).json<{ status: string; note: string }[]>();
    expect(noted[0]).toMatchObject({ status: 'excused', note: 'dinas luar kota' });
  });

  it('participant show counts a represented day as attendance summary does', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Ani']));
    ok(await run(['checkin', '1', '--day', '1']));
    ok(await run(['checkin', '1', '--day', '2', '--representative', 'Budi']));
    const shown = ok(await run(['participant', 'show', '1', '--json'])).json<{ days_present: number }>();
    const summary = ok(await run(['attendance', 'summary', '--json'])).json<{ participants: { days_present: number }[] }>();
    expect(shown.days_present).toBe(2);
    expect(summary.participants[0]!.days_present).toBe(2);
  });

  it('a check-in entered afterwards for day 1 has no arrival time unless --at gives one; recorded_at keeps when it was entered', async () => {
    const { run, file } = await newWorkshop(['--lang', 'en']);
    ok(await run(['participant', 'add', '--name', 'Ani']));
    ok(await run(['participant', 'add', '--name', 'Budi']));
    const later = { now: '2022-11-09T03:00:00.000Z' };
    const late = ok(await run(['checkin', '1', '--day', '1', '--json'], later)).json<{ checked_in_at: string | null }[]>();
    expect(late[0]!.checked_in_at).toBeNull();
    const at = ok(await run(['checkin', '2', '--day', '1', '--at', '08:15', '--json'], later)).json<{ checked_in_at: string | null }[]>();
    expect(at[0]!.checked_in_at).not.toBeNull();
    const db = new Database(file, { readonly: true });
    const recorded = db.prepare('SELECT recorded_at FROM attendance ORDER BY id').pluck().all();
    db.close();
    expect(recorded).toEqual(['2022-11-09T03:00:00.000Z', '2022-11-09T03:00:00.000Z']);
  });
});
