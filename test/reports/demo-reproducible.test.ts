// `innolab demo` is the sample an office looks at first: two builds, on different days and in different
// folders, write the same reports byte for byte — badges too, whose QR codes hold the records' uuids.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

test('two demo builds write byte-identical reports, badges included', async () => {
  const dir = tempDir();
  const first = await runCli(['demo', '--out', join(dir, 'a'), '--no-input'], { cwd: dir, now: '2026-12-01T03:00:00.000Z' });
  const second = await runCli(['demo', '--out', join(dir, 'b'), '--no-input'], { cwd: dir, now: '2027-02-15T09:30:00.000Z' });
  expect(first.code, first.stderr).toBe(0);
  expect(second.code, second.stderr).toBe(0);
  const files = readdirSync(join(dir, 'a', 'laporan')).sort();
  expect(files).toContain('tanda-pengenal.pdf');
  expect(readdirSync(join(dir, 'b', 'laporan')).sort()).toEqual(files);
  for (const f of files) {
    expect(readFileSync(join(dir, 'a', 'laporan', f)).equals(readFileSync(join(dir, 'b', 'laporan', f))), f).toBe(true);
  }
}, 120_000);
