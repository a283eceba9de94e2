// Matching the column headers offices write ("No. HP", "Nama Lengkap", "E-mail", "Unit Kerja") to fields,
// case-, accent- and punctuation-insensitively, with `--map field=header` for anything else.
import { UsageError } from '../errors.js';

/** For each field, the headers that mean it (any case and punctuation). */
export type Synonyms<F extends string> = Record<F, readonly string[]>;

export interface HeaderMatch<F extends string> {
  /** Column index of each recognised field. */
  columns: Partial<Record<F, number>>;
  /** Headers that matched no field (ignored, reported to the person). */
  ignored: string[];
}

/** "No. HP" → "nohp", "E-mail" → "email", "Perangkat  Daerah" → "perangkatdaerah". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * `--map` values ("name=Nama Peserta", repeatable) → field → header. Unknown field or a value without `=`
 * is exit 2 naming --map and the fields it accepts.
 */
export function parseMapFlags<F extends string>(values: readonly string[] | undefined, fields: readonly F[]): Partial<Record<F, string>> {
  const map: Partial<Record<F, string>> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const field = (eq === -1 ? value : value.slice(0, eq)).trim().toLowerCase();
    const header = eq === -1 ? '' : value.slice(eq + 1).trim();
    if (!(fields as readonly string[]).includes(field) || header === '') {
      throw new UsageError('error.mapInvalid', { value, fields: fields.join(', ') });
    }
    map[field as F] = header;
  }
  return map;
}

/**
 * Which column holds which field. `map` wins over synonyms; a mapped header missing from the file is exit 2
 * listing the headers found. When two columns mean the same field, the first one is used.
 */
export function matchHeaders<F extends string>(headers: readonly string[], synonyms: Synonyms<F>, map: Partial<Record<F, string>> = {}): HeaderMatch<F> {
  const columns: Partial<Record<F, number>> = {};
  const used = new Set<number>();
  const keys = headers.map(headerKey);
  for (const [field, header] of Object.entries(map) as [F, string][]) {
    const index = keys.indexOf(headerKey(header));
    if (index === -1) throw new UsageError('error.mapHeaderMissing', { header, headers: headers.filter(Boolean).join(', ') });
    columns[field] = index;
    used.add(index);
  }
  for (const field of Object.keys(synonyms) as F[]) {
    if (columns[field] !== undefined) continue;
    const wanted = new Set(synonyms[field].map(headerKey));
    const index = keys.findIndex((key, i) => !used.has(i) && wanted.has(key));
    if (index !== -1) {
      columns[field] = index;
      used.add(index);
    }
  }
  const ignored = headers.filter((h, i) => !used.has(i) && h.trim() !== '');
  return { columns, ignored };
}

/** True when a record looks like the header row: it names at least `min` of the fields. */
export function looksLikeHeader<F extends string>(values: readonly string[], synonyms: Synonyms<F>, min = 2): boolean {
  const all = new Set(Object.values<readonly string[]>(synonyms).flat().map(headerKey));
  return values.filter((v) => all.has(headerKey(v))).length >= min;
}
