// The sample workshop is built in steps; each area of the program adds the step that loads its part of
// fixtures/ (units here; participants and attendance, ideas and commitments, reports in their own areas).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import type { WorkshopStore } from '../../store/db.js';
import { addUnit, type UnitKind } from '../../store/units.js';

export interface DemoStep {
  name: string;
  run(env: { ctx: Context; store: WorkshopStore; fixtures: string; outDir: string }): void | Promise<void>;
}

/** Reads a small fixture CSV (comma-separated, header row, no quoted commas needed by the fixtures). */
export async function readFixtureCsv(path: string): Promise<Record<string, string>[]> {
  const { parse } = await import('csv-parse/sync');
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

const units: DemoStep = {
  name: 'units',
  async run({ store, fixtures }) {
    const rows = await readFixtureCsv(join(fixtures, 'units.csv'));
    store.change(() => {
      for (const row of rows) addUnit(store, { name: row.name!, short: row.short || null, kind: row.kind as UnitKind });
    });
  },
};

export const demoSteps: DemoStep[] = [units];

