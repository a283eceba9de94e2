import { TEXT_LIMITS, checkTextLimits } from '../domain/text-limits.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { WorkshopStore } from './db.js';
import { UNIT_ORDER } from './unit-order.js';

export const UNIT_KINDS = ['dinas', 'badan', 'sekretariat', 'bagian', 'kecamatan', 'kelurahan', 'inspektorat', 'rsud', 'lainnya'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: number;
  no: number;
  uuid: string;
  name: string;
  short_name: string | null;
  kind: UnitKind;
  /** 1: the partner institution or the committee, not an OPD (left out of completeness lists). */
  partner: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** Guesses the kind from the name the way offices write it: "Dinas Kesehatan" → dinas, "RSUD …" → rsud. */
export function guessUnitKind(name: string): UnitKind {
  const n = name.toLowerCase();
  if (/^(dinas|dinkes|dinsos|disdik|diskominfo|disdukcapil|dishub|disnaker)\b/.test(n)) return 'dinas';
  if (/^(badan|bappeda|bapenda|bkpsdm|bpbd|bpkpd|bkd)\b/.test(n)) return 'badan';
  if (/^(sekretariat|setda|sekretaris)\b/.test(n)) return 'sekretariat';
  if (/^bagian\b/.test(n)) return 'bagian';
  if (/^kecamatan\b/.test(n)) return 'kecamatan';
  if (/^kelurahan\b/.test(n)) return 'kelurahan';
  if (/^inspektorat\b/.test(n)) return 'inspektorat';
  if (/^(rsud|rumah sakit)\b/.test(n)) return 'rsud';
  return 'lainnya';
}

export function listUnits(store: WorkshopStore): Unit[] {
  // The order every report prints (store/unit-order.ts).
  return store.db.prepare(`SELECT * FROM unit u ORDER BY ${UNIT_ORDER}`).all() as Unit[];
}

export function addUnit(store: WorkshopStore, input: { name: string; short?: string | null; kind?: UnitKind; partner?: boolean }): Unit {
  checkTextLimits(input);
  const now = store.now();
  const unit = {
    no: store.nextNo('unit'),
    uuid: store.uuid(),
    name: input.name.trim(),
    short_name: input.short?.trim() || null,
    kind: input.kind ?? guessUnitKind(input.name),
    partner: input.partner ? (1 as const) : (0 as const),
    created_at: now,
    updated_at: now,
  };
  const info = store.db
    .prepare(
      `INSERT INTO unit (no, uuid, name, short_name, kind, partner, created_at, updated_at)
       VALUES (@no, @uuid, @name, @short_name, @kind, @partner, @created_at, @updated_at)`,
    )
    .run(unit);
  store.audit({ action: 'create', entity: 'unit', entityUuid: unit.uuid, fields: ['name', 'short_name', 'kind', ...(unit.partner ? ['partner'] : [])] });
  return { id: Number(info.lastInsertRowid), ...unit };
}

/** A unit by exact name or short name, case-insensitively; undefined when none. */
export function findUnitExact(store: WorkshopStore, ref: string): Unit | undefined {
  const key = ref.trim();
  return store.db
    .prepare('SELECT * FROM unit WHERE name = ? COLLATE NOCASE OR short_name = ? COLLATE NOCASE ORDER BY no LIMIT 1')
    .get(key, key) as Unit | undefined;
}

/**
 * Resolves what a person typed for a unit: its number, its name or short name (any case), or a fragment
 * that matches exactly one unit. Several matches: exit 2 listing them; none: exit 3.
 */
export function resolveUnit(store: WorkshopStore, ref: string): Unit {
  const key = ref.trim();
  if (/^\d+$/.test(key)) {
    const byNo = store.db.prepare('SELECT * FROM unit WHERE no = ?').get(Number(key)) as Unit | undefined;
    if (byNo) return byNo;
  }
  const exact = findUnitExact(store, key);
  if (exact) return exact;
  // No unit's name is longer than its limit, so a longer fragment matches none (and SQLite refuses a LIKE
  // pattern of 50,000 bytes).
  if (key.length > TEXT_LIMITS.name!) throw new NotFoundError('error.unitNotFound', { unit: `${key.slice(0, 60)}…` });
  const pattern = `%${key.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const matches = store.db
    .prepare("SELECT * FROM unit WHERE name LIKE ? ESCAPE '\\' OR short_name LIKE ? ESCAPE '\\' ORDER BY no")
    .all(pattern, pattern) as Unit[];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError('error.unitAmbiguous', { unit: key, matches: matches.map((u) => `${u.no}. ${u.short_name ?? u.name}`).join(', ') });
  }
  throw new NotFoundError('error.unitNotFound', { unit: key });
}

/** The unit of that name, created when it does not exist yet (imports). */
export function ensureUnit(store: WorkshopStore, name: string): { unit: Unit; created: boolean } {
  const existing = findUnitExact(store, name);
  if (existing) return { unit: existing, created: false };
  return { unit: addUnit(store, { name }), created: true };
}

/**
 * The units an import reports as created, by name, as they now stand; after a dry run (nothing written)
 * the ones it would create, numbered as a real run would number them.
 */
export function unitsCreated(store: WorkshopStore, names: readonly string[]): Pick<Unit, 'no' | 'name' | 'short_name'>[] {
  let next = store.nextNo('unit');
  return names.map((name) => findUnitExact(store, name) ?? { no: next++, name, short_name: null });
}

export function unitLabel(unit: Pick<Unit, 'name' | 'short_name'>): string {
  return unit.short_name ?? unit.name;
}
