// Issue 13, "a merge that converges": random work on two or three copies of one workshop (add, edit,
// remove, check-in, undo, idea status, commitment progress), merged in random orders and directions, always
// ends with the same content in every copy once each has seen the others. Runs the real program.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RunResult, newWorkshop, runCli } from '../helpers/run-cli.js';

type Op =
  | { kind: 'add'; copy: number }
  | { kind: 'walkin'; copy: number; name: string }
  | { kind: 'score'; copy: number; value: number; by: string }
  | { kind: 'edit'; copy: number; who: number; position: string }
  | { kind: 'remove'; copy: number; who: number }
  | { kind: 'checkin'; copy: number; who: number; day: number; excused: boolean }
  | { kind: 'undo'; copy: number; who: number; day: number }
  | { kind: 'idea'; copy: number; status: string }
  | { kind: 'progress'; copy: number; no: number; progress: number }
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'correct'; copy: number; what: 'commitment' | 'unit' | 'clear' | 'idea2' | 'removeIdea2'; value: string };

const who = fc.integer({ min: 1, max: 6 });
const day = fc.integer({ min: 1, max: 3 });

function ops(copies: number): fc.Arbitrary<Op[]> {
  const copy = fc.integer({ min: 0, max: copies - 1 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), copy }),
    // The same walk-in registered on two laptops (same e-mail): one person after the merge.
    fc.record({ kind: fc.constant('walkin' as const), copy, name: fc.constantFrom('Hendra Daulay', 'Drs. Héndra Daulay') }),
    fc.record({ kind: fc.constant('score' as const), copy, value: fc.integer({ min: 1, max: 5 }), by: fc.constantFrom('Juri A', 'Juri B') }),
    fc.record({ kind: fc.constant('edit' as const), copy, who, position: fc.constantFrom('Kepala Dinas', 'Sekretaris', 'Kabid') }),
    fc.record({ kind: fc.constant('remove' as const), copy, who }),
    fc.record({ kind: fc.constant('checkin' as const), copy, who, day, excused: fc.boolean() }),
    fc.record({ kind: fc.constant('undo' as const), copy, who, day }),
    fc.record({ kind: fc.constant('idea' as const), copy, status: fc.constantFrom('shortlisted', 'selected', 'dropped', 'proposed', 'trial') }),
    fc.record({ kind: fc.constant('progress' as const), copy, no: fc.integer({ min: 1, max: 2 }), progress: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ kind: fc.constant('merge' as const), into: copy, from: copy }),
    // Corrections: commitment edit, unit edit, idea score --clear, a second idea added and removed.
    fc.record({
      kind: fc.constant('correct' as const),
      copy,
      what: fc.constantFrom('commitment' as const, 'unit' as const, 'clear' as const, 'idea2' as const, 'removeIdea2' as const),
      value: fc.constantFrom('A', 'B'),
    }),
  );
  return fc.array(op, { minLength: 4, maxLength: 20 });
}

/** Every table's rows by uuid, references as uuids, without local ids and numbers. */
function content(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const q = (sql: string) => db.prepare(sql).all();
  const result = {
    units: q('SELECT uuid, name, short_name, kind, partner FROM unit ORDER BY uuid'),
    participants: q('SELECT p.uuid, p.name, p.nip, p.position, u.uuid AS unit, p.role, p.phone, p.email, p.created_at, p.updated_at FROM participant p LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.uuid'),
    attendance: q('SELECT a.uuid, p.uuid AS participant, a.date, a.status, a.checked_in_at, a.how, a.note, a.representative, a.recorded_at, a.updated_at FROM attendance a JOIN participant p ON p.id = a.participant_id ORDER BY a.uuid'),
    ideas: q('SELECT i.uuid, i.title, i.status, u.uuid AS unit, i.updated_at FROM idea i JOIN unit u ON u.id = i.unit_id ORDER BY i.uuid'),
    idea_history: q('SELECT h.uuid, i.uuid AS idea, h.from_status, h.to_status, h.at FROM idea_status_history h JOIN idea i ON i.id = h.idea_id ORDER BY h.uuid'),
    commitments: q('SELECT c.uuid, c.action, c.status, c.progress, c.due_date, c.updated_at FROM commitment c ORDER BY c.uuid'),
    commitment_updates: q('SELECT cu.uuid, c.uuid AS commitment, cu.date, cu.progress, cu.status, cu.note FROM commitment_update cu JOIN commitment c ON c.id = cu.commitment_id ORDER BY cu.uuid'),
    scores: q('SELECT s.uuid, i.uuid AS idea, c.name AS criterion, s.scorer, s.value, s.at FROM score s JOIN idea i ON i.id = s.idea_id JOIN criterion c ON c.id = s.criterion_id ORDER BY s.uuid'),
    tombstones: q('SELECT uuid FROM tombstone ORDER BY uuid'),
  };
  db.close();
  return result;
}

describe('merge converges', () => {
  it('two or three copies, random work, any merge order: identical content in every copy', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const setup = async (argv: string[]) => expect((await w.run(argv, { now: '2022-11-07T00:30:00.000Z' })).code).toBe(0);
    await setup(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']);
    await setup(['participant', 'add', '--name', 'Ani', '--unit', 'Dinkes', '--nip', '196804121993031004']);
    await setup(['participant', 'add', '--name', 'Budi', '--unit', 'Dinkes']);
    await setup(['participant', 'add', '--name', 'Citra', '--unit', 'Dinkes', '--email', 'citra@x.go.id']);
    await setup(['checkin', '1', '2', '--day', '1']);
    await setup(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital']);
    await setup(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Uji coba', '--due', '2022-12-31']);
    await setup(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Peta jalan', '--due', '2023-01-31']);
    let run = 0;

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), ops(n))), async ([copies, steps]) => {
        run++;
        const files = Array.from({ length: copies }, (_, i) => join(w.dir, `run${run}-copy${i}.innolab`));
        for (const f of files) copyFileSync(w.file, f);
        let clock = Date.parse('2022-11-07T01:00:00.000Z');
        const cli = (i: number, argv: string[]): Promise<RunResult> => {
          clock += 61_000;
          return runCli(['-f', files[i]!, '--lang', 'en', ...argv], { cwd: w.dir, now: new Date(clock).toISOString() });
        };
        let added = 0;
        for (const step of steps) {
          let r: RunResult;
          switch (step.kind) {
            case 'add':
              r = await cli(step.copy, ['participant', 'add', '--name', `Tamu ${run}-${++added}`, '--unit', 'Dinkes']);
              break;
            case 'walkin':
              r = await cli(step.copy, ['participant', 'add', '--name', step.name, '--unit', 'Dinkes', '--email', 'hendra@x.go.id']);
              if (r.code === 4) continue;
              break;
            case 'score':
              r = await cli(step.copy, ['idea', 'score', '1', `dampak=${step.value}`, '--by', step.by]);
              break;
            case 'edit':
              r = await cli(step.copy, ['participant', 'edit', String(step.who), '--position', step.position]);
              break;
            case 'remove':
              r = await cli(step.copy, ['participant', 'remove', String(step.who), '--force', '--yes']);
              break;
            case 'checkin':
              r = await cli(step.copy, ['checkin', String(step.who), '--day', String(step.day), ...(step.excused ? ['--status', 'excused', '--note', 'sakit'] : [])]);
              break;
            case 'undo':
              r = await cli(step.copy, ['checkin', String(step.who), '--day', String(step.day), '--undo']);
              break;
            case 'idea':
              r = await cli(step.copy, ['idea', 'status', '1', step.status]);
              break;
            case 'progress':
              r = await cli(step.copy, ['commitment', 'update', String(step.no), '--progress', String(step.progress)]);
              break;
            case 'correct': {
              const argv = {
                commitment: ['commitment', 'edit', '2', '--action', `Peta jalan ${step.value}`, '--output', step.value],
                unit: ['unit', 'edit', 'Dinkes', '--name', `Dinas Kesehatan ${step.value}`],
                clear: ['idea', 'score', '1', '--clear', '--by', 'Juri A'],
                idea2: ['idea', 'add', '--unit', 'Dinkes', '--title', `Ide ${step.value}`],
                removeIdea2: ['idea', 'remove', '2', '--yes'],
              }[step.what];
              r = await cli(step.copy, argv);
              break;
            }
            case 'merge':
              if (step.into === step.from) continue;
              r = await cli(step.into, ['merge', files[step.from]!]);
              expect(r.code, r.stderr).toBe(0);
              break;
          }
          // A refused step (someone already removed, a backward status) is part of the game: exit 2 or 3.
          expect([0, 2, 3], r.stderr).toContain(r.code);
        }
        // Everyone hears from everyone: all into the first, then the first into all.
        for (let i = 1; i < copies; i++) expect((await cli(0, ['merge', files[i]!])).code).toBe(0);
        for (let i = 1; i < copies; i++) expect((await cli(i, ['merge', files[0]!])).code).toBe(0);
        const first = content(files[0]!);
        for (let i = 1; i < copies; i++) expect(content(files[i]!), `copy ${i} of ${copies} after ${JSON.stringify(steps)}`).toEqual(first);
        // And each idea's history is one chain ending at its status.
        const history = first.idea_history as { idea: string; from_status: string | null; to_status: string; at: string; uuid: string }[];
        for (const idea of first.ideas as { uuid: string; status: string }[]) {
          const chain = history.filter((h) => h.idea === idea.uuid).sort((a, b) => (a.at + a.uuid < b.at + b.uuid ? -1 : 1));
          for (let k = 1; k < chain.length; k++) expect(chain[k]!.from_status).toBe(chain[k - 1]!.to_status);
          expect(idea.status).toBe(chain[chain.length - 1]!.to_status);
        }
      }),
      { numRuns: Number(process.env.MERGE_RUNS ?? 40), seed: Number(process.env.MERGE_SEED ?? 13) },
    );
  }, 120_000);
});
