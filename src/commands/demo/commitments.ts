// The sample workshop's follow-up plan: fixtures/commitments.json loaded through the same store functions
// as `commitment add` and `commitment update`, so the demo exercises the real rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../../errors.js';
import type { CommitmentStatus } from '../../domain/commitments.js';
import { parseIsoDate } from '../../domain/dates.js';
import { addCommitment, applyCommitmentUpdate, resolveOwner } from '../../store/commitments.js';
import { getIdeaByNo, listIdeas } from '../../store/ideas.js';
import { resolveUnit } from '../../store/units.js';
import type { DemoStep } from './steps.js';

export interface CommitmentFixture {
  /** Unit name or short name as in fixtures/units.csv. */
  unit: string;
  /** The idea it follows up: its title in fixtures/ideas.json, or its number. */
  idea?: string | number;
  action: string;
  /** A participant (NIP, name) or a position written as text. */
  owner?: string;
  output?: string;
  indicator?: string;
  due: string;
  updates?: { date: string; progress?: number; status?: CommitmentStatus; note?: string }[];
}

const FILE = 'commitments.json';

const commitments: DemoStep = {
  name: 'commitments',
  run({ store, fixtures }) {
    const entries = JSON.parse(readFileSync(join(fixtures, FILE), 'utf8')) as CommitmentFixture[];
    store.change(() => {
      const ideas = listIdeas(store);
      entries.forEach((entry, index) => {
        const fail = (problem: string): never => {
          throw new FileError('commitment.error.fixture', { file: FILE, index: index + 1, problem });
        };
        const due = parseIsoDate(entry.due) ?? fail(`due "${entry.due}"`);
        const unit = resolveUnit(store, entry.unit);
        let ideaId: number | null = null;
        if (typeof entry.idea === 'number') ideaId = getIdeaByNo(store, entry.idea).id;
        else if (typeof entry.idea === 'string') {
          const title = entry.idea.toLowerCase();
          ideaId = ideas.find((i) => i.title.toLowerCase() === title)?.id ?? fail(`idea "${entry.idea}"`);
        }
        const owner = entry.owner === undefined ? { owner_id: null, owner_name: null } : resolveOwner(store, entry.owner);
        const row = addCommitment(store, {
          unitId: unit.id,
          ideaId,
          action: entry.action,
          ownerId: owner.owner_id,
          ownerName: owner.owner_name,
          output: entry.output,
          indicator: entry.indicator,
          dueDate: due,
        });
        for (const update of entry.updates ?? []) applyCommitmentUpdate(store, row.id, update);
      });
    });
  },
};

export const steps: DemoStep[] = [commitments];
