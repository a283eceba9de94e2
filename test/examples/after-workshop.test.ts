// Runs examples/after-workshop.sh, exactly as the README shows it, with the built program on PATH against
// the sample workshop, and checks what a secretary would open afterwards.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../global-build.js';
import { tempDir } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '..', '..');
const script = join(repo, 'examples', 'after-workshop.sh');

// dist/ is built once per test run (test/global-build.ts).
beforeAll(() => requireBuild());

describe('examples/after-workshop.sh', () => {
  it('is in the README verbatim', () => {
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toContain('```sh\n' + readFileSync(script, 'utf8') + '```');
  });

  it('regenerates every report, exports masked CSV and lists overdue commitments as JSON', () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'innolab'), `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'bin', 'innolab.js')}" "$@"\n`);
    chmodSync(join(bin, 'innolab'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, CI: '1', NO_COLOR: '1' };
    const demo = spawnSync('innolab', ['demo', '--out', 'sample', '--lang', 'id'], { cwd: dir, env, encoding: 'utf8' });
    expect(demo.status, demo.stderr).toBe(0);
    const file = join(dir, 'sample', 'tanjungbalai-2022.innolab');
    expect(existsSync(file)).toBe(true);

    const run = spawnSync('bash', [script, '2023-03-01'], { cwd: dir, env: { ...env, INNOLAB_FILE: file }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run.status, run.stderr).toBe(0);

    const reports = readdirSync(join(dir, 'laporan')).filter((f) => f.endsWith('.pdf'));
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const pdf of reports) expect(readFileSync(join(dir, 'laporan', pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['attendance.csv', 'commitments.csv', 'ideas.csv', 'participants.csv', 'units.csv']);
    const participants = readFileSync(join(dir, 'data', 'participants.csv'), 'utf8');
    expect(participants.startsWith('\uFEFFno,uuid,name,nip,')).toBe(true);
    const lines = participants.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(10);
    // --redact: no whole NIP (18 digits) anywhere in the exported data.
    for (const name of readdirSync(join(dir, 'data'))) expect(readFileSync(join(dir, 'data', name), 'utf8')).not.toMatch(/\d{18}/);

    const overdue = JSON.parse(readFileSync(join(dir, 'rtl-terlambat.json'), 'utf8')) as { overdue: boolean; due_date: string }[];
    expect(Array.isArray(overdue)).toBe(true);
    expect(overdue.length).toBeGreaterThan(0);
    for (const c of overdue) expect(c.overdue && c.due_date < '2023-03-01').toBe(true);
  });

  it('stops with exit 2 when no workshop file is set, before writing anything', () => {
    const dir = tempDir();
    const env = { ...process.env };
    delete env.INNOLAB_FILE;
    const run = spawnSync('bash', [script], { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INNOLAB_FILE');
    expect(readdirSync(dir)).toEqual([]);
  });
});
