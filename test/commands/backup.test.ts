import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop, runCli } from '../helpers/run-cli.js';

/**
 * Another process that keeps writing: each transaction adds one participant and its audit entry, so any
 * consistent copy has exactly as many writer audit entries as writer participants.
 */
function startWriter(file: string): ChildProcess {
  const script = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 5000');
    const add = db.transaction((i) => {
      db.prepare("INSERT INTO participant (no, uuid, name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')").run(10000 + i, 'w-' + i, 'Writer ' + i);
      db.prepare("INSERT INTO audit_log (uuid, at, command, action, entity) VALUES (?, 'x', 'writer', 'create', 'participant')").run('a-' + i);
    });
    let i = 0;
    process.stdout.write('ready\\n');
    for (;;) add.immediate(i++);
  `;
  return spawn(process.execPath, ['-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('innolab backup', () => {
  it('writes a consistent copy (mode 0600) that opens as a workshop, and prints {file, bytes}', async () => {
    const w = await newWorkshop();
    expect((await w.run(['participant', 'add', '--name', 'Drs. H. Zul Abdiman, M.Si', '--no-input'])).code).toBe(0);
    const dest = join(w.dir, 'copy.innolab');
    const r = await w.run(['backup', dest, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ file: dest, bytes: statSync(dest).size });
    expect(statSync(dest).mode & 0o777).toBe(0o600);
    const list = await runCli(['participant', 'list', '--json', '-f', dest]);
    expect(list.json<{ name: string }[]>().map((p) => p.name)).toEqual(['Drs. H. Zul Abdiman, M.Si']);
    expect(readdirSync(w.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('refuses to overwrite an existing file without --yes (exit 4, file unchanged); --yes overwrites', async () => {
    const w = await newWorkshop();
    const dest = join(w.dir, 'copy.innolab');
    writeFileSync(dest, 'keep me');
    const refused = await w.run(['backup', dest, '--lang', 'en']);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(`error: file ${dest} already exists; nothing was changed; pass --yes to overwrite it, or choose another name\n`);
    expect(readFileSync(dest, 'utf8')).toBe('keep me');
    const forced = await w.run(['backup', dest, '--yes']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(dest).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('says what is wrong with the destination: the file itself (2), a folder (2), a missing folder (1)', async () => {
    const w = await newWorkshop();
    const self = await w.run(['backup', w.file, '--yes', '--lang', 'en']);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('cannot be written over the workshop file itself');
    mkdirSync(join(w.dir, 'backups'));
    const folder = await w.run(['backup', join(w.dir, 'backups'), '--lang', 'en']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`e.g. npx innolab backup ${join(w.dir, 'backups', 'w.innolab')}`);
    const missing = await w.run(['backup', join(w.dir, 'nope', 'c.innolab'), '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`folder ${join(w.dir, 'nope')} does not exist`);
    expect(existsSync(join(w.dir, 'nope'))).toBe(false);
  });

  it('copies a consistent moment while another process keeps writing', async () => {
    const w = await newWorkshop();
    const writer = startWriter(w.file);
    try {
      await new Promise<void>((ready) => writer.stdout!.once('data', () => ready()));
      for (let i = 0; i < 5; i++) {
        const dest = join(w.dir, `copy-${i}.innolab`);
        const r = await w.run(['backup', dest]);
        expect(r.code, r.stderr).toBe(0);
        const db = new Database(dest, { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const people = db.prepare("SELECT COUNT(*) FROM participant WHERE uuid LIKE 'w-%'").pluck().get() as number;
        const entries = db.prepare("SELECT COUNT(*) FROM audit_log WHERE command = 'writer'").pluck().get() as number;
        db.close();
        expect(people).toBe(entries);
        if (i === 4) expect(people).toBeGreaterThan(0);
      }
    } finally {
      writer.kill('SIGKILL');
    }
  });
});
