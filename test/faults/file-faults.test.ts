// SPEC §6 reliability: a workshop file that is read-only, on a full disk, locked by another writer, truncated
// or not SQLite at all gives one `error:` line with exit 1 (README "Exit codes") and is left byte for byte as
// it was. The built program runs as a real process, as a facilitator or a script would run it.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, buildOnce, cliEnv, fingerprint, innolab, oneErrorLine, registrationCsv, workshopWithRegistrations } from './helpers.js';

let root: string;
let template: string;
const mounts: string[] = [];

/** Tests run as root in CI, where chmod stops nothing; a tmpfs of our own can be made read-only or full. */
function mountTmpfs(sizeKb: number): string | null {
  const dir = mkdtempSync(join(root, 'mnt-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) return null;
  mounts.push(dir);
  return dir;
}

const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'innolab-mount-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

beforeAll(() => {
  buildOnce();
  root = mkdtempSync(join(tmpdir(), 'innolab-faults-'));
  // One workshop with 300 people, copied for each case.
  template = join(root, 'template.innolab');
  workshopWithRegistrations(template, 300);
}, 180_000);

afterAll(() => {
  for (const dir of mounts) spawnSync('umount', ['-l', dir]);
  rmSync(root, { recursive: true, force: true });
});

function copyOf(dir: string, name = 'w.innolab'): string {
  const file = join(dir, name);
  copyFileSync(template, file);
  return file;
}

const WRITE = (file: string) => ['participant', 'add', '--name', 'Dra. Hj. Nurhayati', '-f', file];
const IMPORT = (file: string) => ['participant', 'import', join(root, 'more.csv'), '-f', file];
const READ = (file: string) => ['participant', 'list', '--json', '-f', file];

describe('a damaged or unusable workshop file: one error line, exit 1, the file unchanged', () => {
  it.skipIf(!canMount)('read-only (a read-only mount: root ignores file modes)', () => {
    const dir = mountTmpfs(4096)!;
    const file = copyOf(dir);
    expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
    const before = fingerprint(file);
    for (const args of [WRITE(file), READ(file)]) {
      const r = innolab(args);
      expect(r.status).toBe(1);
      expect(oneErrorLine(r.stderr)).toBe(`error: file ${file} is read-only; nothing was changed; make it writable (chmod u+w ${file}) or copy it to a writable folder`);
      expect(r.stdout).toBe('');
    }
    expect(fingerprint(file)).toBe(before);
  });

  it.skipIf(process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status !== 0)(
    'read-only for the person running it (mode 0444, someone else’s file; run as nobody)',
    () => {
      const dir = mkdtempSync(join(root, 'mode-'));
      chmodSync(root, 0o755);
      chmodSync(dir, 0o777); // the folder is writable, so SQLite can make its -shm: only the file is not
      const file = copyOf(dir);
      chmodSync(file, 0o444);
      const before = fingerprint(file);
      const asNobody = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...WRITE(file), '--lang', 'en'], {
        env: cliEnv,
        encoding: 'utf8',
      });
      expect(asNobody.status).toBe(1);
      expect(oneErrorLine(asNobody.stderr)).toBe(`error: file ${file} is read-only; nothing was changed; make it writable (chmod u+w ${file}) or copy it to a writable folder`);
      expect(fingerprint(file)).toBe(before);
    },
  );

  it.skipIf(!canMount)('on a full disk (a small tmpfs filled up)', () => {
    const dir = mountTmpfs(Math.ceil(statSync(template).size / 1024) + 512)!;
    const file = copyOf(dir);
    writeFileSync(join(root, 'more.csv'), registrationCsv(3000, 1000));
    // Fill what is left of the disk.
    spawnSync('sh', ['-c', `head -c 100000000 /dev/zero > ${join(dir, 'filler')}`]);
    const before = fingerprint(file);
    for (const args of [IMPORT(file), WRITE(file)]) {
      const r = innolab(args);
      expect(r.status).toBe(1);
      expect(oneErrorLine(r.stderr)).toBe(`error: the disk is full while writing ${file}; nothing was changed`);
    }
    expect(fingerprint(file)).toBe(before);
    // Space again: nothing of the failed import is there, and the file is healthy.
    rmSync(join(dir, 'filler'));
    const check = innolab(['check', '--json', '-f', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, counts: { participant: 300 } });
  });

  it.skipIf(!canMount)('a backup onto a full disk: disk-full error, no half-written copy left behind', () => {
    const dir = mountTmpfs(64)!;
    const dest = join(dir, 'copy.innolab');
    const r = innolab(['backup', dest, '-f', template]);
    expect(r.status).toBe(1);
    // The folder that is full is named, not the workshop file being copied (#17).
    expect(oneErrorLine(r.stderr)).toBe(`error: the disk holding folder ${dir} is full; ${dest} was not written; free some space on that disk, or write to another folder`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('locked by another writer for longer than the busy timeout', () => {
    const dir = mkdtempSync(join(root, 'busy-'));
    const file = copyOf(dir);
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    try {
      const before = fingerprint(file);
      const started = Date.now();
      const r = innolab(WRITE(file), { INNOLAB_BUSY_TIMEOUT_MS: '300' });
      expect(r.status).toBe(1);
      expect(oneErrorLine(r.stderr)).toBe(`error: file ${file} is locked by another process for too long; nothing was changed; wait for the other command to finish, then try again`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(fingerprint(file)).toBe(before);
      // Reading still works while someone writes (WAL).
      expect(innolab(READ(file)).status).toBe(0);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(innolab(WRITE(file)).status).toBe(0);
  });

  it('truncated (cut in half)', () => {
    const dir = mkdtempSync(join(root, 'cut-'));
    const file = copyOf(dir);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = fingerprint(file);
    for (const args of [READ(file), WRITE(file), ['check', '-f', file], ['status', '-f', file]]) {
      const r = innolab(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(oneErrorLine(r.stderr)).toMatch(new RegExp(`^error: file ${file} is damaged or unreadable: .+; restore it from a backup \\(npx innolab backup\\) or inspect it with: npx innolab check$`));
    }
    expect(fingerprint(file)).toBe(before);
  });

  it('not SQLite at all, or SQLite but not a workshop', () => {
    const dir = mkdtempSync(join(root, 'foreign-'));
    const text = join(dir, 'notes.innolab');
    writeFileSync(text, 'Nama,NIP\nBudi,\n');
    const other = join(dir, 'other.innolab');
    const db = new Database(other);
    db.exec('CREATE TABLE t (a)');
    db.close();
    const empty = join(dir, 'empty.innolab');
    writeFileSync(empty, '');
    for (const file of [text, other, empty]) {
      const before = readFileSync(file);
      for (const args of [READ(file), WRITE(file)]) {
        const r = innolab(args);
        expect(r.status).toBe(1);
        expect(oneErrorLine(r.stderr)).toBe(`error: ${file} is not an innolab workshop file (not an innolab SQLite database)`);
      }
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });
});
