// #17 findings 3, 4 and 6: every file innolab writes goes through src/fs/write-file.ts. The built program runs
// as a real process: killed (SIGKILL, no handler) in the middle of a 50,000-row export or of the copy a
// migration keeps, on a full disk (`ulimit -f` in a child shell, or a small tmpfs where mounting works), over
// files an earlier run left world-readable. Under a final name there is only ever a whole file; a failure
// names the folder; what a kill leaves is a hidden temporary file the next run removes.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, buildOnce, cliEnv, fingerprint, innolab, oneErrorLine, stop, workshopWithRegistrations } from './helpers.js';

const PEOPLE = 50_000;
let root: string;
/** A workshop of 50,000 people, copied for each case. */
let big: string;
/** A workshop of 300 people. */
let small: string;
const mounts: string[] = [];

const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'innolab-mount-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

function mountTmpfs(sizeKb: number): string {
  const dir = mkdtempSync(join(root, 'mnt-'));
  expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]).status).toBe(0);
  mounts.push(dir);
  return dir;
}

beforeAll(() => {
  buildOnce();
  root = mkdtempSync(join(tmpdir(), 'innolab-writes-'));
  big = join(root, 'big.innolab');
  small = join(root, 'small.innolab');
  for (const [file, count] of [
    [big, PEOPLE],
    [small, 300],
  ] as const) {
    workshopWithRegistrations(file, count);
  }
}, 240_000);

afterAll(() => {
  for (const dir of mounts) spawnSync('umount', ['-l', dir]);
  rmSync(root, { recursive: true, force: true });
});

const modeOf = (file: string) => statSync(file).mode & 0o777;
const debris = (dir: string) => readdirSync(dir).filter((name) => name.includes('.innolab-tmp-'));

/**
 * Runs innolab with `args` and kills it (SIGKILL) as soon as `writing()` says it has started writing; true
 * when it was killed while still running, false when it finished first.
 */
async function killWhileWriting(args: string[], writing: () => boolean): Promise<boolean> {
  const child = spawn(process.execPath, [bin, ...args], { env: cliEnv, stdio: 'ignore' });
  let running = true;
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.on('exit', (_code, signal) => {
      running = false;
      done(signal);
    }),
  );
  try {
    while (running && !writing()) await sleep(0);
    const stopped = running && (await stop(child));
    child.kill('SIGKILL');
    return stopped && (await exited) === 'SIGKILL';
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

describe('export', () => {
  it('writes personal data 0600 over files a --redact run (or anyone) left 0644', () => {
    const out = join(mkdtempSync(join(root, 'mode-')), 'out');
    const redacted = innolab(['export', '--out', out, '--redact', '-f', small]);
    expect(redacted.status, redacted.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) expect(modeOf(join(out, name)), name).toBe(0o644);
    writeFileSync(join(out, 'extra.csv'), '');
    chmodSync(join(out, 'participants.csv'), 0o666);
    const r = innolab(['export', '--out', out, '-f', small]);
    expect(r.status, r.stderr).toBe(0);
    for (const name of files) expect(modeOf(join(out, name)), name).toBe(0o600);
    // One file named on the command line too.
    const one = join(out, 'p.csv');
    writeFileSync(one, 'old');
    chmodSync(one, 0o644);
    expect(innolab(['export', '--table', 'participants', '--out', one, '-f', small]).status).toBe(0);
    expect(modeOf(one)).toBe(0o600);
    expect(debris(out)).toEqual([]);
  });

  it('SIGKILL in the middle of a 50,000-row export never leaves a truncated file under the final name', async () => {
    const dir = mkdtempSync(join(root, 'kill-'));
    const file = join(dir, 'p.csv');
    const args = ['export', '--table', 'participants', '--out', file, '-f', big];
    let whole: Buffer | undefined;
    let kills = 0;
    for (let attempt = 0; attempt < 6; attempt++) {
      const before = existsSync(file) ? readFileSync(file) : undefined;
      // Writing has begun when anything but the last whole file is there: a temporary file, or (the bug this
      // guards against) a new p.csv.
      const killed = await killWhileWriting(args, () => debris(dir).length > 0 || (existsSync(file) ? statSync(file).size !== (before?.length ?? -1) : false));
      if (killed) {
        kills++;
        // The final name holds the last whole export, or nothing when there was none yet.
        if (before === undefined) expect(existsSync(file), 'a killed first export left p.csv').toBe(false);
        else expect(readFileSync(file).equals(before), 'a killed export changed p.csv').toBe(true);
      }
      if (attempt === 1 || whole === undefined) {
        // A whole export between kills: the file the next kills must leave alone; old debris is cleared.
        const r = innolab(args);
        expect(r.status, r.stderr).toBe(0);
        whole = readFileSync(file);
        expect(whole.toString('utf8').trimEnd().split('\n').length).toBe(PEOPLE + 1);
        expect(debris(dir)).toEqual([]);
      }
    }
    expect(kills, 'the export finished before it could be killed every time').toBeGreaterThan(1);
    expect(readFileSync(file).equals(whole!)).toBe(true);
    expect(modeOf(file)).toBe(0o600);
  }, 240_000);

  it('a full disk (ulimit -f): exit 1 naming the folder, the last export kept, no debris', () => {
    const dir = mkdtempSync(join(root, 'ulimit-'));
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'the last good export\n');
    const r = spawnSync('sh', ['-c', `ulimit -f 1024; exec "${process.execPath}" "${bin}" export --table participants --out "${file}" -f "${big}" --lang en`], {
      env: cliEnv,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(oneErrorLine(r.stderr)).toBe(`error: the disk holding folder ${dir} is full; ${file} was not written; free some space on that disk, or write to another folder`);
    expect(readFileSync(file, 'utf8')).toBe('the last good export\n');
    expect(readdirSync(dir)).toEqual(['p.csv']);
  });

  it.skipIf(!canMount)('a full disk (a small tmpfs): exports and reports leave nothing behind and name the folder', () => {
    const dir = mountTmpfs(256);
    for (const args of [
      ['export', '--out', join(dir, 'out'), '-f', big],
      ['export', '--format', 'xlsx', '--out', join(dir, 'w.xlsx'), '-f', small],
      ['report', 'attendance', '--day', '1', '--out', join(dir, 'hadir.pdf'), '-f', small],
    ]) {
      spawnSync('sh', ['-c', `head -c 100000000 /dev/zero > ${join(dir, 'filler')}`]);
      const r = innolab(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(oneErrorLine(r.stderr)).toMatch(new RegExp(`^error: the disk holding folder ${dir}(/out)? is full; `));
      rmSync(join(dir, 'filler'));
      const left = readdirSync(dir).filter((name) => name !== 'out');
      expect(left, args.join(' ')).toEqual([]);
      if (existsSync(join(dir, 'out'))) expect(readdirSync(join(dir, 'out')).every((name) => !name.includes('.innolab-tmp-'))).toBe(true);
    }
  });
});

/** A copy of `source` as schema 5 left it (schema 6 undone), for opening to migrate. */
function schema5Copy(source: string, dir: string): string {
  const file = join(dir, 'w.innolab');
  copyFileSync(source, file);
  const db = new Database(file);
  db.exec('DROP TABLE setting; DROP TABLE asset; ALTER TABLE unit DROP COLUMN position;');
  db.pragma('user_version = 5');
  db.close();
  return file;
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('the copy kept before a migration', () => {
  it('SIGKILL while it is written: no half-written .bak-v5; the next run writes .bak-v5 itself and clears the debris', async () => {
    let dir: string | undefined;
    for (let attempt = 0; attempt < 4 && dir === undefined; attempt++) {
      const candidate = mkdtempSync(join(root, 'migrate-kill-'));
      const file = schema5Copy(big, candidate);
      const copying = () => readdirSync(candidate).some((name) => name.startsWith('w.innolab.bak') || name.includes('.bak-v5.innolab-tmp-'));
      if (await killWhileWriting(['status', '-f', file], copying)) dir = candidate;
    }
    expect(dir, 'the migration finished before it could be killed every time').toBeDefined();
    const file = join(dir!, 'w.innolab');
    expect(readdirSync(dir!).filter((name) => name.startsWith('w.innolab.bak'))).toEqual([]);
    expect(userVersion(file)).toBe(5);

    const r = innolab(['status', '-f', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`the old copy is kept at ${file}.bak-v5`);
    expect(readdirSync(dir!).filter((name) => name.includes('.bak')).sort()).toEqual(['w.innolab.bak-v5']);
    expect(userVersion(`${file}.bak-v5`)).toBe(5);
    expect(modeOf(`${file}.bak-v5`)).toBe(0o600);
    const check = innolab(['check', '--json', '-f', `${file}.bak-v5`]);
    expect(check.status, check.stderr).toBe(0);
  }, 240_000);

  it.skipIf(!canMount)('on a full disk: exit 1 naming the folder, no empty .bak-v5, the file not migrated', () => {
    const dir = mountTmpfs(2 * Math.ceil(statSync(small).size / 1024) + 512);
    const file = schema5Copy(small, dir);
    // Leave room for SQLite's -shm and -wal, not for the copy.
    const free = () => {
      const fs = spawnSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' }).stdout.trim().split('\n')[1]!;
      return Number(fs) * 1024;
    };
    writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, free() - 96 * 1024)));
    const before = fingerprint(file);
    const r = innolab(['status', '-f', file]);
    expect(r.status).toBe(1);
    expect(oneErrorLine(r.stderr)).toMatch(/^error: the disk (holding folder .+ is full|is full while writing .+); /);
    expect(readdirSync(dir).filter((name) => name.includes('.bak') || name.includes('.innolab-tmp-'))).toEqual([]);
    expect(fingerprint(file)).toBe(before);
    rmSync(join(dir, 'filler'));
    const again = innolab(['status', '-f', file]);
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes('.bak'))).toEqual(['w.innolab.bak-v5']);
  });
});

describe('where a file goes', () => {
  it('never over the open workshop file or its companions (exit 2, the workshop kept)', () => {
    const dir = mkdtempSync(join(root, 'self-'));
    const file = join(dir, 'w.innolab');
    copyFileSync(small, file);
    for (const args of [
      ['export', '--table', 'participants', '--out', file],
      ['export', '--table', 'participants', '--out', `${file}-wal`],
      ['report', 'attendance', '--day', '1', '--out', `${file}-shm`],
      ['export', '--format', 'xlsx', '--out', file],
    ]) {
      const r = innolab([...args, '-f', file]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(oneErrorLine(r.stderr)).toMatch(/is the workshop file .* or one of its companions \(-wal, -shm, -journal\); nothing was written$/);
    }
    const check = innolab(['check', '--json', '-f', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, counts: { participant: 300 } });
  });

  it('through a symbolic link: the link is kept and the file it names replaced; a device is written straight', () => {
    const dir = mkdtempSync(join(root, 'link-'));
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'old');
    chmodSync(real, 0o644);
    symlinkSync(real, join(dir, 'p.csv'));
    expect(innolab(['export', '--table', 'participants', '--out', join(dir, 'p.csv'), '-f', small]).status).toBe(0);
    expect(lstatSync(join(dir, 'p.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8').split('\n').length).toBeGreaterThan(300);
    expect(modeOf(real)).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['p.csv', 'real.csv']);
    // A null device of our own, never /dev/null itself (a regression would replace it for the whole machine).
    const device = join(dir, 'null');
    if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status === 0) {
      const n = innolab(['export', '--table', 'units', '--out', device, '-f', small]);
      expect(n.status, n.stderr).toBe(0);
      expect(statSync(device).isCharacterDevice()).toBe(true);
    }
  });
});

describe('backup and merge', () => {
  it('backup onto the workshop’s own -wal, -shm or -journal is refused (exit 2) and the workshop is kept', () => {
    const dir = mkdtempSync(join(root, 'own-'));
    const file = join(dir, 'w.innolab');
    copyFileSync(small, file);
    for (const suffix of ['-wal', '-shm', '-journal']) {
      const r = innolab(['backup', `${file}${suffix}`, '--yes', '-f', file]);
      expect(r.status, suffix).toBe(2);
      expect(oneErrorLine(r.stderr)).toBe(`error: the copy cannot be written over a companion file of the workshop (${file}${suffix}): SQLite uses it for ${file}`);
    }
    // Named another way (a relative path from its folder) it is the same file.
    const relative = spawnSync(process.execPath, [bin, 'backup', 'w.innolab-wal', '--yes', '-f', 'w.innolab', '--lang', 'en'], { cwd: dir, env: cliEnv, encoding: 'utf8' });
    expect(relative.status).toBe(2);
    const check = innolab(['check', '--json', '-f', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, counts: { participant: 300 } });
  });

  it('a killed backup’s temporary file is removed by the next backup to the same place', () => {
    const dir = mkdtempSync(join(root, 'backup-'));
    const dest = join(dir, 'copy.innolab');
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(dir, `.copy.innolab.innolab-tmp-${dead}-1`), 'half a copy');
    const r = innolab(['backup', dest, '-f', small]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['copy.innolab']);
    expect(modeOf(dest)).toBe(0o600);
  });

  it('merge leaves no -wal or -shm beside the other copy', () => {
    const dir = mkdtempSync(join(root, 'merge-'));
    const ours = join(dir, 'ours.innolab');
    const theirs = join(dir, 'theirs', 'w.innolab');
    mkdirSync(join(dir, 'theirs'));
    copyFileSync(small, ours);
    copyFileSync(small, theirs);
    expect(innolab(['participant', 'add', '--name', 'Budi Santoso', '-f', theirs]).status).toBe(0);
    expect(readdirSync(join(dir, 'theirs'))).toEqual(['w.innolab']);
    for (const args of [['merge', theirs, '--dry-run', '-f', ours], ['merge', theirs, '-f', ours]]) {
      const r = innolab(args);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(join(dir, 'theirs')), args.join(' ')).toEqual(['w.innolab']);
    }
  });
});
