// The participant table: one person's row with their unit, registering, changing and removing people.
// Finding someone from what was typed is participant-lookup.ts; the bulk import is participant-import.ts.
import { checkTextLimits } from '../domain/text-limits.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { AttendanceStatus } from '../domain/attendance.js';
import { emailKey } from '../domain/identity.js';
import { normalizeNip } from '../domain/nip.js';
import { type ParticipantRole, foldText } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { updateChangedFields } from './update-fields.js';
import { whereEquals } from './where.js';

export interface Participant {
  id: number;
  no: number;
  uuid: string;
  name: string;
  nip: string | null;
  position: string | null;
  unit_id: number | null;
  /** The unit's short number, name and short name (a unit reference in JSON); null without a unit. */
  unit_no: number | null;
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
  SELECT p.id, p.no, p.uuid, p.name, p.nip, p.position, p.unit_id, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short,
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

/** The person registered with this e-mail, in any letter case (e-mails are stored lower-case). */
export function getParticipantByEmail(store: WorkshopStore, email: string): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.email = ? ORDER BY p.no LIMIT 1`).get(emailKey(email)) as Participant | undefined;
}

export function getParticipantByUuid(store: WorkshopStore, uuid: string): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.uuid = ?`).get(uuid.toLowerCase()) as Participant | undefined;
}

/** Everyone whose NIP contains these digits (e.g. a birth date), by number. */
export function participantsWithNipContaining(store: WorkshopStore, digits: string): Participant[] {
  return store.db.prepare(`${SELECT} WHERE instr(p.nip, ?) > 0 ORDER BY p.no`).all(digits) as Participant[];
}

/** Every person's id and name, by number: what a name fragment is matched against. */
export function participantNames(store: WorkshopStore): { id: number; name: string }[] {
  return store.db.prepare('SELECT id, name FROM participant ORDER BY no').all() as { id: number; name: string }[];
}

/** "12. Drs. H. Zul Abdiman, M.Si (Bappeda)": how a person is listed when a reference is ambiguous. */
export function participantLabel(p: Pick<Participant, 'no' | 'name' | 'unit_name' | 'unit_short'>): string {
  const unit = p.unit_short ?? p.unit_name;
  return unit ? `${p.no}. ${p.name} (${unit})` : `${p.no}. ${p.name}`;
}

/** Registers one person: next `no`, a fresh uuid, timestamps from the store's clock, one audit entry. */
export function insertParticipant(store: WorkshopStore, input: ParticipantInput): Participant {
  checkTextLimits(input);
  const nip = input.nip ? normalizeNip(input.nip) : null;
  if (nip) {
    const clash = getParticipantByNip(store, nip);
    if (clash) throw new ConflictError('error.nipTaken', { nip, who: participantLabel(clash) });
  }
  const email = input.email?.trim() ? emailKey(input.email) : null;
  if (email) {
    // The identity rule (domain/identity.ts): a registered e-mail is that person, unless their NIP says otherwise.
    const clash = getParticipantByEmail(store, email);
    if (clash && (!nip || !clash.nip)) throw new ConflictError('error.emailTaken', { email, who: participantLabel(clash) });
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
    email,
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
  checkTextLimits(patch);
  const current = getParticipant(store, id);
  if (!current) throw new NotFoundError('error.participantNotFound', { who: String(id) });
  if (patch.nip) {
    patch = { ...patch, nip: normalizeNip(patch.nip) };
    const clash = getParticipantByNip(store, patch.nip!);
    if (clash && clash.id !== id) throw new ConflictError('error.nipTaken', { nip: patch.nip!, who: participantLabel(clash) });
  }
  if (patch.email) {
    patch = { ...patch, email: emailKey(patch.email) };
    const clash = getParticipantByEmail(store, patch.email!);
    if (clash && clash.id !== id && (!clash.nip || !(patch.nip ?? current.nip))) throw new ConflictError('error.emailTaken', { email: patch.email!, who: participantLabel(clash) });
  }
  return updateChangedFields(store, 'participant', current, patch);
}

/** Removes a person (their attendance rows go with them: ON DELETE CASCADE). */
export function deleteParticipant(store: WorkshopStore, participant: Pick<Participant, 'id' | 'uuid'>): void {
  store.db.prepare('DELETE FROM participant WHERE id = ?').run(participant.id);
  store.audit({ action: 'delete', entity: 'participant', entityUuid: participant.uuid });
}

/** One day a person has an attendance row for. */
export interface ParticipantDay {
  date: string;
  status: AttendanceStatus;
  note: string | null;
  representative: string | null;
}

/** The days a person has an attendance row for, in date order. */
export function participantAttendance(store: WorkshopStore, id: number): ParticipantDay[] {
  return store.db.prepare('SELECT date, status, note, representative FROM attendance WHERE participant_id = ? ORDER BY date').all(id) as ParticipantDay[];
}

export interface ParticipantFilters {
  unitId?: number;
  role?: ParticipantRole;
  /** Matched against name, NIP, position, e-mail and unit, case- and accent-insensitively. */
  search?: string;
}

export function listParticipants(store: WorkshopStore, filters: ParticipantFilters = {}): Participant[] {
  return [...iterateParticipants(store, filters)];
}

/** listParticipants() row by row from the file (a statement iterated, not `.all()`): for long lists. */
export function* iterateParticipants(store: WorkshopStore, filters: ParticipantFilters = {}): Generator<Participant> {
  const where = whereEquals({ 'p.unit_id': filters.unitId, 'p.role': filters.role });
  const rows = store.db.prepare(`${SELECT}${where.sql} ORDER BY p.no`).iterate(...where.params) as IterableIterator<Participant>;
  const search = filters.search?.trim();
  if (!search) {
    yield* rows;
    return;
  }
  const needle = foldText(search);
  const nip = normalizeNip(search);
  const digits = /^\d{3,}$/.test(nip);
  for (const p of rows) {
    if (foldText([p.name, p.position, p.email, p.unit_name, p.unit_short].filter(Boolean).join(' | ')).includes(needle) || (digits && (p.nip ?? '').includes(nip))) yield p;
  }
}

