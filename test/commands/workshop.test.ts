import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

describe('workshop set / show', () => {
  it('changes a field, prints the record as it now stands, and records it in the audit log', async () => {
    const { run } = await newWorkshop();
    const set = await run(['workshop', 'set', 'venue', 'Aula Sutrisno Hadi Lt. 3', '--json']);
    expect(set.code).toBe(0);
    expect(set.json<{ venue: string }>().venue).toBe('Aula Sutrisno Hadi Lt. 3');
    const signatory = await run(['workshop', 'set', 'signatory.nip', '19720314 199803 1 005', '--json']);
    expect(signatory.json<{ signatory: { nip: string } }>().signatory.nip).toBe('197203141998031005');
    const log = (await run(['log', '--json'])).json<{ command: string; fields: string[] }[]>();
    expect(log[0]).toMatchObject({ command: 'innolab workshop set -f --json', fields: ['signatory_nip'] });
    // The audit log keeps flag names, never values.
    expect(JSON.stringify(log)).not.toContain('Sutrisno');
  });

  it('moves the dates and refuses an end before the start', async () => {
    const { run } = await newWorkshop();
    const end = await run(['workshop', 'set', 'end', '2022-11-10', '--json']);
    expect(end.json<{ days: string[] }>().days).toHaveLength(4);
    const bad = await run(['workshop', 'set', 'end', '2022-11-01', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('before');
    const unknown = await run(['workshop', 'set', 'colour', 'blue', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('signatory.name');
  });

  it('shows the workshop for people in the workshop language, and in English with --lang en', async () => {
    const { run } = await newWorkshop(['--venue', 'Aula', '--organizer', 'Pemerintah Kota Tanjungbalai']);
    const id = await run(['workshop', 'show']);
    expect(id.stdout).toContain('Senin–Rabu, 7–9 November 2022');
    expect(id.stdout).toContain('penyelenggara');
    const en = await run(['workshop', 'show', '--lang', 'en']);
    expect(en.stdout).toContain('Monday–Wednesday, 7–9 November 2022');
  });
});

describe('status, log and check', () => {
  it('status --json says which workshop day today is', async () => {
    const { run } = await newWorkshop();
    const status = await run(['status', '--json'], { now: '2022-11-08T09:00:00+07:00' });
    expect(status.code).toBe(0);
    const body = status.json<{ today: { date: string; day: number | null }; counts: { units: number } }>();
    expect(body.today.day).toBe(2);
    expect(body.counts.units).toBe(0);
    const outside = (await run(['status', '--json', '--as-of', '2022-12-01'])).json<{ today: { day: number | null } }>();
    expect(outside.today.day).toBeNull();
  });

  it('check reports a healthy file', async () => {
    const { run } = await newWorkshop();
    const check = await run(['check', '--json']);
    expect(check.code).toBe(0);
    expect(check.json<{ ok: boolean; schema_version: number }>()).toMatchObject({ ok: true });
  });
});
