import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newWorkshop, runCli, tempDir } from '../helpers/run-cli.js';

describe('init', () => {
  it('creates a 0600 file whose workshop show --json lists the three days', async () => {
    const dir = tempDir();
    const file = join(dir, 't.innolab');
    const init = await runCli(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09', '--no-input']);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const show = await runCli(['-f', file, 'workshop', 'show', '--json']);
    expect(show.code).toBe(0);
    const workshop = show.json<{ title: string; days: string[]; lang: string }>();
    expect(workshop.title).toBe('Laboratorium Inovasi');
    expect(workshop.days).toEqual(['2022-11-07', '2022-11-08', '2022-11-09']);
    expect(workshop.lang).toBe('id');
  });

  it('refuses to init an existing file with exit 4 and leaves it unchanged', async () => {
    const { file } = await newWorkshop();
    const before = readFileSync(file);
    const again = await runCli(['init', file, '--title', 'Other', '--start', '2023-01-01', '--no-input']);
    expect(again.code).toBe(4);
    expect(again.stderr).toMatch(/^error: .*sudah ada/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('without a terminal and without --title exits 2 naming --title and creates nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'u.innolab');
    const result = await runCli(['init', file, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--title');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
  });

  it('asks for what is missing when a person is at the terminal', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.innolab');
    const result = await runCli(['init', file, '--lang', 'en'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      answers: [
        { match: 'Title', answer: 'Lab Inovasi Asahan' },
        { match: 'Start', answer: '2023-03-01' },
        { match: 'End', answer: '2023-03-02' },
        { match: 'Organizer', answer: 'Pemerintah Kabupaten Asahan' },
        { match: 'City', answer: 'Kisaran' },
        { match: 'Venue', answer: 'Aula Melati' },
      ],
    });
    expect(result.code).toBe(0);
    const show = (await runCli(['-f', file, 'workshop', 'show', '--json'])).json<{ title: string; days: string[]; organizer: string; venue: string }>();
    expect(show).toMatchObject({ title: 'Lab Inovasi Asahan', organizer: 'Pemerintah Kabupaten Asahan', venue: 'Aula Melati' });
    expect(show.days).toEqual(['2023-03-01', '2023-03-02']);
  });

  it('rejects an end date before the start and a date that does not exist', async () => {
    const dir = tempDir();
    const bad = await runCli(['init', join(dir, 'a.innolab'), '--title', 'x', '--start', '2022-11-09', '--end', '2022-11-07', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('before');
    const feb30 = await runCli(['init', join(dir, 'b.innolab'), '--title', 'x', '--start', '2023-02-30', '--lang', 'en']);
    expect(feb30.code).toBe(2);
    expect(feb30.stderr).toContain('--start');
    expect(existsSync(join(dir, 'a.innolab')) || existsSync(join(dir, 'b.innolab'))).toBe(false);
  });
});

describe('opening files', () => {
  it('refuses a file from a newer innolab with exit 4 and leaves its bytes unchanged', async () => {
    const { file } = await newWorkshop();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(file);
    const result = await runCli(['-f', file, 'workshop', 'show', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: .*newer innolab/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a text file with exit 1 and a one-line error', async () => {
    const dir = tempDir();
    const file = join(dir, 'notes.innolab');
    writeFileSync(file, 'daftar hadir\n');
    const result = await runCli(['-f', file, 'workshop', 'show', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('not an innolab workshop file');
    expect(readFileSync(file, 'utf8')).toBe('daftar hadir\n');
  });

  it('refuses a SQLite file that is not a workshop', async () => {
    const dir = tempDir();
    const file = join(dir, 'other.innolab');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const result = await runCli(['-f', file, 'status']);
    expect(result.code).toBe(1);
  });

  it('finds the only .innolab file in the folder, and asks to choose when there are none or several', async () => {
    const { dir } = await newWorkshop();
    const found = await runCli(['workshop', 'show', '--json'], { cwd: dir });
    expect(found.code).toBe(0);
    const empty = tempDir();
    const none = await runCli(['workshop', 'show', '--lang', 'en'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('INNOLAB_FILE');
    const viaEnv = await runCli(['workshop', 'show', '--json'], { cwd: empty, env: { INNOLAB_FILE: join(dir, 'w.innolab') } });
    expect(viaEnv.code).toBe(0);
  });

  it('names a missing file with exit 3 and how to create it', async () => {
    const dir = tempDir();
    const result = await runCli(['-f', join(dir, 'nope.innolab'), 'status', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('innolab init');
  });
});
