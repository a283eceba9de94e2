// The one way a correction writes a row: only the columns whose value really changes, audited by field.
import type { WorkshopStore } from './db.js';

/**
 * Writes the patch's columns whose value differs from `current` (undefined = not given, null = empty) to
 * `table`'s row, stamps updated_at and audits the change by field; returns the changed columns.
 * Nothing changed: no write and no audit entry.
 */
export function updateChangedFields<P extends object>(
  store: WorkshopStore,
  table: 'unit' | 'participant' | 'commitment',
  current: { id: number; uuid: string },
  patch: P,
): (keyof P & string)[] {
  const before = current as unknown as Record<string, unknown>;
  const given = patch as Record<string, unknown>;
  const changed = Object.keys(patch).filter((k) => given[k] !== undefined && (given[k] ?? null) !== (before[k] ?? null)) as (keyof P & string)[];
  if (changed.length === 0) return [];
  const values: Record<string, unknown> = { id: current.id, updated_at: store.now() };
  for (const k of changed) values[k] = given[k] ?? null;
  store.db.prepare(`UPDATE ${table} SET ${changed.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run(values);
  store.audit({ action: 'update', entity: table, entityUuid: current.uuid, fields: changed });
  return changed;
}
