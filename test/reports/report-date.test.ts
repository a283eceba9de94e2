// The report date (issue #14): `workshop set report-date` is the day the outcome report and the Matriks RTL
// speak for and are signed on when --as-of is not given; the demo keeps a day inside its story in its file,
// so reports made from it later are not dated "today" with "Terlambat 1438 hari".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { type RunResult, demoWorkshop, newWorkshop, runCli } from '../helpers/run-cli.js';

/** The --json record of a run. */
const record = (run: RunResult) => JSON.parse(run.stdout) as { report_date?: string | null; as_of?: string };

test('report-date round-trips through workshop set/show, is range-checked, and "" clears it', async () => {
  const w = await newWorkshop();
  const set = await w.run(['workshop', 'set', 'report-date', '2023-01-16', '--json']);
  expect(set.code, set.stderr).toBe(0);
  expect(record(set).report_date).toBe('2023-01-16');
  const shown = await w.run(['workshop', 'show', '--json']);
  expect(record(shown).report_date).toBe('2023-01-16');
  const view = await w.run(['workshop', 'show', '--lang', 'id']);
  expect(view.stdout).toMatch(/Tanggal laporan\s+16 Januari 2023/);
  for (const bad of ['2023-02-30', '16-01-2023', '1999-12-31', '2101-01-01']) {
    const r = await w.run(['workshop', 'set', 'report-date', bad]);
    expect(r.code, bad).toBe(2);
    expect(r.stderr).toContain('report-date');
  }
  const cleared = await w.run(['workshop', 'set', 'tanggal-laporan', '', '--json']);
  expect(cleared.code, cleared.stderr).toBe(0);
  expect(record(cleared).report_date).toBeNull();
});

let demoFile = '';
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'innolab-report-date-'));
  demoFile = await demoWorkshop(dir, '2026-12-07T03:00:00.000Z');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('reports made later from the demo file, without --as-of, are dated inside the story', async () => {
  const show = await runCli(['-f', demoFile, 'workshop', 'show', '--json'], { cwd: dir });
  expect(record(show).report_date).toBe('2023-01-16');
  // A run long after the workshop, with no SOURCE_DATE_EPOCH: "today" would be 7 Desember 2026.
  const out = join(dir, 'later');
  const r = await runCli(['-f', demoFile, 'report', 'all', '--out', out, '--json', '--lang', 'id'], { cwd: dir, now: '2026-12-07T03:00:00.000Z' });
  expect(r.code, r.stderr).toBe(0);
  const written = JSON.parse(r.stdout) as Array<{ report: string; as_of?: string }>;
  expect(written.filter((x) => x.as_of !== undefined).map((x) => [x.report, x.as_of])).toEqual([
    ['outcome', '2023-01-16'],
    ['commitments', '2023-01-16'],
  ]);
  for (const file of ['laporan-hasil-kegiatan.pdf', 'matriks-rtl.pdf']) {
    const text = await pdfText(join(out, file));
    expect(text, file).toContain('Tanjungbalai, 16 Januari 2023');
    expect(text, file).not.toContain('2026');
    expect(text, file).not.toMatch(/Terlambat \d{3,} hari/);
  }
}, 120_000);

test('an explicit --as-of still wins over the report date', async () => {
  const out = join(dir, 'as-of.pdf');
  const r = await runCli(['-f', demoFile, 'report', 'commitments', '--out', out, '--as-of', '2023-03-01', '--json', '--lang', 'id'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  expect(record(r).as_of).toBe('2023-03-01');
  expect(await pdfText(out)).toContain('Tanjungbalai, 1 Maret 2023');
}, 60_000);

test('without a report date the reports are dated today, as before', async () => {
  const cleared = await runCli(['-f', demoFile, 'workshop', 'set', 'report-date', ''], { cwd: dir });
  expect(cleared.code, cleared.stderr).toBe(0);
  const out = join(dir, 'today.pdf');
  const r = await runCli(['-f', demoFile, 'report', 'commitments', '--out', out, '--json', '--lang', 'id'], { cwd: dir, now: '2026-12-07T03:00:00.000Z' });
  expect(r.code, r.stderr).toBe(0);
  expect(record(r).as_of).toBe('2026-12-07');
  expect(await pdfText(out)).toContain('7 Desember 2026');
}, 60_000);
