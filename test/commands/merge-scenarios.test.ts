// Issue 13 scenario 4: merge carries removals and undone check-ins, ends both ways with the same records,
// keeps one coherent idea history, never fuses two people over one NIP, refuses damaged copies, and its audit
// entries name fields without their values.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { count } from '../helpers/read-file.js';
import { newWorkshop, ok, runCli } from '../helpers/run-cli.js';

async function twoCopies() {
  const w = await newWorkshop(['--lang', 'en']);
  const at = (t: string) => ({ now: `2022-11-0${t}:00.000Z` });
  ok(await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'], at('7T00:01')));
  ok(await w.run(['participant', 'add', '--name', 'Ani', '--unit', 'Dinkes', '--email', 'ani@x.go.id'], at('7T00:02')));
  ok(await w.run(['participant', 'add', '--name', 'Budi', '--unit', 'Dinkes', '--nip', '196804121993031004'], at('7T00:03')));
  ok(await w.run(['participant', 'add', '--name', 'Citra', '--unit', 'Dinkes'], at('7T00:04')));
  ok(await w.run(['checkin', '1', '2', '3', '--day', '1'], at('7T01:00')));
  ok(await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital'], at('7T02:00')));
  const b = join(w.dir, 'b.innolab');
  copyFileSync(w.file, b);
  const runA = (argv: string[], t: string) => w.run(argv, at(t));
  const runB = (argv: string[], t: string) => runCli(['-f', b, '--lang', 'en', ...argv], { cwd: w.dir, ...at(t) });
  return { w, a: w.file, b, runA, runB };
}

describe('merge (scenario 4)', () => {
  it('an undone check-in and a removed person stay gone after merging both ways, and both copies hold the same rows', async () => {
    const { a, b, runA, runB } = await twoCopies();
    ok(await runB(['checkin', '1', '--day', '1', '--undo'], '8T01:00'));
    ok(await runB(['participant', 'remove', '3', '--force', '--yes'], '8T01:10'));
    ok(await runA(['checkin', '2', '--day', '2'], '8T01:20'));
    ok(await runA(['merge', b], '8T02:00'));
    ok(await runB(['merge', a], '8T02:10'));
    for (const file of [a, b]) {
      expect(count(file, 'participant')).toBe(2);
      expect(count(file, 'attendance')).toBe(2);
    }
    const names = (await runA(['participant', 'list', '--json'], '8T03:00')).json<{ name: string }[]>().map((p) => p.name);
    expect(names).toEqual(['Ani', 'Budi']);
    // Merging again changes nothing either way.
    expect(ok(await runA(['merge', b, '--json'], '8T04:00')).json<{ total: number }>().total).toBe(0);
    expect(ok(await runB(['merge', a, '--json'], '8T04:00')).json<{ total: number }>().total).toBe(0);
  });

  it('an idea dropped on one laptop and selected on the other: one history ending in the later move, on both', async () => {
    const { a, b, runA, runB } = await twoCopies();
    ok(await runA(['idea', 'status', '1', 'dropped'], '8T01:00'));
    ok(await runB(['idea', 'status', '1', 'selected'], '8T02:00'));
    ok(await runA(['merge', b], '8T03:00'));
    ok(await runB(['merge', a], '8T03:10'));
    for (const run of [runA, runB]) {
      const idea = ok(await run(['idea', 'show', '1', '--json'], '8T04:00')).json<{ status: string; history: { from: string | null; to: string }[] }>();
      expect(idea.status).toBe('selected');
      expect(idea.history.map((h) => [h.from, h.to])).toEqual([
        [null, 'proposed'],
        ['proposed', 'dropped'],
        ['dropped', 'selected'],
      ]);
    }
  });

  it('the same NIP typed for two different people is a conflict: listed by --dry-run, refused (exit 4), settled by --prefer', async () => {
    const { w, b, runA, runB } = await twoCopies();
    ok(await runA(['participant', 'add', '--name', 'Dedi', '--nip', '197001011995031002'], '8T01:00'));
    ok(await runB(['participant', 'add', '--name', 'Eka', '--nip', '197001011995031002'], '8T01:05'));
    const dry = ok(await runA(['merge', b, '--dry-run', '--json'], '8T02:00')).json<{ conflicts: { nip: string; ours: { name: string }; theirs: { name: string } }[] }>();
    expect(dry.conflicts).toEqual([{ nip: '197001011995031002', ours: { no: 4, name: 'Dedi' }, theirs: { no: 4, name: 'Eka' } }]);
    const refused = await runA(['merge', b], '8T02:00');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('197001011995031002');
    expect(refused.stderr).toContain('--prefer');
    expect(count(w.file, 'participant')).toBe(4);
    ok(await runA(['merge', b, '--prefer', 'ours'], '8T02:10'));
    const people = ok(await runA(['participant', 'list', '--json'], '8T03:00')).json<{ name: string; nip: string | null }[]>();
    expect(people.filter((p) => ['Dedi', 'Eka'].includes(p.name)).map((p) => [p.name, p.nip])).toEqual([
      ['Dedi', '197001011995031002'],
      ['Eka', null],
    ]);
  });

  it('refuses a copy that check calls damaged (exit 1, naming the check)', async () => {
    const { b, runA } = await twoCopies();
    const db = new Database(b);
    db.pragma('foreign_keys = OFF');
    db.prepare('UPDATE attendance SET participant_id = 999 WHERE id = 1').run();
    db.close();
    const r = await runA(['merge', b], '8T02:00');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('foreign_key_check');
  });

  it('audit entries of a merge name the fields that changed, never the old or new values', async () => {
    const { b, runA, runB } = await twoCopies();
    ok(await runB(['participant', 'edit', '1', '--email', 'ani.baru@x.go.id', '--name', 'Ani Lestari'], '8T01:00'));
    ok(await runA(['participant', 'edit', '1', '--phone', '081234567890'], '8T01:30'));
    ok(await runA(['merge', b], '8T02:00'));
    const log = ok(await runA(['log', '--json', '--limit', '500'], '8T03:00')).json<{ action: string; fields: string[]; detail: string | null }[]>();
    const merges = log.filter((e) => e.action === 'merge');
    expect(merges.flatMap((e) => e.fields)).toEqual(expect.arrayContaining(['name', 'email']));
    const text = JSON.stringify(merges);
    for (const value of ['ani@x.go.id', 'ani.baru@x.go.id', 'Ani Lestari', '081234567890']) expect(text).not.toContain(value);
  });
});
