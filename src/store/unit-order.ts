// The one order units are printed in, in every report and in `unit list`: the order the office set with
// `unit move` (unit.position, schema 6), else the order units were registered (no).
import type { WorkshopStore } from './db.js';

/** SQL ORDER BY terms for a query over `unit u`. */
export const UNIT_ORDER = 'u.position IS NULL, u.position, u.no';

/** The same over a LEFT JOIN of `unit u`: rows without a unit last. */
export const UNIT_ORDER_NONE_LAST = `u.no IS NULL, ${UNIT_ORDER}`;

/** Moves a unit to `to` (1 = first) in the office's order; every unit gets its place written down. */
export function moveUnit(store: WorkshopStore, unit: { id: number; uuid: string }, to: number): void {
  const ids = store.db.prepare(`SELECT u.id FROM unit u ORDER BY ${UNIT_ORDER}`).pluck().all() as number[];
  const rest = ids.filter((id) => id !== unit.id);
  rest.splice(Math.max(0, Math.min(rest.length, to - 1)), 0, unit.id);
  const set = store.db.prepare('UPDATE unit SET position = ? WHERE id = ?');
  rest.forEach((id, i) => set.run(i + 1, id));
  store.audit({ action: 'update', entity: 'unit', entityUuid: unit.uuid, fields: ['position'] });
}
