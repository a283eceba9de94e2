// `rollup --unit-map <csv>`: two columns, the name (or short name) a workshop file gives an OPD and the name
// to count it under, e.g. "Dinas Kominfo,Dinas Komunikasi dan Informatika". A header row is optional.
import { UsageError } from '../../errors.js';
import { normaliseUnitName } from '../../domain/rollup.js';
import { readCsv } from '../../import/csv.js';

const ALIAS_HEADERS = ['name', 'nama', 'alias', 'unit', 'opd', 'nama di berkas', 'as written'];
const CANONICAL_HEADERS = ['canonical', 'kanonik', 'baku', 'nama baku', 'standar', 'map to', 'menjadi', 'count as'];

/** Normalised alias → the name to count it under. */
export async function readUnitMap(path: string): Promise<Map<string, string>> {
  const csv = await readCsv(path);
  const headers = csv.headers.map(normaliseUnitName);
  let alias = headers.findIndex((h) => ALIAS_HEADERS.includes(h));
  let canonical = headers.findIndex((h) => CANONICAL_HEADERS.includes(h));
  const rows = csv.rows.map((r) => ({ line: r.line, values: r.values }));
  if (alias === -1 || canonical === -1) {
    // No header row: the first row is data too.
    alias = 0;
    canonical = 1;
    rows.unshift({ line: csv.headerLine, values: csv.headers });
  }
  const map = new Map<string, string>();
  rows.forEach(({ line, values }) => {
    const from = (values[alias] ?? '').trim();
    const to = (values[canonical] ?? '').trim();
    if (from === '' && to === '') return;
    if (from === '' || to === '') throw new UsageError('rollup.error.unitMapRow', { file: path, line });
    map.set(normaliseUnitName(from), to);
    // The canonical name stands for itself, so a workshop that already uses it joins the same group.
    if (!map.has(normaliseUnitName(to))) map.set(normaliseUnitName(to), to);
  });
  return map;
}
