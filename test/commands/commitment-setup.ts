// A workshop with two units (Dinkes, Bappeda by short name) and a plan of commitments, for the commitment
// export and import tests.
import { newWorkshop, ok } from '../helpers/run-cli.js';

/** The clock both commitment tests run on: after the workshop, before the first due date. */
export const NOW = { now: '2022-11-20T03:00:00.000Z' };

/** Each row of `plan` is [unit, action, due], added in that order. */
export async function workshopWithPlan(plan: readonly (readonly [string, string, string])[]) {
  const w = await newWorkshop();
  ok(await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']));
  ok(await w.run(['unit', 'add', 'Badan Perencanaan Pembangunan Daerah', '--short', 'Bappeda']));
  for (const [unit, action, due] of plan) ok(await w.run(['commitment', 'add', '--unit', unit, '--action', action, '--due', due]));
  return w;
}
