// #17 slice C, the fuzz side: every command that writes a file, with every awkward place to write it (the open
// workshop file, its -wal, a folder, a device, a path under a regular file, a folder that does not exist):
// each ends with exit 0 or a documented refusal, one `error:` line, never "unexpected failure" or a stack,
// and the workshop file is left whole.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, innolab, workshopWithRegistrations } from './helpers.js';

let root: string;
let file: string;
/** A null device of our own (never /dev/null itself: a regression that renamed over it would break the machine). */
let device: string[] = [];

beforeAll(() => {
  buildOnce();
  root = mkdtempSync(join(tmpdir(), 'innolab-fuzz-files-'));
  const template = join(root, 'template.innolab');
  workshopWithRegistrations(template, 20);
  expect(innolab(['commitment', 'add', '--unit', 'Bappeda', '--action', 'Rapat', '--due', '2022-12-01', '-f', template]).status).toBe(0);
  file = join(root, 'w.innolab');
  copyFileSync(template, file);
  mkdirSync(join(root, 'folder'));
  writeFileSync(join(root, 'plain.txt'), 'a file, not a folder');
  if (spawnSync('mknod', ['-m', '666', join(root, 'null'), 'c', '1', '3']).status === 0) device = [join(root, 'null')];
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLACES = () => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`, join(root, 'folder'), ...device, join(root, 'plain.txt', 'x.out'), join(root, 'no', 'such', 'folder', 'x.out')];

const WRITERS: ((place: string) => string[])[] = [
  (place) => ['export', '--table', 'participants', '--out', place],
  (place) => ['export', '--out', place],
  (place) => ['export', '--format', 'json', '--table', 'units', '--out', place],
  (place) => ['export', '--format', 'xlsx', '--out', place],
  (place) => ['report', 'attendance', '--day', '1', '--out', place],
  (place) => ['report', 'outcome', '--format', 'docx', '--out', place],
  (place) => ['report', 'all', '--out', place],
  (place) => ['commitment', 'export', '--out', place],
  (place) => ['commitment', 'export', '--unit', 'Bappeda', '--format', 'csv', '--out', place],
  (place) => ['backup', place, '--yes'],
  (place) => ['template', 'export', place, '--yes'],
  (place) => ['rollup', file, '--format', 'csv', '--out', place],
];

describe('every file-writing command, written anywhere', () => {
  it('exits 0, 2, 3 or 4 for what it refuses and 1 only for a folder that cannot be written; never a stack', () => {
    const unexpected: string[] = [];
    for (const writer of WRITERS) {
      for (const place of PLACES()) {
        const args = [...writer(place), '-f', file];
        const r = innolab(args);
        const lines = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
        if (r.status === null || r.stderr.includes('unexpected') || /\n\s+at /.test(r.stderr)) unexpected.push(`${args.join(' ')} -> ${r.status}: ${r.stderr}`);
        if (r.status !== 0 && lines.length !== 1) unexpected.push(`${args.join(' ')} -> ${r.status} without one error line: ${r.stderr}`);
        // Exit 1 is a file the system would not let us write: only under a regular file or a missing folder.
        if (r.status === 1 && !place.includes('plain.txt') && !place.includes('no/such')) unexpected.push(`${args.join(' ')} -> 1: ${r.stderr}`);
      }
    }
    expect(unexpected).toEqual([]);
    const check = innolab(['check', '--json', '-f', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, counts: { participant: 20 } });
  }, 240_000);
});
