// `push` against a real PostgreSQL server (test/helpers/postgres.ts): no mock stands in for the database.
import { Ajv } from 'ajv';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { type TestServer, startPostgres } from '../helpers/postgres.js';
import { withDefs } from '../schemas/records.js';
import { workshopFolder } from './rollup-setup.js';

interface PushJson {
  rows_changed: number;
  schema_version: number;
  workshops: { uuid: string; changed: number; tables: Record<string, { inserted: number; updated: number; deleted: number }> }[];
}
interface RollupJson {
  totals: { participants: number; attendance: { attended: number; person_days: number }; ideas: { total: number; selected: number; implemented: number }; commitments: { total: number; by_status: { done: number }; overdue: number } };
  workshops: { uuid: string; participants: number; ideas: { total: number }; commitments: { total: number; overdue: number } }[];
  units: { names: string[]; ideas: { total: number }; participants: number; workshops: number }[];
}

let server: TestServer;
let db: pg.Client;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.url });
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
}, 60_000);

const count = async (sql: string, values: unknown[] = []) => Number((await db.query<{ n: string }>(sql, values)).rows[0]!.n);

describe('push', () => {
  it('copies 30 workshops whose views match rollup, changes 0 rows the second time, and exactly the edited rows after an edit', async () => {
    const { dir, files } = await workshopFolder(30);
    const first = await runCli(['push', dir, '--to', server.url, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).not.toContain('test-secret');
    expect(first.stderr).not.toContain('test-secret');
    const pushed = first.json<PushJson>();
    const validate = new Ajv({ strict: false }).compile(withDefs('push_result'));
    expect(validate(pushed) ? [] : validate.errors).toEqual([]);
    expect(pushed.workshops).toHaveLength(30);
    expect(pushed.schema_version).toBe(3);
    expect(pushed.rows_changed).toBeGreaterThan(1000);

    // The views and the roll-up of the same files agree (both judge overdue and days held on today).
    const rollup = (await runCli(['rollup', dir, '--as-of', today, '--json'])).json<RollupJson>();
    const v = (await db.query('SELECT SUM(participants) AS participants, SUM(attended) AS attended, SUM(person_days) AS person_days, SUM(ideas) AS ideas, SUM(ideas_selected) AS selected, SUM(ideas_implemented) AS implemented, SUM(commitments) AS commitments, SUM(commitments_done) AS done, SUM(commitments_overdue) AS overdue FROM innolab.workshop_figures')).rows[0] as Record<string, string>;
    const t = rollup.totals;
    expect(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Number(x)]))).toEqual({
      participants: t.participants,
      attended: t.attendance.attended,
      person_days: t.attendance.person_days,
      ideas: t.ideas.total,
      selected: t.ideas.selected,
      implemented: t.ideas.implemented,
      commitments: t.commitments.total,
      done: t.commitments.by_status.done,
      overdue: t.commitments.overdue,
    });
    for (const w of rollup.workshops) {
      const row = (await db.query('SELECT participants, ideas, commitments, commitments_overdue FROM innolab.workshop_figures WHERE workshop_uuid = $1', [w.uuid])).rows[0] as Record<string, string>;
      expect([row.participants, row.ideas, row.commitments, row.commitments_overdue].map(Number)).toEqual([w.participants, w.ideas.total, w.commitments.total, w.commitments.overdue]);
    }
    expect(await count('SELECT COUNT(*) AS n FROM innolab.rollup_by_unit')).toBe(rollup.units.length);
    expect(await count('SELECT SUM(ideas) AS n FROM innolab.rollup_by_unit')).toBe(t.ideas.total);
    // No contacts unless asked.
    expect(await count('SELECT COUNT(*) AS n FROM innolab.participant WHERE phone IS NOT NULL OR email IS NOT NULL')).toBe(0);

    const again = await runCli(['push', dir, '--to', server.url, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json<PushJson>().rows_changed).toBe(0);

    // One file edited: a commitment done, a person removed.
    const file = files[9]!;
    const open = (await runCli(['-f', file, 'commitment', 'list', '--status', 'planned', '--json'])).json<{ no: number }[]>();
    expect(open.length).toBeGreaterThan(0);
    expect((await runCli(['-f', file, 'commitment', 'update', String(open[0]!.no), '--status', 'done', '--progress', '100', '--date', '2025-01-01'])).code).toBe(0);
    const person = (await runCli(['-f', file, 'participant', 'show', '2', '--json'])).json<{ uuid: string; attendance: unknown[] }>();
    expect((await runCli(['-f', file, 'participant', 'remove', '2', '--yes', '--force'])).code).toBe(0);
    const edited = await runCli(['push', dir, '--to', server.url, '--json']);
    expect(edited.code, edited.stderr).toBe(0);
    const e = edited.json<PushJson>();
    const changed = e.workshops.filter((w) => w.changed > 0);
    expect(changed).toHaveLength(1);
    const tables = changed[0]!.tables;
    expect(tables.commitment).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(tables.commitment_update).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    expect(tables.participant).toEqual({ inserted: 0, updated: 0, deleted: 1 });
    expect(tables.attendance).toEqual({ inserted: 0, updated: 0, deleted: person.attendance.length });
    expect(e.rows_changed).toBe(3 + person.attendance.length);
    expect(await count('SELECT COUNT(*) AS n FROM innolab.participant WHERE uuid = $1', [person.uuid])).toBe(0);
    expect((await runCli(['push', dir, '--to', server.url, '--json'])).json<PushJson>().rows_changed).toBe(0);
  }, 180_000);

  it('pushes contacts only with --include-contacts, masks names and NIPs with --redact, and takes the URL from INNOLAB_DATABASE_URL', async () => {
    const { files } = await workshopFolder(1);
    const file = files[0]!;
    const r = await runCli(['push', file, '--include-contacts', '--json'], { env: { INNOLAB_DATABASE_URL: server.url } });
    expect(r.code, r.stderr).toBe(0);
    const uuid = r.json<PushJson>().workshops[0]!.uuid;
    expect(await count('SELECT COUNT(*) AS n FROM innolab.participant WHERE workshop_uuid = $1 AND phone IS NOT NULL', [uuid])).toBeGreaterThan(0);
    const redacted = await runCli(['push', file, '--redact', '--to', server.url, '--json']);
    expect(redacted.code, redacted.stderr).toBe(0);
    const names = (await db.query<{ name: string; phone: string | null }>('SELECT name, phone FROM innolab.participant WHERE workshop_uuid = $1 ORDER BY no', [uuid])).rows;
    expect(names[0]!.name).toMatch(/^(\p{L}\.\s?)+[\d\s]*$/u);
    expect(names.every((n) => n.phone === null)).toBe(true);
  }, 60_000);

  it('converges when two laptops push their merged copies of one workshop', async () => {
    const { dir, files } = await workshopFolder(1);
    const a = files[0]!;
    const b = join(dir, 'laptop-2.innolab');
    copyFileSync(a, b);
    expect((await runCli(['-f', a, 'participant', 'remove', '3', '--yes', '--force'])).code).toBe(0);
    expect((await runCli(['-f', b, 'participant', 'add', '--name', 'Walk-in Baru', '--no-input'])).code).toBe(0);
    expect((await runCli(['-f', a, 'merge', b])).code).toBe(0);
    expect((await runCli(['-f', b, 'merge', a])).code).toBe(0);
    expect((await runCli(['push', a, '--to', server.url, '--json'])).code).toBe(0);
    const second = await runCli(['push', b, '--to', server.url, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.json<PushJson>().rows_changed).toBe(0);
    // A removal wins: the person removed on one laptop stays removed on the server whichever copy came last.
    const uuid = second.json<PushJson>().workshops[0]!.uuid;
    const people = (await runCli(['-f', a, 'participant', 'list', '--json'])).json<unknown[]>();
    expect(await count('SELECT COUNT(*) AS n FROM innolab.participant WHERE workshop_uuid = $1', [uuid])).toBe(people.length);
    expect((await runCli(['push', a, '--to', server.url, '--json'])).json<PushJson>().rows_changed).toBe(0);
  }, 60_000);

  it('names the host of a server it cannot reach, never the password, and writes nothing', async () => {
    const { files } = await workshopFolder(1);
    const r = await runCli(['push', files[0]!, '--to', 'postgres://someone:hunter2@127.0.0.1:1/none', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('127.0.0.1:1');
    expect(r.stderr).not.toContain('hunter2');
    expect((await runCli(['push', files[0]!])).code).toBe(2);
  });
});
