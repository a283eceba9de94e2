import { ConflictError, NotFoundError, UsageError } from '../cli/errors.js';
import { normalizeNip } from '../domain/nip.js';
import { type ParticipantRole, foldText } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';

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
