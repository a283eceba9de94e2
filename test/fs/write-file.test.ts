// src/fs/write-file.ts, the one way innolab writes a file (SPEC §7 "Files written"): the mode is the one
// asked for whatever the old file had, nothing is left behind by a failure, and debris a killed process
// left is removed by the next write of the same file.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKind } from '../../src/errors.js';
import { PRIVATE, SHAREABLE, isWriteDebris, openFile, tempPathFor, writeFile, writeFileFrom } from '../../src/fs/write-file.js';

const root = mkdtempSync(join(tmpdir(), 'innolab-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modeOf = (file: string) => statSync(file).mode & 0o777;
const folder = (name: string) => mkdtempSync(join(root, `${name}-`));

describe('writeFile', () => {
  it('gives personal data 0600 over an existing 0644 file, and a shareable file 0644 over a 0600 one', () => {
    const dir = folder('mode');
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o644);
    writeFile(file, 'nip,phone\n', PRIVATE);
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('nip,phone\n');
    writeFile(file, 'redacted\n', SHAREABLE);
    expect(modeOf(file)).toBe(0o644);
    // Whatever the umask says.
    const umask = process.umask(0o077);
    try {
      writeFile(file, 'redacted\n', SHAREABLE);
    } finally {
      process.umask(umask);
    }
    expect(modeOf(file)).toBe(0o644);
    expect(readdirSync(dir)).toEqual(['p.csv']);
  });

  it('writes chunks as they come, and an exception mid-write leaves the old file and no temporary file', async () => {
    const dir = folder('throw');
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'the last good export\n');
    await expect(
      writeFileFrom(file, PRIVATE, (write) => {
        for (let i = 0; i < 10_000; i++) write(`row ${i}\n`);
        throw new Error('the database went away');
      }),
    ).rejects.toThrow('the database went away');
    expect(readFileSync(file, 'utf8')).toBe('the last good export\n');
    expect(readdirSync(dir)).toEqual(['p.csv']);

    await writeFileFrom(file, PRIVATE, (write) => {
      for (let i = 0; i < 100_000; i++) write(`row ${i}\n`);
    });
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.length).toBe(100_001);
    expect(lines[99_999]).toBe('row 99999');
    expect(readdirSync(dir)).toEqual(['p.csv']);
  });

  it('abort() leaves the file as it was; the name appears only at commit()', () => {
    const dir = folder('abort');
    const file = join(dir, 'r.pdf');
    const writer = openFile(file);
    writer.write(Buffer.alloc(200_000, 1));
    expect(readdirSync(dir).filter((n) => n === 'r.pdf')).toEqual([]);
    expect(readdirSync(dir).every(isWriteDebris)).toBe(true);
    writer.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the temporary files of a killed process at the next write, and keeps a running one’s', () => {
    const dir = folder('stale');
    const file = join(dir, 'p.csv');
    // A pid that has certainly ended: a child that ran and exited.
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const stale = join(dir, `.p.csv.innolab-tmp-${dead}-1`);
    const running = join(dir, `.p.csv.innolab-tmp-${process.ppid}-1`);
    writeFileSync(stale, 'half');
    writeFileSync(running, 'half');
    expect(isWriteDebris(`.p.csv.innolab-tmp-${dead}-1`)).toBe(true);
    writeFile(file, 'whole\n');
    expect(readdirSync(dir).sort()).toEqual([`.p.csv.innolab-tmp-${process.ppid}-1`, 'p.csv']);
    expect(tempPathFor(file)).toMatch(new RegExp(`/\\.p\\.csv\\.innolab-tmp-${process.pid}-\\d+$`));
  });

  it('a missing folder is named in the error, not some other file', () => {
    const file = join(root, 'no-such-folder', 'p.csv');
    let caught: unknown;
    try {
      writeFile(file, 'x');
    } catch (error) {
      caught = error;
    }
    expect(isKind(caught, 'file')).toBe(true);
    expect(caught).toMatchObject({ key: 'error.write.noFolder', params: { folder: join(root, 'no-such-folder'), file } });
  });
});
