import { normalizeWeights } from '../domain/scoring.js';
import { checkTextLimits } from '../domain/text-limits.js';
import type { WorkshopStore } from './db.js';

export interface Criterion {
  id: number;
  name: string;
  label: string | null;
  weight: number;
  position: number;
  updated_at: string;
}

export interface CriterionView extends Criterion {
  /** weight / sum of weights: the share this criterion has in a fully scored idea. */
  share: number;
}

export function listCriteria(store: WorkshopStore): CriterionView[] {
  const rows = store.db.prepare('SELECT * FROM criterion ORDER BY position, id').all() as Criterion[];
  const shares = normalizeWeights(rows);
  return rows.map((c, i) => ({ ...c, share: shares[i] ?? 0 }));
}

export function findCriterion(store: WorkshopStore, name: string): Criterion | undefined {
  return store.db.prepare('SELECT * FROM criterion WHERE name = ? COLLATE NOCASE').get(name.trim()) as Criterion | undefined;
}

/**
 * Adds a criterion, or changes the weight and/or label of an existing one (matched case-insensitively).
 * The caller checks that a new criterion has a weight.
 */
export function setCriterion(store: WorkshopStore, input: { name: string; weight?: number; label?: string | null }): { criterion: Criterion; created: boolean } {
  checkTextLimits(input);
  const now = store.now();
  const existing = findCriterion(store, input.name);
  if (existing) {
    const fields: string[] = [];
    const next = { ...existing };
    if (input.weight !== undefined && input.weight !== existing.weight) {
      next.weight = input.weight;
      fields.push('weight');
    }
    if (input.label !== undefined && input.label !== existing.label) {
      next.label = input.label;
      fields.push('label');
    }
    if (fields.length > 0) {
      next.updated_at = now;
      store.db.prepare('UPDATE criterion SET weight = ?, label = ?, updated_at = ? WHERE id = ?').run(next.weight, next.label, now, existing.id);
      store.audit({ action: 'update', entity: 'criterion', fields, detail: existing.name });
    }
    return { criterion: next, created: false };
  }
  const position = (store.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM criterion').pluck().get() as number) ?? 1;
  // Set again after a removal: it is a criterion again, here and on the copies this one is merged into.
  store.db.prepare('DELETE FROM tombstone WHERE uuid = ?').run(`criterion:${input.name.trim().toLowerCase()}`);
  const name = input.name.trim();
  const label = input.label ?? null;
  const weight = input.weight ?? 0;
  const info = store.db
    .prepare('INSERT INTO criterion (name, label, weight, position, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(name, label, weight, position, now);
  store.audit({ action: 'create', entity: 'criterion', fields: ['name', 'label', 'weight'], detail: name });
  return { criterion: { id: Number(info.lastInsertRowid), name, label, weight, position, updated_at: now }, created: true };
}
