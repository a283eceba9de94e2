import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixtureCsv } from '../../src/commands/demo/steps.js';
import { steps } from '../../src/commands/demo/ideas.js';
import { fixturesDir } from '../../src/paths.js';
import { openWorkshopFile } from '../../src/store/db.js';
import { insertParticipant } from '../../src/store/participants.js';
import { addUnit, ensureUnit, type UnitKind } from '../../src/store/units.js';
import { newWorkshop } from '../helpers/run-cli.js';

describe('demo ideas (fixtures/ideas.json)', () => {
  it('loads about fifteen ideas across the units with their status history and scores', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const store = openWorkshopFile(w.file, { command: 'demo', now: () => new Date('2022-11-09T10:00:00Z') });
    const units = await readFixtureCsv(join(fixturesDir(), 'units.csv'));
    // The participants of fixtures/participants.csv (what the participants demo step imports), so that every
    // proposer and scorer reference of ideas.json can be checked to name exactly one person.
    const people = await readFixtureCsv(join(fixturesDir(), 'participants.csv'));
    store.change(() => {
      for (const u of units) addUnit(store, { name: u.name!, short: u.short || null, kind: u.kind as UnitKind });
      for (const p of people) {
        const unit = ensureUnit(store, p.OPD!).unit;
        insertParticipant(store, { name: p.Nama!, nip: p.NIP || null, unitId: unit.id, role: p.Peran as 'peserta' });
      }
    });
    for (const step of steps) await step.run({ ctx: undefined as never, store, fixtures: fixturesDir(), outDir: w.dir });
    store.close();

    const fixture = JSON.parse(readFileSync(join(fixturesDir(), 'ideas.json'), 'utf8')) as { ideas: { title: string }[] };
    const ideas = (await w.run(['idea', 'list', '--sort', 'score', '--json'])).json<{ no: number; title: string; status: string; form: string; kind: string; score: number | null; unit: { short_name: string }; proposer: { no: number | null; name: string } | null }[]>();
    expect(ideas.filter((i) => i.proposer?.no == null)).toEqual([]);
    expect(ideas).toHaveLength(fixture.ideas.length);
    expect(ideas.length).toBeGreaterThanOrEqual(14);
    const count = (status: string) => ideas.filter((i) => i.status === status).length;
    expect(count('trial')).toBe(1);
    expect(count('selected')).toBeGreaterThanOrEqual(3);
    expect(count('dropped')).toBeGreaterThanOrEqual(2);
    expect(new Set(ideas.map((i) => i.form))).toEqual(new Set(['tata-kelola', 'pelayanan-publik', 'lainnya']));
    expect(new Set(ideas.map((i) => i.kind))).toEqual(new Set(['digital', 'non-digital']));
    expect(new Set(ideas.map((i) => i.unit.short_name)).size).toBeGreaterThanOrEqual(12);
    // The selected ideas lead the ranking: the plenary chose the best scored.
    expect(ideas.slice(0, 3).every((i) => ['selected', 'trial'].includes(i.status))).toBe(true);

    const trial = ideas.find((i) => i.status === 'trial')!;
    type Scorer = { no: number | null; name: string } | null;
    const shown = (await w.run(['idea', 'show', String(trial.no), '--json'])).json<{ history: { to: string }[]; scores: { scorer: Scorer }[] }>();
    expect(shown.history.map((h) => h.to)).toEqual(['proposed', 'shortlisted', 'selected', 'trial']);
    expect(new Set(shown.scores.map((s) => s.scorer?.name)).size).toBe(3);
    // Every fixture scorer is a registered participant.
    for (const idea of ideas) {
      const scores = (await w.run(['idea', 'show', String(idea.no), '--json'])).json<{ scores: { scorer: Scorer }[] }>().scores;
      expect(scores.filter((s) => s.scorer?.no == null).map((s) => s.scorer)).toEqual([]);
    }

    const status = (await w.run(['status', '--as-of', '2022-11-09', '--json'])).json<{ ideas: { units_without_ideas: unknown[] } }>();
    expect(status.ideas.units_without_ideas.length).toBeGreaterThan(0);
  });
});
