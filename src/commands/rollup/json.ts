// The roll-up as scripts read it (`rollup --json`, described in README "JSON output"), and the rows of one
// grouping (`--by`) that the table and the CSV show.
import { type Figures, ROLLUP_FORMS, type Tally, figuresOf } from '../../domain/rollup.js';
import type { Rollup, UnitGroup } from './collect.js';

export const ROLLUP_GROUPINGS = ['workshop', 'unit', 'form', 'year'] as const;
export type RollupGrouping = (typeof ROLLUP_GROUPINGS)[number];

/** One row of a grouping: what it is, how many workshops it spans, and its figures. */
export interface RollupRow extends Figures {
  key: string;
  label: string;
  workshops: number;
}

const row = (key: string, label: string, workshops: number, tally: Tally): RollupRow => ({ key, label, workshops, ...figuresOf(tally) });

/** Figures of a form row: ideas and commitments of that form only; people belong to no form. */
function formRow(form: string, tally: Tally, workshops: number): RollupRow {
  const r = row(form, form, workshops, tally);
  return { ...r, participants: 0, attendance: { attended: 0, person_days: 0, rate: null } };
}

export function rowsBy(rollup: Rollup, by: RollupGrouping): RollupRow[] {
  switch (by) {
    case 'workshop':
      return rollup.workshops.map((w) => row(w.file, w.workshop.title, 1, w.tally));
    case 'unit':
      return rollup.units.map((u) => row(u.name, u.name, u.workshops.size, u.tally));
    case 'form':
      return ROLLUP_FORMS.map((f) => formRow(f, rollup.forms.get(f)!, rollup.read));
    case 'year':
      return [...rollup.years.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([y, t]) => row(y, y, t.workshops, t));
  }
}

export interface StaleUnit {
  name: string;
  last_update: string | null;
  open_commitments: number;
}

/** OPDs with open commitments and no progress update on or after `since`. */
export function staleUnits(units: readonly UnitGroup[], since: string): StaleUnit[] {
  return units
    .filter((u) => u.open_commitments > 0 && (u.last_update === null || u.last_update < since))
    .map((u) => ({ name: u.name, last_update: u.last_update, open_commitments: u.open_commitments }));
}

/** Names seen in one workshop only and not in the unit map: likely the same OPD spelt another way. */
export function unmatchedUnits(rollup: Rollup): { name: string; names: string[]; workshop: string }[] {
  if (rollup.read < 2) return [];
  return rollup.units.filter((u) => u.workshops.size === 1 && !u.mapped).map((u) => ({ name: u.name, names: [...u.names], workshop: u.first_workshop }));
}

export function rollupJson(rollup: Rollup, opts: { asOf: string; since: string; by: RollupGrouping }): Record<string, unknown> {
  return {
    as_of: opts.asOf,
    since: opts.since,
    by: opts.by,
    files: { read: rollup.read, skipped: rollup.skipped.length },
    skipped: rollup.skipped,
    totals: { workshops: rollup.read, ...figuresOf(rollup.total) },
    rows: rowsBy(rollup, opts.by),
    workshops: rollup.workshops.map((w) => ({ file: w.file, ...w.workshop, days_held: w.days_held, ...figuresOf(w.tally) })),
    units: rollup.units.map((u) => ({ name: u.name, names: [...u.names], workshops: u.workshops.size, last_update: u.last_update, ...figuresOf(u.tally) })),
    units_without_update: staleUnits(rollup.units, opts.since),
    unmatched_units: unmatchedUnits(rollup),
    unused_unit_map_names: rollup.unused_map_names,
  };
}
