import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RunResult, demoWorkshop, newWorkshop, ok, runCli, tempDir } from '../helpers/run-cli.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface MergeJson {
  dry_run: boolean;
  total: number;
  audit_entries: number;
  counts: Record<string, { added: number; updated: number }>;
  changes: { table: string; action: string; no: number | null; label: string | null; fields: string[] }[];
}

/**
 * One workshop prepared on the registration laptop on day 1, then copied to a second laptop; on day 2 each
 * laptop checks in different people, adds an idea and reports progress on a different commitment.
 */
async function twoLaptops() {
  const w = await newWorkshop();
  const day1 = { now: '2022-11-07T01:00:00.000Z' };
  const run = (argv: string[], now: string) => w.run(argv, { now });
  ok(await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'], day1));
  ok(await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda'], day1));
  const people = [
    ['--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '196804121993031004', '--unit', 'Bappeda'],
    ['--name', 'dr. Rahmawati Siregar', '--nip', '198502142010012003', '--unit', 'Dinkes'],
    ['--name', 'Ir. Bonar Simanjuntak', '--nip', '197001011995031002', '--unit', 'Bappeda'],
    ['--name', 'Nurhalimah, S.Sos', '--nip', '197905052005012004', '--unit', 'Dinkes'],
  ];
  for (const p of people) ok(await w.run(['participant', 'add', ...p, '--phone', '081234567890'], day1));
  ok(await w.run(['checkin', '1', '2', '3', '4', '--day', '1'], day1));
  ok(await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital'], day1));
  ok(await w.run(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Uji coba Posyandu digital', '--due', '2022-12-31'], day1));
  ok(await w.run(['commitment', 'add', '--unit', 'Bappeda', '--action', 'Susun peta jalan inovasi', '--due', '2023-01-31'], day1));

  const b = join(w.dir, 'laptop-b.innolab');
  copyFileSync(w.file, b);
  const runB = (argv: string[], now: string) => runCli(['-f', b, ...argv], { cwd: w.dir, now });

  // Laptop A (the registration desk): morning check-ins, an idea, progress on commitment 1.
  ok(await run(['checkin', '1', '2', '--day', '2'], '2022-11-08T01:00:00.000Z'));
  ok(await run(['idea', 'add', '--unit', 'Bappeda', '--title', 'Satu data perencanaan'], '2022-11-08T02:00:00.000Z'));
  ok(await run(['commitment', 'update', '1', '--progress', '30', '--note', 'SK tim terbit', '--date', '2022-11-08'], '2022-11-08T03:00:00.000Z'));
  ok(await run(['participant', 'edit', '3', '--position', 'Sekretaris Bappeda'], '2022-11-08T04:00:00.000Z'));
  // Laptop B (a breakout room): late arrivals, a walk-in, another idea, progress on commitment 2.
  ok(await runB(['checkin', '3', '--day', '2'], '2022-11-08T01:30:00.000Z'));
  ok(await runB(['checkin', '4', '--day', '2', '--status', 'excused', '--note', 'tugas luar'], '2022-11-08T01:40:00.000Z'));
  ok(await runB(['participant', 'add', '--name', 'Siti Aminah, S.Kom', '--unit', 'Dinkes', '--email', 'siti@tanjungbalaikota.go.id'], '2022-11-08T01:50:00.000Z'));
  ok(await runB(['checkin', '5', '--day', '2'], '2022-11-08T01:55:00.000Z'));
  ok(await runB(['idea', 'add', '--unit', 'Dinkes', '--title', 'Antrean puskesmas daring'], '2022-11-08T02:30:00.000Z'));
  ok(await runB(['commitment', 'update', '2', '--progress', '20', '--note', 'Rapat awal', '--date', '2022-11-08'], '2022-11-08T03:30:00.000Z'));
  // Both laptops changed Bonar's position; B's change is the later one.
  ok(await runB(['participant', 'edit', '3', '--position', 'Kepala Bidang Litbang'], '2022-11-08T05:00:00.000Z'));
  return { w, b, runA: run, runB };
}

/** Every table as `export --format json` writes it; an attendance row names its person as {no, name}. */
async function snapshot(run: (argv: string[], now: string) => Promise<RunResult>) {
  const r = ok(await run(['export', '--format', 'json'], '2022-11-09T00:00:00.000Z'));
  return r.json<Record<string, (Record<string, unknown> & { participant?: { no: number; name: string } })[]>>();
}

describe('merge', () => {
  it('brings in what the other laptop added, once, and merging again changes nothing', async () => {
    const { w, b, runA } = await twoLaptops();
    const otherHash = sha(b);

    const dry = ok(await runA(['merge', b, '--dry-run', '--json'], '2022-11-09T01:00:00.000Z')).json<MergeJson>();
    expect(dry.dry_run).toBe(true);
    const before = await snapshot(runA);
    const first = ok(await runA(['merge', b, '--json'], '2022-11-09T01:00:00.000Z')).json<MergeJson>();
    expect({ ...first, dry_run: true }).toEqual(dry);
    expect(first.counts.participants).toEqual({ added: 1, updated: 1, removed: 0 });
    expect(first.counts.attendance).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(first.counts.ideas).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(first.counts.commitments).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(first.counts.commitment_updates).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(first.audit_entries).toBeGreaterThan(0);
    expect(before.participants!.length).toBe(4);

    const after = await snapshot(runA);
    // Everyone's check-ins from both laptops, each person once per day.
    const day2 = after.attendance!.filter((a) => a.date === '2022-11-08').map((a) => [a.participant?.no, a.status]);
    expect(day2).toEqual([
      [1, 'present'],
      [2, 'present'],
      [3, 'present'],
      [4, 'excused'],
      [5, 'present'],
    ]);
    // Numbers people already know stay; what came from B gets the next free number here.
    expect(after.ideas!.map((i) => [i.no, i.title])).toEqual([
      [1, 'Posyandu digital'],
      [2, 'Satu data perencanaan'],
      [3, 'Antrean puskesmas daring'],
    ]);
    expect(after.participants!.map((p) => [p.no, p.name])).toContainEqual([5, 'Siti Aminah, S.Kom']);
    expect(after.commitments!.map((c) => [c.no, c.progress, c.status])).toEqual([
      [1, 30, 'in-progress'],
      [2, 20, 'in-progress'],
    ]);
    // The later change of the same field wins; the audit log names the field, never its values.
    expect(after.participants!.find((p) => p.no === 3)!.position).toBe('Kepala Bidang Litbang');
    const log = ok(await runA(['log', '--json', '--limit', '500'], '2022-11-09T02:00:00.000Z')).json<{ action: string; detail: string | null; fields: string[] }[]>();
    const kept = log.filter((e) => e.action === 'merge' && e.fields.includes('position'));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.detail).toContain('position');
    expect(JSON.stringify(log)).not.toContain('Sekretaris Bappeda');

    const again = ok(await runA(['merge', b, '--json'], '2022-11-09T03:00:00.000Z')).json<MergeJson>();
    expect(again.total).toBe(0);
    expect(again.audit_entries).toBe(0);
    expect(await snapshot(runA)).toEqual(after);
    const human = ok(await runA(['merge', b, '--lang', 'en'], '2022-11-09T03:00:00.000Z'));
    expect(human.stderr).toContain('nothing new');
    // The other copy is only read.
    expect(sha(b)).toBe(otherHash);
    expect(w.file).not.toBe(b);
  });

  it('gives both laptops the same data whichever way they merge', async () => {
    const { w, b, runA, runB } = await twoLaptops();
    ok(await runB(['merge', w.file], '2022-11-09T01:00:00.000Z'));
    ok(await runA(['merge', b], '2022-11-09T01:00:00.000Z'));
    const a = await snapshot(runA);
    const bb = await snapshot(runB);
    const people = (s: typeof a) => s.participants!.map((p) => [p.uuid, p.name, p.position, p.phone]).sort();
    expect(people(bb)).toEqual(people(a));
    const days = (s: typeof a) => s.attendance!.map((x) => [x.participant_uuid, x.date, x.status]).sort();
    expect(days(bb)).toEqual(days(a));
    const ideas = (s: typeof a) => s.ideas!.map((i) => [i.uuid, i.title]).sort();
    expect(ideas(bb)).toEqual(ideas(a));
    // B numbered its own idea 2 and A's idea 3: each laptop keeps the numbers it already used.
    expect(bb.ideas!.map((i) => [i.no, i.title])).toEqual([
      [1, 'Posyandu digital'],
      [2, 'Antrean puskesmas daring'],
      [3, 'Satu data perencanaan'],
    ]);
    const history = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare('SELECT uuid FROM commitment_update ORDER BY uuid').pluck().all() as string[]).join();
      } finally {
        db.close();
      }
    };
    expect(history(b)).toBe(history(w.file));
    expect(history(w.file).split(',')).toHaveLength(2);
  });

  it('writes nothing with --dry-run and lists what would change', async () => {
    const { runA, b } = await twoLaptops();
    const before = await snapshot(runA);
    const r = ok(await runA(['merge', b, '--dry-run', '--lang', 'en'], '2022-11-09T01:00:00.000Z'));
    expect(r.stderr).toContain('dry run');
    // Piped: tab-separated rows under a header line a reader can name them by.
    expect(r.stdout.split('\n')[0]).toBe('Table\tAdded\tUpdated\tRemoved');
    expect(r.stdout).toMatch(/participants\t1\t1\t0/);
    expect(await snapshot(runA)).toEqual(before);
    const second = ok(await runA(['merge', b, '--json'], '2022-11-09T01:00:00.000Z')).json<MergeJson>();
    expect(second.total).toBeGreaterThan(0);
  });

  it('keeps the later of two changes to a phone, logs which field without its values, and does not bring back what was removed here', async () => {
    const { runA, runB, b } = await twoLaptops();
    ok(await runB(['participant', 'edit', '1', '--phone', '081399998888'], '2022-11-08T06:00:00.000Z'));
    ok(await runA(['participant', 'edit', '1', '--phone', '081277776666'], '2022-11-08T07:00:00.000Z'));
    // A removes a participant B still has (with B's check-ins of day 2).
    ok(await runA(['participant', 'remove', '4', '--force', '--yes'], '2022-11-08T08:00:00.000Z'));
    // A takes back a day-1 check-in made before the copy; B's copy still has it.
    ok(await runA(['checkin', '2', '--day', '1', '--undo'], '2022-11-08T08:10:00.000Z'));
    const r = ok(await runA(['merge', b, '--json'], '2022-11-09T01:00:00.000Z')).json<MergeJson>();
    expect(r.counts.attendance!.added).toBe(2);
    const after = await snapshot(runA);
    expect(after.participants!.find((p) => p.no === 1)!.phone).toBe('081277776666');
    expect(after.participants!.map((p) => p.name)).not.toContain('Nurhalimah, S.Sos');
    expect(after.attendance!.filter((a) => a.participant?.name === 'Nurhalimah, S.Sos')).toEqual([]);
    expect(after.attendance!.filter((a) => a.participant?.no === 2).map((a) => a.date)).toEqual(['2022-11-08']);
    const log = ok(await runA(['log', '--json', '--limit', '1000'], '2022-11-09T02:00:00.000Z')).json<{ action: string; detail: string | null; fields: string[] }[]>();
    const phone = log.filter((e) => e.action === 'merge' && e.fields.includes('phone'));
    expect(phone).toHaveLength(1);
    expect(JSON.stringify(log)).not.toContain('081399998888');
    expect(ok(await runA(['merge', b, '--json'], '2022-11-09T03:00:00.000Z')).json<MergeJson>().total).toBe(0);
  });

  it('takes each field from the copy that changed it, even when the other copy changed the row later', async () => {
    const { runA, runB, b } = await twoLaptops();
    ok(await runB(['idea', 'edit', '1', '--problem', 'Antrean posyandu panjang'], '2022-11-08T11:00:00.000Z'));
    ok(await runA(['idea', 'edit', '1', '--title', 'Posyandu digital terpadu'], '2022-11-08T12:00:00.000Z'));
    const r = ok(await runA(['merge', b, '--json'], '2022-11-09T01:00:00.000Z')).json<MergeJson>();
    expect(r.changes.filter((c) => c.table === 'ideas' && c.action === 'updated').map((c) => c.fields)).toEqual([['problem']]);
    const idea = ok(await runA(['idea', 'show', '1', '--json'], '2022-11-09T02:00:00.000Z')).json<{ title: string; problem: string }>();
    expect(idea).toMatchObject({ title: 'Posyandu digital terpadu', problem: 'Antrean posyandu panjang' });
    // And the same the other way round.
    ok(await runB(['merge', join(b, '..', 'w.innolab')], '2022-11-09T01:00:00.000Z'));
    const onB = ok(await runB(['idea', 'show', '1', '--json'], '2022-11-09T02:00:00.000Z')).json<{ title: string; problem: string }>();
    expect(onB).toMatchObject({ title: 'Posyandu digital terpadu', problem: 'Antrean posyandu panjang' });
  });

  it('merges two copies of the sample workshop, each with its own check-ins, ideas and progress reports', async () => {
    const dir = tempDir();
    const a = await demoWorkshop(dir, '2022-11-09T09:00:00.000Z');
    const b = join(dir, 'meja-2.innolab');
    copyFileSync(a, b);
    const runA = (argv: string[], now: string) => runCli(['-f', a, ...argv], { cwd: dir, now });
    const runB = (argv: string[], now: string) => runCli(['-f', b, ...argv], { cwd: dir, now });
    const absent = ok(await runA(['attendance', 'list', '--day', '3', '--absent', '--json'], '2022-11-09T09:30:00.000Z')).json<{ participant: { no: number } }[]>();
    const open = ok(await runA(['commitment', 'list', '--json'], '2022-11-09T09:30:00.000Z'))
      .json<{ no: number; status: string }[]>()
      .filter((c) => c.status === 'planned' || c.status === 'in-progress');
    expect(absent.length).toBeGreaterThanOrEqual(2);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [late1, late2] = [absent[0]!.participant.no, absent[1]!.participant.no];
    const [rtl1, rtl2] = [open[0]!.no, open[1]!.no];
    const before = await snapshot((argv) => runA(argv, '2022-11-09T09:30:00.000Z'));

    ok(await runA(['checkin', String(late1), '--day', '3', '--at', '10:15'], '2022-11-09T10:15:00.000Z'));
    ok(await runA(['idea', 'add', '--unit', 'Dinkes', '--title', 'Telemedisin puskesmas'], '2022-11-09T10:20:00.000Z'));
    ok(await runA(['commitment', 'update', String(rtl1), '--progress', '60', '--note', 'Laporan meja 1', '--date', '2022-11-09'], '2022-11-09T10:30:00.000Z'));
    ok(await runB(['checkin', String(late2), '--day', '3', '--status', 'excused', '--note', 'dinas luar'], '2022-11-09T10:40:00.000Z'));
    ok(await runB(['idea', 'add', '--unit', 'Diskominfo', '--title', 'Satu peta data kota'], '2022-11-09T10:45:00.000Z'));
    ok(await runB(['commitment', 'update', String(rtl2), '--progress', '30', '--note', 'Laporan meja 2', '--date', '2022-11-09'], '2022-11-09T10:50:00.000Z'));

    const merged = ok(await runA(['merge', b, '--json'], '2022-11-09T12:00:00.000Z')).json<MergeJson>();
    expect(merged.counts).toMatchObject({
      attendance: { added: 1, updated: 0 },
      ideas: { added: 1, updated: 0 },
      commitments: { added: 0, updated: 1 },
      commitment_updates: { added: 1, updated: 0 },
      participants: { added: 0, updated: 0 },
    });
    const after = await snapshot((argv) => runA(argv, '2022-11-09T12:30:00.000Z'));
    expect(after.attendance!.length).toBe(before.attendance!.length + 2);
    const day3 = (no: number) => after.attendance!.filter((x) => x.participant?.no === no && x.date === '2022-11-09').map((x) => x.status);
    expect(day3(late1)).toEqual(['present']);
    expect(day3(late2)).toEqual(['excused']);
    const titles = after.ideas!.map((i) => i.title);
    expect(titles.filter((t) => t === 'Telemedisin puskesmas' || t === 'Satu peta data kota')).toHaveLength(2);
    expect(after.ideas!.length).toBe(before.ideas!.length + 2);
    const notes = async (no: number) =>
      ok(await runA(['commitment', 'show', String(no), '--json'], '2022-11-09T12:30:00.000Z')).json<{ progress: number; updates: { note: string | null }[] }>();
    expect((await notes(rtl1)).updates.filter((u) => u.note === 'Laporan meja 1')).toHaveLength(1);
    expect(await notes(rtl2)).toMatchObject({ progress: 30 });
    expect((await notes(rtl2)).updates.filter((u) => u.note === 'Laporan meja 2')).toHaveLength(1);

    const again = ok(await runA(['merge', b, '--json'], '2022-11-09T13:00:00.000Z')).json<MergeJson>();
    expect([again.total, again.audit_entries]).toEqual([0, 0]);
    expect(await snapshot((argv) => runA(argv, '2022-11-09T12:30:00.000Z'))).toEqual(after);
  });

  it('someone registered on both copies without a NIP is one person after the merge (same e-mail, any case)', async () => {
    const w = await newWorkshop();
    const b = join(w.dir, 'laptop-b.innolab');
    copyFileSync(w.file, b);
    const day2 = { now: '2022-11-08T01:00:00.000Z' };
    ok(await w.run(['participant', 'add', '--name', 'Siti Aminah', '--email', 'siti@tanjungbalaikota.go.id'], day2));
    ok(await w.run(['participant', 'add', '--name', 'Budi', '--email', 'budi@tanjungbalaikota.go.id', '--nip', '196804121993031004'], day2));
    ok(await runCli(['-f', b, 'participant', 'add', '--name', 'Siti Aminah, S.Kom', '--email', 'SITI@tanjungbalaikota.go.id'], { cwd: w.dir, ...day2 }));
    ok(await runCli(['-f', b, 'participant', 'add', '--name', 'Budi Santoso', '--email', 'budi@tanjungbalaikota.go.id'], { cwd: w.dir, ...day2 }));
    ok(await w.run(['merge', b], { now: '2022-11-09T01:00:00.000Z' }));
    const people = ok(await w.run(['participant', 'list', '--json'])).json<{ name: string; email: string }[]>();
    // Siti: the same person. Budi has a NIP here and the other copy's Budi has none: the same e-mail makes
    // them one person (README "Identity rules"), with the NIP.
    expect(people.map((p) => p.email).sort()).toEqual(['budi@tanjungbalaikota.go.id', 'siti@tanjungbalaikota.go.id']);
  });

  it('refuses a different workshop with exit 4, and a missing file with exit 3', async () => {
    const a = await newWorkshop();
    const other = await newWorkshop();
    const r = await a.run(['merge', other.file]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: .*UUID/m);
    expect((await a.run(['merge', join(a.dir, 'nope.innolab')])).code).toBe(3);
    expect((await a.run(['merge', a.file])).code).toBe(2);
  });

  it('refuses, without touching it, a copy with another schema version or a file that is not a workshop', async () => {
    const a = await newWorkshop();
    const old = join(a.dir, 'old.innolab');
    copyFileSync(a.file, old);
    const db = new Database(old);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 1');
    db.close();
    const hash = sha(old);
    const r = await a.run(['merge', old, '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`innolab -f ${old} check`);
    expect(sha(old)).toBe(hash);
    const notes = join(a.dir, 'notes.innolab');
    writeFileSync(notes, 'not a database');
    expect((await a.run(['merge', notes])).code).toBe(1);
  });
});
