// Issue #17, findings 1, 7 and 8: a date that bricked a workshop, JavaScript names and huge numbers as
// values, and messages that blamed the wrong thing (a folder taken for a workshop file).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop, runCli, tempDir } from '../helpers/run-cli.js';

const noCrash = (r: { code: number; stderr: string }) => {
  expect(r.stderr).not.toContain('unexpected failure');
  expect(r.stderr).not.toMatch(/^\s+at /m);
};

describe('finding 1: dates have a range', () => {
  it('init and workshop set refuse a workshop outside 2000–2100, naming the flag and the range', async () => {
    const dir = tempDir();
    const r = await runCli(['init', join(dir, 'y.innolab'), '--title', 'T', '--start', '9999-12-31', '--lang', 'en', '--no-input']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--start: 9999-12-31 is outside the accepted range (years 2000–2100)');
    const w = await newWorkshop(['--lang', 'en']);
    const set = await w.run(['workshop', 'set', 'end', '2222-01-01']);
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('2000–2100');
  });

  it('check-in, due and as-of dates lie within 1990–2200', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    expect((await w.run(['unit', 'add', 'Bappeda'])).code).toBe(0);
    for (const argv of [
      ['commitment', 'add', '--unit', 'Bappeda', '--action', 'A', '--due', '9999-12-31'],
      ['commitment', 'list', '--as-of', '0001-01-01'],
      ['status', '--as-of', '2201-01-01'],
      ['attendance', 'list', '--date', '1899-12-31'],
    ]) {
      const r = await w.run(argv);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('1990–2200');
    }
    expect((await w.run(['commitment', 'add', '--unit', 'Bappeda', '--action', 'A', '--due', '2199-12-31'])).code).toBe(0);
  });

  it('a file whose stored dates are out of range: commands say which value, check calls it damaged, workshop set repairs it', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const db = new Database(w.file);
    db.prepare("UPDATE workshop SET start_date = '9999-12-31', end_date = '9999-12-31'").run();
    db.close();
    for (const argv of [['workshop', 'show'], ['status'], ['attendance', 'summary'], ['report', 'recap', '--out', join(w.dir, 'r.pdf')]]) {
      const r = await w.run(argv);
      noCrash(r);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain('start_date = "9999-12-31"');
      expect(r.stderr).toContain('workshop set start YYYY-MM-DD');
    }
    const check = await w.run(['check', '--json']);
    expect(check.code).toBe(1);
    expect(check.json<{ ok: boolean; problems: string[] }>()).toMatchObject({ ok: false, problems: ['workshop.start_date = 9999-12-31'] });
    expect(check.stderr).toContain('workshop.start_date = 9999-12-31');

    const set = await w.run(['workshop', 'set', 'start', '2022-11-07', '--json']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.json()).toMatchObject({ start_date: '2022-11-07', end_date: '2022-11-07', days: ['2022-11-07'] });
    expect((await w.run(['workshop', 'set', 'end', '2022-11-09'])).code).toBe(0);
    expect((await w.run(['check'])).code).toBe(0);
    expect((await w.run(['status'])).code).toBe(0);
  });

  it('a damaged end date alone is repaired by setting it, and another field can be set meanwhile', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const db = new Database(w.file);
    db.prepare("UPDATE workshop SET end_date = 'x'").run();
    db.close();
    const title = await w.run(['workshop', 'set', 'title', 'New title']);
    expect(title.code).toBe(1);
    expect(title.stderr).toContain('workshop set end');
    const r = await w.run(['workshop', 'set', 'end', '2022-11-08', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ title: 'New title', start_date: '2022-11-07', end_date: '2022-11-08' });
  });
});

describe('finding 7: JavaScript names as values and numbers out of range', () => {
  it('constructor and __proto__ are unknown values (exit 2), not crashes', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    expect((await w.run(['participant', 'add', '--name', 'Budi'])).code).toBe(0);
    expect((await w.run(['unit', 'add', 'Bappeda'])).code).toBe(0);
    expect((await w.run(['commitment', 'add', '--unit', 'Bappeda', '--action', 'A', '--due', '2022-12-31'])).code).toBe(0);
    for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      for (const argv of [
        ['workshop', 'set', value, 'x'],
        ['idea', 'list', '--status', value],
        ['commitment', 'list', '--status', value],
        ['commitment', 'update', '1', '--status', value],
        ['checkin', '1', '--status', value],
        ['participant', 'list', '--role', value],
        ['idea', 'add', '--unit', 'Bappeda', '--title', 'T', '--form', value],
        ['report', 'badges', '--role', value, '--out', join(w.dir, 'b.pdf')],
        ['criteria', 'set', value, '--weight', 'x'],
      ]) {
        const r = await w.run(argv);
        noCrash(r);
        expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
      }
    }
  });

  it('numeric flags out of range are exit 2 naming the flag and the range', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    for (const [argv, flag] of [
      [['log', '--limit', '99999999999999999999'], '--limit'],
      [['log', '--limit', '0'], '--limit'],
      [['attendance', 'list', '--day', '1e400'], '--day'],
      [['report', 'attendance', '--blank-rows', '99999999999999999999'], '--blank-rows'],
      [['report', 'certificates', '--min-attendance', '101'], '--min-attendance'],
      [['idea', 'show', '99999999999999999999'], '<no>'],
    ] as const) {
      const r = await w.run([...argv]);
      noCrash(r);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(flag);
    }
  });
});

describe('finding 8: a folder is not a workshop file', () => {
  it('merge <folder> and -f <folder> are exit 2 saying it is a folder', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const folder = join(w.dir, 'copy');
    mkdirSync(folder);
    const merge = await w.run(['merge', folder]);
    expect(merge.code, merge.stderr).toBe(2);
    expect(merge.stderr).toContain(`${folder} is a folder`);
    expect(merge.stderr).not.toContain('disk I/O error');
    const f = await runCli(['-f', folder, 'status', '--lang', 'en']);
    expect(f.code, f.stderr).toBe(2);
    expect(f.stderr).toContain(`${folder} is a folder`);
  });

  it('a folder named x.innolab is not taken for the only workshop file', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    mkdirSync(join(w.dir, 'x.innolab'));
    const r = await runCli(['status', '--lang', 'en'], { cwd: w.dir });
    expect(r.code, r.stderr).toBe(0);
    const alone = tempDir();
    mkdirSync(join(alone, 'x.innolab'));
    const none = await runCli(['status', '--lang', 'en'], { cwd: alone });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no workshop file chosen');
  });

  it('init into a missing folder names the folder, never ENOENT', async () => {
    const dir = tempDir();
    const r = await runCli(['init', join(dir, 'nofolder', 'y.innolab'), '--title', 'T', '--start', '2022-11-07', '--lang', 'en', '--no-input']);
    expect(r.stderr).not.toContain('ENOENT');
    expect(r.stderr).toContain(`folder ${join(dir, 'nofolder')} does not exist`);
    expect(r.code).toBe(3);
  });
});
