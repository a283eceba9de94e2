// Streaming at scale (#17, finding 9; docs/PERFORMANCE.md): long lists are written as their rows are read.
// Every better-sqlite3 statement's `.all()` is counted while the real program runs in-process: on a
// 3,000-person workshop (3 days of attendance) no single `.all()` may return the people or their
// attendance, so the output never exists as one array or one string. The outputs are checked too.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prettyJsonArray } from '../../src/domain/json-array.js';
import { csvPieces, toCsv } from '../../src/export/csv.js';
import { newWorkshop } from '../helpers/run-cli.js';
// @ts-expect-error -- plain ESM shared with the bench, no type declarations
import { generateWorkshop } from '../helpers/workshops.mjs';

const PEOPLE = 3000;
const ROWS = 20_000;
/** Larger than any short table (units, ideas, commitments) and far below the people or attendance rows. */
const MAX_ALL_ROWS = 500;

type StatementProto = { all: (...args: unknown[]) => unknown[]; iterate: (...args: unknown[]) => Iterator<unknown> };
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as StatementProto;
const originalAll = proto.all;
const originalIterate = proto.iterate;
let largestAll = 0;
/** Called with each row an iterated statement yields. */
let onRow: (row: Record<string, unknown>) => void = () => {};

beforeEach(() => {
  largestAll = 0;
  proto.all = function (this: unknown, ...args: unknown[]) {
    const rows = originalAll.apply(this, args);
    largestAll = Math.max(largestAll, rows.length);
    return rows;
  };
  proto.iterate = function* (this: unknown, ...args: unknown[]) {
    for (const row of { [Symbol.iterator]: () => originalIterate.apply(this, args) }) {
      onRow(row as Record<string, unknown>);
      yield row;
    }
  } as StatementProto['iterate'];
});
afterEach(() => {
  proto.all = originalAll;
  proto.iterate = originalIterate;
  onRow = () => {};
});

/** Bytes already on disk in the temporary file of `out/<name>` (0 when there is none). */
function writtenSoFar(out: string, name: string): number {
  if (!existsSync(out)) return 0;
  const temps = readdirSync(out).filter((f) => f.startsWith(`.${name}`));
  return temps.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
}

async function bigWorkshop() {
  const w = await newWorkshop();
  const file = join(w.dir, 'big.innolab');
  (generateWorkshop as (o: object) => void)({ Database, template: w.file, file, fixtures: join(import.meta.dirname, '..', '..', 'fixtures'), seed: 3, people: PEOPLE });
  return { ...w, file, run: (argv: string[]) => w.run(['-f', file, ...argv]) };
}

describe('long lists stream', () => {
  it('prettyJsonArray gives exactly JSON.stringify(list, null, 2), in pieces', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ no: i, name: `Nama\n${i}`, nested: { a: [1, { b: null }], e: [] }, u: undefined }));
    for (const list of [[], [1], [null, 'x', { a: {} }, [], [[]]], long] as unknown[][]) {
      expect([...prettyJsonArray(list)].join('')).toBe(JSON.stringify(list, null, 2));
    }
    expect([...prettyJsonArray(long)].length).toBeGreaterThan(1);
    expect([...prettyJsonArray([undefined, () => 1])].join('')).toBe(JSON.stringify([undefined, () => 1], null, 2));
  });

  it('csvPieces joins to toCsv', () => {
    const rows = Array.from({ length: ROWS }, (_, i) => ({ a: `=${i}`, b: i }));
    const columns = [
      { header: 'a', value: (r: { a: string }) => r.a },
      { header: 'b', value: (r: { b: number }) => r.b },
    ];
    expect([...csvPieces(rows, columns)].length).toBeGreaterThan(1);
    expect([...csvPieces(rows, columns, ';')].join('')).toBe(toCsv(rows, columns, ';'));
  });

  it('participant list --json reads its people row by row', async () => {
    const w = await bigWorkshop();
    largestAll = 0;
    const r = await w.run(['participant', 'list', '--json']);
    expect(r.code).toBe(0);
    expect(largestAll).toBeLessThanOrEqual(MAX_ALL_ROWS);
    const people = r.json<{ no: number }[]>();
    expect(people).toHaveLength(PEOPLE);
    expect(people[PEOPLE - 1]!.no).toBe(PEOPLE);
    // Without --json the table still lists everyone.
    const table = await w.run(['participant', 'list']);
    expect(table.stdout.trim().split('\n')).toHaveLength(PEOPLE + 1);
  }, 60_000);

  it('export --table all --out writes participants and attendance row by row, CSV and JSON', async () => {
    const w = await bigWorkshop();
    for (const format of ['csv', 'json']) {
      const out = join(w.dir, `out-${format}`);
      largestAll = 0;
      // When the last person is read, most of their file is already written: the rows were not gathered first.
      let onDiskAtLastPerson = -1;
      onRow = (row) => {
        if (row.no === PEOPLE && 'role' in row) onDiskAtLastPerson = writtenSoFar(out, `participants.${format}`);
      };
      const r = await w.run(['export', '--table', 'all', '--format', format, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(largestAll).toBeLessThanOrEqual(MAX_ALL_ROWS);
      expect(onDiskAtLastPerson).toBeGreaterThan(64 * 1024);
      const text = readFileSync(join(out, `participants.${format}`), 'utf8');
      if (format === 'json') expect(JSON.parse(text)).toHaveLength(PEOPLE);
      else expect(text.trim().split('\r\n')).toHaveLength(PEOPLE + 1);
      const attendance = readFileSync(join(out, `attendance.${format}`), 'utf8');
      const marks = format === 'json' ? (JSON.parse(attendance) as unknown[]).length : attendance.trim().split('\r\n').length - 1;
      expect(marks).toBeGreaterThan(PEOPLE * 2);
    }
  }, 60_000);

  it('merge reads the other copy row by row', async () => {
    const w = await bigWorkshop();
    const other = join(w.dir, 'other.innolab');
    copyFileSync(w.file, other);
    expect((await w.run(['-f', other, 'participant', 'add', '--name', 'Orang Baru'])).code).toBe(0);
    largestAll = 0;
    const r = await w.run(['merge', other, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(largestAll).toBeLessThanOrEqual(MAX_ALL_ROWS);
    const list = await w.run(['participant', 'list', '--json']);
    expect(list.json<unknown[]>()).toHaveLength(PEOPLE + 1);
  }, 60_000);

  it('report attendance reads each day\'s people as it draws them and writes pages as they are finished', async () => {
    const w = await bigWorkshop();
    largestAll = 0;
    // When the last row is read (the end of day 3), nearly the whole PDF is already in its temporary file:
    // the sheets were not drawn from arrays of everyone read first, nor the PDF kept until the end.
    let onDiskAtLastRow = -1;
    let rows = 0;
    onRow = () => {
      rows++;
      onDiskAtLastRow = writtenSoFar(w.dir, 'daftar-hadir.pdf');
    };
    const r = await w.run(['report', 'attendance', '--out', join(w.dir, 'daftar-hadir.pdf'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(largestAll).toBeLessThanOrEqual(MAX_ALL_ROWS);
    expect(rows).toBeGreaterThanOrEqual(3 * PEOPLE);
    const size = statSync(join(w.dir, 'daftar-hadir.pdf')).size;
    // ~95%: all but the last rows' page, the fonts and the cross-reference table. A sheet whose rows were
    // gathered before it is drawn would have the first two days' sheets only (two thirds).
    expect(onDiskAtLastRow).toBeGreaterThan(0.85 * size);
    expect(r.json<{ participants: number; days: number[]; pages: number }>()).toMatchObject({ participants: PEOPLE, days: [1, 2, 3] });
    // Nothing is left behind: the temporary order is gone and the file can be written again.
    expect((await w.run(['report', 'attendance', '--day', '2', '--out', join(w.dir, 'hari-2.pdf')])).code).toBe(0);
  }, 60_000);
});
