// Correcting units (issue 13): a typo in a name, a near-duplicate created by an import, a unit registered by
// mistake. Every change is audited by field, so a merge carries it (store/merge/).
import { ConflictError } from '../errors.js';
import { checkTextLimits } from '../domain/text-limits.js';
import type { WorkshopStore } from './db.js';
import { type Unit, type UnitKind, findUnitExact } from './units.js';
import { updateChangedFields } from './update-fields.js';

export type UnitPatch = Partial<{ name: string; short_name: string | null; kind: UnitKind; partner: 0 | 1 }>;

/** Who and what points at a unit: it cannot be removed while any does. */
export interface UnitUsage {
  participants: number;
  ideas: number;
  commitments: number;
}

export function unitUsage(store: WorkshopStore, unitId: number): UnitUsage {
  const count = (table: string) => store.db.prepare(`SELECT COUNT(*) FROM ${table} WHERE unit_id = ?`).pluck().get(unitId) as number;
  return { participants: count('participant'), ideas: count('idea'), commitments: count('commitment') };
}

export function getUnit(store: WorkshopStore, id: number): Unit {
  return store.db.prepare('SELECT * FROM unit WHERE id = ?').get(id) as Unit;
}

/** Changes the given fields; returns the names of those that really changed (audited as such). */
export function editUnit(store: WorkshopStore, unit: Unit, patch: UnitPatch): string[] {
  checkTextLimits(patch);
  for (const key of [patch.name, patch.short_name].filter((k): k is string => Boolean(k))) {
    const clash = findUnitExact(store, key);
    if (clash && clash.id !== unit.id) throw new ConflictError('error.unitExists', { name: clash.name, no: clash.no });
  }
  return updateChangedFields(store, 'unit', unit, patch);
}

/** Removes a unit nothing points at; exit 4 with the counts otherwise. */
export function removeUnit(store: WorkshopStore, unit: Unit): void {
  const usage = unitUsage(store, unit.id);
  if (usage.participants + usage.ideas + usage.commitments > 0) {
    throw new ConflictError('unit.error.inUse', { name: unit.name, ...usage });
  }
  store.db.prepare('DELETE FROM unit WHERE id = ?').run(unit.id);
  store.audit({ action: 'delete', entity: 'unit', entityUuid: unit.uuid });
}

/**
 * A near-duplicate unit folded into the right one: its people, ideas and commitments move (each audited as a
 * change of unit_id, so a merge carries the move), then it is removed. Returns what moved.
 */
export function mergeUnitInto(store: WorkshopStore, from: Unit, into: Unit): UnitUsage {
  if (from.id === into.id) throw new ConflictError('unit.error.mergeSelf', { name: from.name });
  const moved = unitUsage(store, from.id);
  const now = store.now();
  for (const table of ['participant', 'idea', 'commitment'] as const) {
    const rows = store.db.prepare(`SELECT id, uuid FROM ${table} WHERE unit_id = ?`).all(from.id) as { id: number; uuid: string }[];
    const update = store.db.prepare(`UPDATE ${table} SET unit_id = ?, updated_at = ? WHERE id = ?`);
    for (const r of rows) {
      update.run(into.id, now, r.id);
      store.audit({ action: 'update', entity: table, entityUuid: r.uuid, fields: ['unit_id'] });
    }
  }
  store.db.prepare('DELETE FROM unit WHERE id = ?').run(from.id);
  store.audit({ action: 'delete', entity: 'unit', entityUuid: from.uuid, detail: `merged into ${into.uuid}` });
  return moved;
}
