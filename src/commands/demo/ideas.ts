// The sample workshop's ideas (fixtures/ideas.json): about fifteen proposals across the OPDs, their way
// through shortlisting and the plenary selection, and the facilitators' scores — loaded through the same
// store functions the idea commands use, so the demo obeys the same status rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdeaStatus } from '../../domain/idea-status.js';
import { listCriteria } from '../../store/criteria.js';
import type { WorkshopStore } from '../../store/db.js';
import { type IdeaForm, type IdeaKind, addIdea, setIdeaStatus } from '../../store/ideas.js';
import { findParticipants } from '../../store/participant-lookup.js';
import type { Participant } from '../../store/participants.js';
import { recordScores } from '../../store/scores.js';
import { resolveUnit } from '../../store/units.js';
import type { DemoStep } from './steps.js';

interface IdeaFixture {
  unit: string;
  title: string;
  form?: IdeaForm;
  kind?: IdeaKind;
  affair?: string;
  problem?: string;
  description?: string;
  objective?: string;
  benefit?: string;
  expected_result?: string;
  /** A participant reference (NIP or name). */
  proposer?: string;
  created_at: string;
  history: { to: IdeaStatus; at: string; note?: string }[];
  /** One scorer's sheet: `by` (participant reference or free text), `at`, and criterion → 1..5. */
  scores: ({ by: string; at: string } & Record<string, string | number>)[];
}

/** The one participant a fixture reference means, or undefined (then the text is kept as a name). */
function person(store: WorkshopStore, ref: string): Participant | undefined {
  const matches = findParticipants(store, ref);
  return matches.length === 1 ? matches[0] : undefined;
}

export function loadIdeas(store: WorkshopStore, ideas: readonly IdeaFixture[]): void {
  const criteria = listCriteria(store);
  for (const f of ideas) {
    const proposer = f.proposer ? person(store, f.proposer) : undefined;
    let idea = addIdea(
      store,
      {
        unitId: resolveUnit(store, f.unit).id,
        title: f.title,
        form: f.form,
        kind: f.kind,
        affair: f.affair,
        problem: f.problem,
        description: f.description,
        objective: f.objective,
        benefit: f.benefit,
        expected_result: f.expected_result,
        proposerId: proposer?.id ?? null,
        proposerName: proposer?.name ?? f.proposer ?? null,
      },
      { at: f.created_at },
    );
    for (const h of f.history) idea = setIdeaStatus(store, idea, h.to, { note: h.note, at: h.at }).idea;
    for (const sheet of f.scores) {
      const scorer = person(store, sheet.by);
      const values = criteria
        .filter((c) => typeof sheet[c.name] === 'number')
        .map((c) => ({ criterionId: c.id, criterion: c.name, value: sheet[c.name] as number }));
      recordScores(store, idea, scorer?.uuid ?? sheet.by, values, { at: sheet.at });
    }
  }
}

const ideas: DemoStep = {
  name: 'ideas',
  run({ store, fixtures }) {
    const data = JSON.parse(readFileSync(join(fixtures, 'ideas.json'), 'utf8')) as { ideas: IdeaFixture[] };
    store.change(() => loadIdeas(store, data.ideas));
  },
};

export const steps: DemoStep[] = [ideas];
