// SPEC §4: opening a file from an older innolab migrates it after copying it to <file>.bak-v<N>; the copy is
// the file as it was and opens on its own.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initial } from '../../src/store/migrations/001-initial.js';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { newWorkshop, runCli } from '../helpers/run-cli.js';

const SCHEMA_2_INDEXES = ['audit_log_at', 'idea_proposer', 'commitment_owner', 'commitment_idea', 'score_criterion'];

function indexes(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter((n) =>
    SCHEMA_2_INDEXES.includes(n),
  );
}

/** Undoes schema 6 (letterhead settings, logos and photos, unit order), then 5: a file as schema 4 left it. */
function undoSchema5(db: Database.Database): void {
  db.exec('DROP TABLE setting; DROP TABLE asset; ALTER TABLE unit DROP COLUMN position;');
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%_number_mark' OR name LIKE '%_tombstone')").pluck().all() as string[];
  for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
  db.exec('DROP TABLE number_mark; DROP TABLE tombstone; ALTER TABLE attendance DROP COLUMN recorded_at; ALTER TABLE unit DROP COLUMN partner;');
}

/** A workshop as innolab with schema 1 wrote it: schema 2's indexes undone and user_version 1. */
async function schema1Workshop() {
  const w = await newWorkshop();
  expect((await w.run(['participant', 'add', '--name', 'Drs. H. Zul Abdiman, M.Si', '--nip', '196804121993031004'])).code).toBe(0);
  const db = new Database(w.file);
  undoSchema5(db);
  for (const name of SCHEMA_2_INDEXES) db.exec(`DROP INDEX ${name}`);
  db.pragma('user_version = 1');
  db.close();
  return w;
}

describe('an older schema', () => {
  it('is copied to <file>.bak-v1, then migrated; the copy is the old file and opens', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const w = await schema1Workshop();
    const r = await w.run(['participant', 'list', '--json', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const backup = `${w.file}.bak-v1`;
    expect(r.stderr).toBe(`File upgraded to schema ${SCHEMA_VERSION}; the old copy is kept at ${backup}\n`);
    expect(r.json<{ name: string }[]>().map((p) => p.name)).toEqual(['Drs. H. Zul Abdiman, M.Si']);

    const migrated = new Database(w.file, { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(indexes(migrated)).toEqual([...SCHEMA_2_INDEXES].sort());
    expect(migrated.prepare("SELECT detail FROM audit_log WHERE action = 'migrate'").pluck().all()).toEqual([`schema 1 -> ${SCHEMA_VERSION}; backup ${backup}`]);
    migrated.close();

    // It holds the same personal data: as private as the workshop file (0600).
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    // The copy was written before the migration: still schema 1, without the new indexes, healthy.
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(indexes(copy)).toEqual([]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM participant').pluck().all()).toEqual(['Drs. H. Zul Abdiman, M.Si']);
    copy.close();

    // innolab opens the copy too (restoring it is copying it back), and a second open makes no new copy.
    const restored = join(w.dir, 'restored.innolab');
    copyFileSync(backup, restored);
    const fromCopy = await runCli(['participant', 'show', '1', '--json', '-f', restored]);
    expect(fromCopy.code, fromCopy.stderr).toBe(0);
    expect(fromCopy.json<{ nip: string }>().nip).toBe('196804121993031004');
    expect((await w.run(['participant', 'list', '--json'])).stderr).toBe('');
    expect(readdirSync(w.dir).filter((f) => f.startsWith('w.innolab.bak'))).toEqual(['w.innolab.bak-v1']);
  });

  it('keeps an earlier copy: a second migration of the same version writes .bak-v1.2', async () => {
    const w = await schema1Workshop();
    copyFileSync(w.file, `${w.file}.bak-v1`);
    expect((await w.run(['status'])).code).toBe(0);
    expect(existsSync(`${w.file}.bak-v1.2`)).toBe(true);
  });

  it('a file from a newer innolab is refused (exit 4) and left as it is', async () => {
    const w = await newWorkshop();
    const db = new Database(w.file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const r = await w.run(['participant', 'add', '--name', 'Budi', '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`was written by a newer innolab (schema ${SCHEMA_VERSION + 1}`);
    const after = new Database(w.file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(after.prepare('SELECT COUNT(*) FROM participant').pluck().get()).toBe(0);
    after.close();
    expect(readdirSync(w.dir).filter((f) => f.includes('.bak'))).toEqual([]);
  });
});

/** The participant table as schema 1 and 2 declared it (UNIQUE constraints, which SQLite cannot drop), taken from migration 1. */
const SCHEMA_2_TABLE = /CREATE TABLE participant \(([\s\S]*?)\) STRICT;/.exec(initial.up)![1]!;
const SCHEMA_2_PARTICIPANT = `
  CREATE TABLE participant_v2 (${SCHEMA_2_TABLE}) STRICT;
  INSERT INTO participant_v2 SELECT * FROM participant;
  DROP TABLE participant;
  ALTER TABLE participant_v2 RENAME TO participant;
  CREATE INDEX participant_unit ON participant(unit_id);
  CREATE INDEX participant_email ON participant(email COLLATE NOCASE);`;

function participantIndexes(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' ORDER BY name").pluck().all() as string[];
}

/** Everything that points at a participant, as (table, row, participant) triples. */
const REFERENCES = `
  SELECT 'attendance', a.uuid, p.uuid FROM attendance a JOIN participant p ON p.id = a.participant_id
  UNION ALL SELECT 'idea', i.uuid, p.uuid FROM idea i JOIN participant p ON p.id = i.proposer_id
  UNION ALL SELECT 'commitment', c.uuid, p.uuid FROM commitment c JOIN participant p ON p.id = c.owner_id
  ORDER BY 1, 2`;

describe('schema 2 to the current one (the participant table rebuilt, its e-mail index made partial)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every participant, id and reference to them; NIP, number and uuid stay unique', async () => {
    const demo = await runCli(['demo', '--out', dir, '--lang', 'en'], { cwd: dir });
    expect(demo.code, demo.stderr).toBe(0);
    const file = join(dir, 'tanjungbalai-2022.innolab');
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    undoSchema5(db);
    db.exec(`BEGIN; ${SCHEMA_2_PARTICIPANT} COMMIT;`);
    db.pragma('user_version = 2');
    expect(participantIndexes(db)).toEqual(['participant_email', 'participant_unit', 'sqlite_autoindex_participant_1', 'sqlite_autoindex_participant_2', 'sqlite_autoindex_participant_3']);
    const people = db.prepare('SELECT * FROM participant ORDER BY id').all();
    const references = db.prepare(REFERENCES).raw().all() as string[][];
    db.close();
    expect(people.length).toBeGreaterThan(30);
    expect(references.filter((r) => r[0] === 'attendance').length).toBeGreaterThan(50);
    expect(references.filter((r) => r[0] === 'idea').length).toBeGreaterThan(5);
    expect(references.filter((r) => r[0] === 'commitment').length).toBeGreaterThan(5);

    const check = await runCli(['-f', file, 'check', '--json', '--lang', 'en'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain(`File upgraded to schema ${SCHEMA_VERSION}; the old copy is kept at ${file}.bak-v2`);
    expect(check.json<{ ok: boolean }>().ok).toBe(true);

    const after = new Database(file);
    expect(after.prepare('SELECT * FROM participant ORDER BY id').all()).toEqual(people);
    expect(after.prepare(REFERENCES).raw().all()).toEqual(references);
    expect(participantIndexes(after)).toEqual(['participant_email', 'participant_nip', 'participant_no', 'participant_unit', 'participant_uuid']);
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'participant_email'").pluck().get()).toMatch(/\(email COLLATE NOCASE\) WHERE nip IS NULL$/);
    after.pragma('foreign_keys = ON');
    const first = people[0] as { nip: string; no: number; uuid: string; unit_id: number };
    const insert = after.prepare(
      "INSERT INTO participant (no, uuid, name, nip, role, created_at, updated_at) VALUES (?, ?, 'X', ?, 'peserta', 'now', 'now')",
    );
    expect(() => insert.run(9001, 'u-9001', first.nip)).toThrow('UNIQUE constraint failed: participant.nip');
    expect(() => insert.run(first.no, 'u-9002', null)).toThrow('UNIQUE constraint failed: participant.no');
    expect(() => insert.run(9003, first.uuid, null)).toThrow('UNIQUE constraint failed: participant.uuid');
    // Removing someone still takes their attendance with them (ON DELETE CASCADE survived the rebuild).
    const id = (people[0] as { id: number }).id;
    after.prepare('DELETE FROM participant WHERE id = ?').run(id);
    expect(after.prepare('SELECT COUNT(*) FROM attendance WHERE participant_id = ?').pluck().get(id)).toBe(0);
    after.close();
  }, 120_000);
});
