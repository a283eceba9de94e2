// "Did you mean" for units (issue 13): a new unit name that is almost an existing one ("Dinas Kesehatn",
// "Dinkes Kota" beside "Dinkes") is named before a second unit is created. fastest-levenshtein measures the
// typo distance.
import { distance } from 'fastest-levenshtein';
import type { Unit } from './units.js';

function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One word mistyped: the same words but one, and that one (six letters or more) a letter away. */
function oneTypo(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return false;
  const differing = x.map((w, i) => [w, y[i]!] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  const [p, q] = differing[0]!;
  return Math.min(p.length, q.length) >= 6 && /^\p{L}+$/u.test(p + q) && distance(p, q) <= 1;
}

/**
 * The existing unit `name` is probably meant to be: its name or short name with one word mistyped ("Dinas
 * Kesehatn"), or its short name with a word or two added ("Dinkes Kota"). Distinct units whose names differ
 * by a short word or a number ("Bagian Umum" / "Bagian Hukum", "Kecamatan 1" / "Kecamatan 2") are not close.
 */
export function nearUnit(units: readonly Pick<Unit, 'id' | 'no' | 'name' | 'short_name'>[], name: string): Pick<Unit, 'id' | 'no' | 'name' | 'short_name'> | undefined {
  const typed = key(name);
  if (typed.length < 3) return undefined;
  for (const u of units) {
    const full = key(u.name);
    const short = u.short_name ? key(u.short_name) : '';
    if (full === typed || short === typed) continue;
    if (oneTypo(full, typed) || (short && oneTypo(short, typed))) return u;
    if (short.length >= 3 && typed.startsWith(short + ' ') && typed.split(' ').length - short.split(' ').length <= 2) return u;
  }
  return undefined;
}
