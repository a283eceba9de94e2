// SPEC §6: a process killed in the middle of an import leaves the file intact and unchanged. The built
// program imports 50,000 rows; once it holds the write lock (it is inside its one transaction, writing),
// it gets SIGKILL: no handler, no cleanup. The file must then pass `innolab check` with none of the rows.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, buildOnce, cliEnv, innolab, registrationCsv } from './helpers.js';

let root: string;
let bigCsv: string;

beforeAll(() => {
  buildOnce();
  root = mkdtempSync(join(tmpdir(), 'innolab-kill-'));
  bigCsv = join(root, 'registrations.csv');
  writeFileSync(bigCsv, registrationCsv(50_000, 100));
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Whether another connection holds the write lock right now (it would be SQLITE_BUSY for us). */
function writerActive(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface Attempt {
  killed: boolean;
  file: string;
  /** The file's bytes and its audit entries before the import. */
  before: string;
  auditEntries: number;
}

function auditEntries(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** A new workshop file `name` in the test folder with ten people already imported. */
function workshopOfTen(name: string): string {
  const file = join(root, name);
  expect(innolab(['init', file, '--title', 'Lab', '--start', '2022-11-07', '--end', '2022-11-09']).status).toBe(0);
  writeFileSync(join(root, 'first.csv'), registrationCsv(10));
  expect(innolab(['participant', 'import', join(root, 'first.csv'), '-f', file]).status).toBe(0);
  return file;
}

async function importAndKill(n: number, delayMs: number): Promise<Attempt> {
  const file = workshopOfTen(`w${n}.innolab`);
  const before = sha(file);
  const entries = auditEntries(file);

  const child = spawn(process.execPath, [bin, 'participant', 'import', bigCsv, '-f', file], { env: cliEnv, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  let running = true;
  void exited.then(() => (running = false));
  const probe = new Database(file);
  probe.pragma('busy_timeout = 0');
  try {
    while (running && !writerActive(probe)) await sleep(10);
    if (running) {
      await sleep(delayMs);
      child.kill('SIGKILL');
    }
  } finally {
    probe.close();
  }
  const { signal } = await exited;
  return { killed: signal === 'SIGKILL', file, before, auditEntries: entries };
}

describe('SIGKILL in the middle of a 50,000-row participant import', () => {
  it('leaves the file passing innolab check, unchanged, with none of that import’s rows', async () => {
    // Killed at different moments of the transaction; an import that finished first does not count.
    const attempts: Attempt[] = [];
    for (const [n, delay] of [[1, 50], [2, 300], [3, 700], [4, 150]] as const) {
      const attempt = await importAndKill(n, delay);
      if (attempt.killed) attempts.push(attempt);
      if (attempts.length >= 2) break;
    }
    expect(attempts.length, 'the import finished before it could be killed every time').toBeGreaterThan(0);

    for (const { file, before, auditEntries: entriesBefore } of attempts) {
      // Nothing reached the file itself; what the killed process wrote is only in the -wal, uncommitted.
      expect(sha(file)).toBe(before);
      const check = innolab(['check', '--json', '-f', file]);
      expect(check.status, check.stderr).toBe(0);
      const result = JSON.parse(check.stdout) as { ok: boolean; integrity: string[]; counts: Record<string, number> };
      expect(result.ok).toBe(true);
      expect(result.integrity).toEqual(['ok']);
      expect(result.counts.participant).toBe(10);
      expect(result.counts.audit_log).toBe(entriesBefore);
    }
    // The same import, run again to the end, works on the recovered file.
    const { file } = attempts[0]!;
    const again = innolab(['participant', 'import', bigCsv, '-f', file]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(innolab(['check', '--json', '-f', file]).stdout)).toMatchObject({ ok: true, counts: { participant: 50_010 } });
  }, 240_000);
});

/** Every table's rows, as JSON: what the file says, whatever the bytes (a journal rollback may move them). */
function contents(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

describe('a large import while no one else has the file open (rollback journal, see importTransaction)', () => {
  it('SIGKILL in the middle: the next command rolls it back; the file says what it said before', async () => {
    let attempt: { file: string; before: string } | undefined;
    for (const [n, delay] of [[1, 100], [2, 20], [3, 250]] as const) {
      const file = workshopOfTen(`alone${n}.innolab`);
      const before = contents(file);
      const child = spawn(process.execPath, [bin, 'participant', 'import', bigCsv, '-f', file], { env: cliEnv, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
      let running = true;
      void exited.then(() => (running = false));
      // Inside its transaction: the journal exists (nothing holds the file open meanwhile, or it would keep the WAL).
      while (running && !existsSync(`${file}-journal`)) await sleep(5);
      if (running) {
        await sleep(delay);
        child.kill('SIGKILL');
      }
      if ((await exited) === 'SIGKILL') {
        attempt = { file, before };
        break;
      }
    }
    expect(attempt, 'the import finished before it could be killed every time').toBeDefined();
    const { file, before } = attempt!;
    expect(existsSync(`${file}-journal`)).toBe(true); // hot: the next command rolls back with it
    const check = innolab(['check', '--json', '-f', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, integrity: ['ok'], counts: { participant: 10 } });
    expect(contents(file)).toBe(before);
    const again = innolab(['participant', 'import', bigCsv, '-f', file]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(innolab(['check', '--json', '-f', file]).stdout)).toMatchObject({ ok: true, counts: { participant: 50_010 } });
  }, 120_000);

  it('someone registered from another terminal meanwhile waits for it, and lands; the file is in WAL mode after', async () => {
    const file = join(root, 'busy.innolab');
    expect(innolab(['init', file, '--title', 'Lab', '--start', '2022-11-07', '--end', '2022-11-09']).status).toBe(0);
    const child = spawn(process.execPath, [bin, 'participant', 'import', bigCsv, '-f', file, '--json'], { env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    while (!existsSync(`${file}-journal`) && child.exitCode === null) await sleep(5);
    const add = innolab(['participant', 'add', '--name', 'Budi Santoso', '--json', '-f', file]);
    expect(add.status, add.stderr).toBe(0);
    expect(await exited).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ added: 50_000 });
    const check = innolab(['check', '--json', '-f', file]);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, counts: { participant: 50_001 } });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  }, 120_000);
});
