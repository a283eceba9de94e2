// The identity rule (domain/identity.ts) against the people registered here: who a new registration would
// duplicate, and who a typed name probably meant.
import { closest, distance } from 'fastest-levenshtein';
import { nameKey } from '../domain/identity.js';
import type { WorkshopStore } from './db.js';
import { type Participant, getParticipant } from './participants.js';

/**
 * People whose name is the same once titles and accents are ignored, or one or two letters away from it
 * (a typo at the desk: "Hendra Daulay" / "Héndra Daulai"), the same-unit ones first.
 */
export function likelySameName(store: WorkshopStore, name: string, unitId: number | null): Participant[] {
  const key = nameKey(name);
  if (key.length < 4) return [];
  const rows = store.db.prepare('SELECT id, name, unit_id FROM participant ORDER BY no').all() as { id: number; name: string; unit_id: number | null }[];
  const near = rows.filter((r) => {
    const other = nameKey(r.name);
    return other === key || (key.length >= 8 && distance(other, key) <= 2);
  });
  near.sort((a, b) => Number(b.unit_id === unitId) - Number(a.unit_id === unitId));
  return near.map((r) => getParticipant(store, r.id)!);
}

/** The registered name closest to what was typed (a name fragment that matched nobody), if it is close. */
export function closestName(store: WorkshopStore, typed: string): Participant | undefined {
  const needle = nameKey(typed);
  if (needle.length < 3) return undefined;
  const rows = store.db.prepare('SELECT id, name FROM participant ORDER BY no').all() as { id: number; name: string }[];
  if (rows.length === 0) return undefined;
  // Each word of each name is a candidate: "sireger" is meant to find "dr. Rahmawati Siregar".
  const words = new Map<string, number>();
  for (const r of rows) for (const w of [nameKey(r.name), ...nameKey(r.name).split(' ')]) if (!words.has(w)) words.set(w, r.id);
  const best = closest(needle, [...words.keys()]);
  if (distance(best, needle) > Math.max(1, Math.floor(needle.length / 4))) return undefined;
  return getParticipant(store, words.get(best)!);
}
