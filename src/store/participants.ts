import { ConflictError, NotFoundError, UsageError } from '../cli/errors.js';
import { normalizeNip } from '../domain/nip.js';
import { type ParticipantRole, foldText } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { addUnit } from './units.js';

export interface Participant {
  id: number;
  no: number;
  uuid: string;
  name: string;
  nip: string | null;
  position: string | null;
  unit_id: number | null;
  unit_name: string | null;
  unit_short: string | null;
  role: ParticipantRole;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

/** What a caller gives to register someone; values already validated (see domain/participant.ts, nip.ts). */
export interface ParticipantInput {
  name: string;
  nip?: string | null;
  position?: string | null;
  unitId?: number | null;
  role?: ParticipantRole;
  phone?: string | null;
  email?: string | null;
}

/** Columns `updateParticipant` may change, by their column name. */
export type ParticipantPatch = Partial<{
  name: string;
  nip: string | null;
  position: string | null;
  unit_id: number | null;
  role: ParticipantRole;
  phone: string | null;
  email: string | null;
}>;

const SELECT = `
  SELECT p.id, p.no, p.uuid, p.name, p.nip, p.position, p.unit_id, u.name AS unit_name, u.short_name AS unit_short,
         p.role, p.phone, p.email, p.created_at, p.updated_at
  FROM participant p LEFT JOIN unit u ON u.id = p.unit_id`;

export function getParticipant(store: WorkshopStore, id: number): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Participant | undefined;
}

export function getParticipantByNo(store: WorkshopStore, no: number): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.no = ?`).get(no) as Participant | undefined;
}

export function getParticipantByNip(store: WorkshopStore, nip: string): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.nip = ?`).get(normalizeNip(nip)) as Participant | undefined;
}

/** "12. Drs. H. Zul Abdiman, M.Si (Bappeda)": how a person is listed when a reference is ambiguous. */
export function participantLabel(p: Pick<Participant, 'no' | 'name' | 'unit_name' | 'unit_short'>): string {
  const unit = p.unit_short ?? p.unit_name;
  return unit ? `${p.no}. ${p.name} (${unit})` : `${p.no}. ${p.name}`;
}

/** Registers one person: next `no`, a fresh uuid, timestamps from the store's clock, one audit entry. */
export function insertParticipant(store: WorkshopStore, input: ParticipantInput): Participant {
  const nip = input.nip ? normalizeNip(input.nip) : null;
  if (nip) {
    const clash = getParticipantByNip(store, nip);
    if (clash) throw new ConflictError('error.nipTaken', { nip, who: participantLabel(clash) });
  }
  const now = store.now();
  const row = {
    no: store.nextNo('participant'),
    uuid: store.uuid(),
    name: input.name.trim(),
    nip,
    position: input.position?.trim() || null,
    unit_id: input.unitId ?? null,
    role: input.role ?? 'peserta',
    phone: input.phone?.trim() || null,
    email: input.email?.trim() || null,
    created_at: now,
    updated_at: now,
  };
  const info = store.db
    .prepare(
      `INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, email, created_at, updated_at)
       VALUES (@no, @uuid, @name, @nip, @position, @unit_id, @role, @phone, @email, @created_at, @updated_at)`,
    )
    .run(row);
  const fields = Object.entries(row)
    .filter(([key, value]) => value !== null && !['no', 'uuid', 'created_at', 'updated_at'].includes(key))
    .map(([key]) => key);
  store.audit({ action: 'create', entity: 'participant', entityUuid: row.uuid, fields });
  return getParticipant(store, Number(info.lastInsertRowid))!;
}

/**
 * Changes the given columns; returns the names of those whose value really changed (audited as such).
 * Nothing changed: no write and no audit entry.
 */
export function updateParticipant(store: WorkshopStore, id: number, patch: ParticipantPatch): string[] {
  const current = getParticipant(store, id);
  if (!current) throw new NotFoundError('error.participantNotFound', { who: String(id) });
  if (patch.nip) {
    patch = { ...patch, nip: normalizeNip(patch.nip) };
    const clash = getParticipantByNip(store, patch.nip!);
    if (clash && clash.id !== id) throw new ConflictError('error.nipTaken', { nip: patch.nip!, who: participantLabel(clash) });
  }
  const changed = (Object.keys(patch) as (keyof ParticipantPatch)[]).filter(
    (key) => patch[key] !== undefined && (patch[key] ?? null) !== current[key],
  );
  if (changed.length === 0) return [];
  const sets = changed.map((key) => `${key} = @${key}`).join(', ');
  const values: Record<string, unknown> = { id, updated_at: store.now() };
  for (const key of changed) values[key] = patch[key] ?? null;
  store.db.prepare(`UPDATE participant SET ${sets}, updated_at = @updated_at WHERE id = @id`).run(values);
  store.audit({ action: 'update', entity: 'participant', entityUuid: current.uuid, fields: changed });
  return changed;
}

/** Removes a person (their attendance rows go with them: ON DELETE CASCADE). */
export function deleteParticipant(store: WorkshopStore, participant: Pick<Participant, 'id' | 'uuid'>): void {
  store.db.prepare('DELETE FROM participant WHERE id = ?').run(participant.id);
  store.audit({ action: 'delete', entity: 'participant', entityUuid: participant.uuid });
}

/** The dates a person has an attendance row for, with its status. */
export function participantAttendance(store: WorkshopStore, id: number): { date: string; status: string }[] {
  return store.db.prepare('SELECT date, status FROM attendance WHERE participant_id = ? ORDER BY date').all(id) as {
    date: string;
    status: string;
  }[];
}

export interface ParticipantFilters {
  unitId?: number;
  role?: ParticipantRole;
  /** Matched against name, NIP, position, e-mail and unit, case- and accent-insensitively. */
  search?: string;
}

export function listParticipants(store: WorkshopStore, filters: ParticipantFilters = {}): Participant[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.unitId !== undefined) {
    where.push('p.unit_id = ?');
    params.push(filters.unitId);
  }
  if (filters.role !== undefined) {
    where.push('p.role = ?');
    params.push(filters.role);
  }
  const sql = `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY p.no`;
  const rows = store.db.prepare(sql).all(...params) as Participant[];
  const search = filters.search?.trim();
  if (!search) return rows;
  const needle = foldText(search);
  const nip = normalizeNip(search);
  return rows.filter(
    (p) =>
      foldText([p.name, p.position, p.email, p.unit_name, p.unit_short].filter(Boolean).join(' | ')).includes(needle) ||
      (/^\d{3,}$/.test(nip) && (p.nip ?? '').includes(nip)),
  );
}

/**
 * Everyone a typed reference could mean, best first: the person with that number, with that NIP or badge
 * uuid; else everyone whose name contains the text (case- and accent-insensitive), with an exact full-name
 * match alone when there is one. The check-in loop shows these to pick from.
 */
export function findParticipants(store: WorkshopStore, text: string): Participant[] {
  const key = text.trim();
  if (key === '') return [];
  if (/^\d{1,9}$/.test(key)) {
    const byNo = getParticipantByNo(store, Number(key));
    return byNo ? [byNo] : [];
  }
  const nip = normalizeNip(key);
  if (/^\d{18}$/.test(nip)) {
    const byNip = getParticipantByNip(store, nip);
    return byNip ? [byNip] : [];
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
    const byUuid = store.db.prepare(`${SELECT} WHERE p.uuid = ?`).get(key.toLowerCase()) as Participant | undefined;
    if (byUuid) return [byUuid];
  }
  const needle = foldText(key);
  const names = store.db.prepare('SELECT id, name FROM participant ORDER BY no').all() as { id: number; name: string }[];
  const matches = names.filter((p) => foldText(p.name).includes(needle));
  const exact = matches.filter((p) => foldText(p.name) === needle);
  const chosen = exact.length === 1 ? exact : matches;
  return chosen.map((p) => getParticipant(store, p.id)!);
}

/**
 * SPEC's `<who>`: a number, a NIP (spaces and dots accepted) or a name fragment matching exactly one person.
 * Several matches: exit 2 listing them; none: exit 3 with a hint.
 */
export function resolveParticipant(store: WorkshopStore, who: string): Participant {
  const matches = findParticipants(store, who);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = matches.slice(0, 10).map(participantLabel);
    if (matches.length > 10) shown.push(`… (+${matches.length - 10})`);
    throw new UsageError('error.participantAmbiguous', { who: who.trim(), matches: shown.join('; ') }, { key: 'error.participantAmbiguousHint' });
  }
  throw new NotFoundError('error.participantNotFound', { who: who.trim() }, { key: 'error.participantNotFoundHint', params: { who: who.trim() } });
}

/** One row of a participant import, validated; null = not given in the file. */
export interface ImportRecord {
  name: string;
  nip: string | null;
  position: string | null;
  /** The unit as written in the file (name or short name). */
  unit: string | null;
  phone: string | null;
  email: string | null;
  role: ParticipantRole | null;
}

/** How unit names from a file are compared: any case, spaces collapsed. */
function unitKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * What an import needs to know about the file, loaded once (a Map lookup per row instead of a query):
 * registered NIPs and e-mails, units by name and short name.
 */
export interface ImportIndex {
  /** "nip:<nip>" and "email:<lower-case e-mail>" → participant id. */
  byKey: Map<string, number>;
  labelOf(id: number): string;
  /** Unit names from the file that match no unit: distinct, first spelling, in file order. */
  missingUnits(names: readonly (string | null)[]): string[];
  /** Field names an import row would change on an existing participant (for --on-duplicate update). */
  changedFields(id: number, row: ImportRecord): string[];
}

export function loadImportIndex(store: WorkshopStore): ImportIndex {
  const byKey = new Map<string, number>();
  const people = store.db.prepare('SELECT id, nip, email FROM participant').all() as { id: number; nip: string | null; email: string | null }[];
  for (const p of people) {
    if (p.email) byKey.set(`email:${p.email.toLowerCase()}`, p.id);
  }
  // NIP keys last so that they win over an e-mail key of the same text (they cannot collide, but be plain).
  for (const p of people) if (p.nip) byKey.set(`nip:${p.nip}`, p.id);
  const units = unitIndex(store);
  // Files repeat the same few unit spellings thousands of times: normalise each spelling once.
  const keyOf = new Map<string, string>();
  const cachedKey = (name: string) => {
    let key = keyOf.get(name);
    if (key === undefined) keyOf.set(name, (key = unitKey(name)));
    return key;
  };
  return {
    byKey,
    labelOf: (id) => {
      const p = getParticipant(store, id);
      return p ? participantLabel(p) : String(id);
    },
    missingUnits(names) {
      const seen = new Set<string>();
      const missing: string[] = [];
      for (const name of names) {
        if (name === null) continue;
        const key = cachedKey(name);
        if (units.has(key) || seen.has(key)) continue;
        seen.add(key);
        missing.push(name.trim().replace(/\s+/g, ' '));
      }
      return missing;
    },
    changedFields(id, row) {
      const current = getParticipant(store, id)!;
      const fields: string[] = [];
      for (const key of ['name', 'nip', 'position', 'phone', 'email', 'role'] as const) {
        if (row[key] !== null && row[key] !== current[key]) fields.push(key);
      }
      if (row.unit !== null && units.get(cachedKey(row.unit)) !== current.unit_id) fields.push('unit_id');
      return fields;
    },
  };
}

function unitIndex(store: WorkshopStore): Map<string, number> {
  const units = new Map<string, number>();
  const rows = store.db.prepare('SELECT id, name, short_name FROM unit ORDER BY no').all() as { id: number; name: string; short_name: string | null }[];
  // Full names first: a short name never shadows another unit's full name.
  for (const u of rows) if (u.short_name && !units.has(unitKey(u.short_name))) units.set(unitKey(u.short_name), u.id);
  for (const u of rows) units.set(unitKey(u.name), u.id);
  return units;
}

/**
 * Writes a planned import inside the caller's transaction: missing units first, then every new person with
 * one prepared statement, then the updates (each audited with its changed fields). The caller writes the
 * one summary audit entry for the inserted rows.
 */
export function applyParticipantImport(
  store: WorkshopStore,
  index: ImportIndex,
  inserts: readonly ImportRecord[],
  updates: readonly { id: number; row: ImportRecord }[],
  onProgress?: (rows: number) => void,
): void {
  for (const name of index.missingUnits([...inserts, ...updates.map((u) => u.row)].map((r) => r.unit))) {
    addUnit(store, { name });
  }
  const units = unitIndex(store);
  const byName = new Map<string, number | null>();
  const unitId = (name: string | null): number | null => {
    if (name === null) return null;
    let id = byName.get(name);
    if (id === undefined) byName.set(name, (id = units.get(unitKey(name)) ?? null));
    return id;
  };
  const insert = store.db.prepare(
    `INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, email, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = store.now();
  let no = store.nextNo('participant');
  let done = 0;
  for (const r of inserts) {
    insert.run(no++, store.uuid(), r.name, r.nip, r.position, unitId(r.unit), r.role ?? 'peserta', r.phone, r.email, now, now);
    if (++done % 1000 === 0) onProgress?.(1000);
  }
  onProgress?.(done % 1000);
  for (const { id, row } of updates) {
    const patch: ParticipantPatch = {};
    for (const key of ['name', 'nip', 'position', 'phone', 'email', 'role'] as const) {
      if (row[key] !== null) (patch as Record<string, unknown>)[key] = row[key];
    }
    if (row.unit !== null) patch.unit_id = unitId(row.unit);
    updateParticipant(store, id, patch);
    onProgress?.(1);
  }
}
