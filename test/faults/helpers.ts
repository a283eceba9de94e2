// Shared by the fault tests: the built program run as a real process, and registration CSVs.
import { type ChildProcess, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';

export const repo = resolve(import.meta.dirname, '..', '..');
export const bin = join(repo, 'bin', 'innolab.js');
export const cliEnv = { ...process.env, CI: '1', NO_COLOR: '1', INNOLAB_LANG: 'en' };

/**
 * The fault tests run the real program as separate processes: dist/ is built once per test run by vitest's
 * globalSetup (test/global-build.ts); this only fails early when that build failed.
 */
export { requireBuild as buildOnce } from '../global-build.js';

/** Runs the built program to completion, in English (a workshop's own language would win over INNOLAB_LANG). */
export function innolab(args: string[], env: Record<string, string | undefined> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args, '--lang', 'en'], { env: { ...cliEnv, ...env }, encoding: 'utf8' });
}

/** A valid, unique NIP for person i (birth date, appointment year and month, gender digit, sequence). */
export function nip(i: number): string {
  const year = 1965 + (i % 30);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  // 001–999: a serial of 000 is what Excel's rounding leaves, never a real NIP (import refuses it).
  const sequence = String((Math.floor(i / 420) % 999) + 1).padStart(3, '0');
  return `${year}${month}${day}${year + 25}${month}${1 + (i % 2)}${sequence}`;
}

const UNITS = ['Bappeda', 'Diskominfo', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Inspektorat', 'BPKPAD'];

/** A registration sheet as offices send them: Nama, NIP, Jabatan, OPD, No HP, Email. */
export function registrationCsv(count: number, start = 0): string {
  const rows = ['Nama,NIP,Jabatan,OPD,No HP,Email'];
  for (let i = start; i < start + count; i++) {
    rows.push(`Peserta Nomor ${i + 1} S.Sos,${nip(i)},Analis Kebijakan,${UNITS[i % UNITS.length]},0812${String(10000000 + i)},peserta${i + 1}@example.go.id`);
  }
  return rows.join('\n') + '\n';
}

/** The file's bytes as a hash (and its -wal, which must not hold anything new either). */
export function fingerprint(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file));
  hash.update(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0));
  return hash.digest('hex');
}

/** stderr is one `error: …` line, without a stack trace. */
export function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1 || !lines[0]!.startsWith('error: ')) throw new Error(`expected one error line, got:\n${stderr}`);
  return lines[0]!;
}

/** A new workshop file (7–9 November 2022) with `count` people imported from people.csv written beside it. */
export function workshopWithRegistrations(file: string, count: number): void {
  expect(innolab(['init', file, '--title', 'Lab', '--start', '2022-11-07', '--end', '2022-11-09']).status).toBe(0);
  const csv = join(dirname(file), 'people.csv');
  writeFileSync(csv, registrationCsv(count));
  const imported = innolab(['participant', 'import', csv, '-f', file]);
  expect(imported.status, imported.stderr).toBe(0);
}

/** Stops the child and waits until it is stopped (a signal arrives asynchronously); false when it ended first. */
export async function stop(child: ChildProcess): Promise<boolean> {
  child.kill('SIGSTOP');
  for (;;) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    } catch {
      return false;
    }
    // "pid (command) state …": the command may hold spaces and parentheses, the state follows the last ')'.
    const state = stat.slice(stat.lastIndexOf(')') + 2)[0];
    if (state === 'T' || state === 't') return true;
    if (state === 'Z' || state === 'X') return false;
    await sleep(1);
  }
}
