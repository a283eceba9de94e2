// Issue #17 (B), finding 2: a text value carrying terminal escapes, NUL, bidi overrides or nothing visible
// is refused where it enters (flags, the imports, the commitment sheet), with one message naming the field;
// and whatever reaches a terminal shows such characters as escapes anyway (a value stored before the rule).
/* eslint-disable no-control-regex -- the test looks for control characters */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

const EVIL = 'Evil\x1b[2J\x1b]0;pwned\x07';
const RAW = /[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/;

describe('text values at entry', () => {
  it('refuses control characters, bidi overrides, NUL and invisible-only values in flags, naming the field', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    const cases: [string[], RegExp][] = [
      [['participant', 'add', '--name', EVIL], /^error: name: contains a control character \(U\+001B\)/],
      [['participant', 'add', '--name', 'A\u0000B'], /^error: name: contains a control character \(U\+0000\)/],
      [['participant', 'add', '--name', '\u200b\u200b\u2060'], /^error: name: has no visible characters/],
      [['participant', 'add', '--name', '\u202e\u200b'], /^error: name: contains a text-direction override \(U\+202E\)/],
      [['participant', 'add', '--name', 'Budi', '--position', 'Kepala\u2066Dinas'], /^error: position: contains a text-direction override \(U\+2066\)/],
      [['participant', 'add', '--name', 'Budi\nSantoso'], /^error: name: contains a control character \(U\+000A\)/],
      [['unit', 'add', 'Dinas\u202eA'], /^error: name: contains a text-direction override/],
      [['workshop', 'set', 'title', 'T\x1b]0;x\x07'], /^error: title: contains a control character/],
      [['workshop', 'set', 'kop.address', 'Jl. A\u202e'], /^error: kop\.address: contains a text-direction override/],
      [['criteria', 'set', 'Dampak\x1b[31m', '--weight', '50'], /^error: .*"Dampak\\x1b\[31m"/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(RAW);
    }
    expect((await run(['participant', 'list', '--json'])).json()).toEqual([]);
  });

  it('allows tab and line breaks where a field is multi-line, and ordinary non-Latin text', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    expect((await run(['unit', 'add', 'Dinas Kesehatan'])).code).toBe(0);
    const idea = await run(['idea', 'add', '--title', 'Ide', '--unit', 'Dinas Kesehatan', '--problem', 'Baris satu\nBaris dua\tkolom', '--json']);
    expect(idea.code, idea.stderr).toBe(0);
    expect(idea.json<{ problem: string }>().problem).toBe('Baris satu\nBaris dua\tkolom');
    const title = await run(['idea', 'add', '--title', 'Ide\nDua', '--unit', 'Dinas Kesehatan']);
    expect(title.code).toBe(2);
    expect(title.stderr).toMatch(/^error: title: contains a control character \(U\+000A\)/);
    const arabic = await run(['participant', 'add', '--name', 'محمد\u200cعلی', '--json']);
    expect(arabic.code, arabic.stderr).toBe(0);
  });

  it('refuses such values in the participant import, line by line', async () => {
    const { dir, run } = await newWorkshop(['--lang', 'en']);
    const csv = join(dir, 'p.csv');
    writeFileSync(csv, `nama,jabatan,opd\nBudi,Staf,Dinas A\n"${EVIL}",Staf,Dinas A\nAni\u0000,Staf,Dinas A\n\u200b,Staf,Dinas A\nCici,Staf,Dinas\u202eA\nDedi,"Staf\nAhli",Dinas A\n`);
    const r = await run(['participant', 'import', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: name: contains a control character (U+001B)');
    expect(r.stderr).toContain('line 4: name: contains a control character (U+0000)');
    expect(r.stderr).toContain('line 5: name: has no visible characters');
    expect(r.stderr).toContain('line 6: unit: contains a text-direction override (U+202E)');
    expect(r.stderr).toMatch(/line 7: position: contains a control character \(U\+000A\)/);
    expect(r.stderr).not.toMatch(RAW);
    const skip = await run(['participant', 'import', csv, '--skip-invalid', '--json']);
    expect(skip.json<{ added: number }>().added).toBe(1);
  });

  it('refuses such values in the unit import and the commitment sheet', async () => {
    const { dir, run } = await newWorkshop(['--lang', 'en']);
    const units = join(dir, 'u.csv');
    writeFileSync(units, `name,short\nDinas A,DA\nDinas\u202eB,DB\nDinas C,\x1b[2J\n`);
    const r = await run(['unit', 'import', units]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: name: contains a text-direction override (U+202E)');
    expect(r.stderr).toContain('line 4: short: contains a control character (U+001B)');
    expect((await run(['unit', 'add', 'Dinas A'])).code).toBe(0);
    expect((await run(['commitment', 'add', '--unit', 'Dinas A', '--action', 'Aksi', '--due', '2022-12-01'])).code).toBe(0);
    const sheet = join(dir, 'c.csv');
    writeFileSync(sheet, `no,progress,note\n1,50,"Setengah\x1b]0;x\x07"\n`);
    const c = await run(['commitment', 'import', sheet]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/line 2: note: contains a control character \(U\+001B\)/);
  });

  it('refuses a check-in note or deputy with control characters', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    expect((await run(['participant', 'add', '--name', 'Budi'])).code).toBe(0);
    const r = await run(['checkin', '1', '--day', '1', '--status', 'represented', '--representative', `Ani${EVIL}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: representative: contains a control character/);
  });
});

describe('text on a terminal', () => {
  it('shows control characters and bidi overrides stored before the rule as escapes; JSON stays exact', async () => {
    const { file, run } = await newWorkshop(['--lang', 'en']);
    expect((await run(['participant', 'add', '--name', 'Budi', '--position', 'Staf'])).code).toBe(0);
    // A file written by an older innolab, or brought in by a merge: the value is already there.
    const db = new Database(file);
    db.prepare('UPDATE participant SET name = ?, position = ?').run(EVIL, 'Staf\u202eFDP.exe');
    db.close();
    const checkin = await run(['checkin', '1', '--day', '1']);
    expect(checkin.code, checkin.stderr).toBe(0);
    expect(checkin.stdout + checkin.stderr).not.toMatch(RAW);
    expect(checkin.stdout + checkin.stderr).toContain('\\x1b[2J');
    for (const tty of [false, true]) {
      for (const argv of [['participant', 'list'], ['participant', 'show', '1'], ['attendance', 'list', '--day', '1']]) {
        const r = await run(argv, { stdoutIsTTY: tty });
        expect(r.code, r.stderr).toBe(0);
        // On a terminal the program's own colours (SGR) stay; nothing else may reach it raw.
        expect((r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, ''), argv.join(' ')).not.toMatch(RAW);
        expect(r.stdout, argv.join(' ')).toContain('\\x1b[2J');
        if (argv[1] === 'show') expect(r.stdout).toContain('Staf\\u202eFDP.exe');
      }
    }
    const json = await run(['participant', 'show', '1', '--json']);
    expect(json.json<{ name: string; position: string }>()).toMatchObject({ name: EVIL, position: 'Staf\u202eFDP.exe' });
  });
});
