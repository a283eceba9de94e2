import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentFixture } from '../../src/commands/demo/commitments.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/commitments.json'), 'utf8')) as CommitmentFixture[];

/** The fixture's own word on where each commitment ends up: the last status its updates state. */
function closedInFixture(entry: CommitmentFixture): boolean {
  const stated = (entry.updates ?? []).filter((u) => u.status !== undefined).at(-1)?.status;
  return stated === 'done' || stated === 'cancelled';
}

interface Listed {
  no: number;
  unit: { no: number; name: string; short_name: string | null };
  action: string;
  owner: { no: number | null; name: string } | null;
  idea: { no: number; title: string } | null;
  due_date: string;
  status: string;
  overdue: boolean;
  days_overdue: number;
}

describe('the sample workshop (innolab demo)', () => {
  // One demo for every test here (tempDir() is emptied after each test, so this folder is our own).
  const dir = mkdtempSync(join(tmpdir(), 'innolab-demo-'));
  const file = join(dir, 'tanjungbalai-2022.innolab');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const demo = await runCli(['demo', '--out', dir, '--lang', 'en'], { cwd: dir, now: '2023-01-15T09:00:00+07:00' });
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);

  it('holds every commitment of fixtures/commitments.json, with their ideas and owners', async () => {
    const all = (await runCli(['-f', file, 'commitment', 'list', '--json'])).json<Listed[]>();
    expect(all).toHaveLength(fixture.length);
    expect(fixture.length).toBeGreaterThanOrEqual(18);
    const byAction = new Map(all.map((c) => [c.action, c]));
    for (const entry of fixture) {
      const c = byAction.get(entry.action)!;
      expect(c, entry.action).toBeDefined();
      expect(c.due_date).toBe(entry.due);
      expect([c.unit.name, c.unit.short_name]).toContain(entry.unit);
      expect(c.idea === null).toBe(entry.idea === undefined);
    }
    // Owners given by NIP are registered participants; positions stay as text.
    const byNip = fixture.filter((f) => /^\d{18}$/.test(f.owner ?? ''));
    expect(byNip.length).toBeGreaterThan(0);
    for (const f of byNip) expect(byAction.get(f.action)!.owner?.no).toEqual(expect.any(Number));
    expect(all.some((c) => c.owner !== null && c.owner.no === null)).toBe(true);
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(['planned', 'in-progress', 'done', 'cancelled']));
  });

  it('commitment list --overdue --as-of 2023-01-15 lists exactly the open ones due before that date', async () => {
    const asOf = '2023-01-15';
    const expected = fixture.filter((f) => f.due < asOf && !closedInFixture(f)).map((f) => f.action).sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const result = await runCli(['-f', file, 'commitment', 'list', '--overdue', '--as-of', asOf, '--json']);
    expect(result.code).toBe(0);
    const overdue = result.json<Listed[]>();
    expect(overdue.map((c) => c.action).sort()).toEqual(expected);
    for (const c of overdue) {
      expect(c.overdue).toBe(true);
      expect(c.days_overdue).toBeGreaterThan(0);
    }
    // Done or cancelled commitments due before the date are not overdue.
    expect(fixture.some((f) => f.due < asOf && closedInFixture(f))).toBe(true);
  });
});
