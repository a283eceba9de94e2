import { dateRange } from '../domain/dates.js';
import type { WorkshopStore } from './db.js';

export interface Workshop {
  uuid: string;
  title: string;
  organizer: string | null;
  partner: string | null;
  city: string | null;
  venue: string | null;
  start_date: string;
  end_date: string;
  days: string[];
  legal_basis: string | null;
  lang: 'id' | 'en';
  signatory: { position: string | null; name: string | null; nip: string | null };
  created_at: string;
  updated_at: string;
}

interface WorkshopRow {
  uuid: string;
  title: string;
  organizer: string | null;
  partner: string | null;
  city: string | null;
  venue: string | null;
  start_date: string;
  end_date: string;
  legal_basis: string | null;
  lang: 'id' | 'en';
  signatory_position: string | null;
  signatory_name: string | null;
  signatory_nip: string | null;
  created_at: string;
  updated_at: string;
}

export function getWorkshop(store: WorkshopStore): Workshop {
  const row = store.db.prepare('SELECT * FROM workshop WHERE id = 1').get() as WorkshopRow | undefined;
  if (!row) throw new Error('workshop row missing');
  return {
    uuid: row.uuid,
    title: row.title,
    organizer: row.organizer,
    partner: row.partner,
    city: row.city,
    venue: row.venue,
    start_date: row.start_date,
    end_date: row.end_date,
    days: dateRange(row.start_date, row.end_date),
    legal_basis: row.legal_basis,
    lang: row.lang,
    signatory: { position: row.signatory_position, name: row.signatory_name, nip: row.signatory_nip },
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The language the workshop was set up in (`init --lang`, `workshop set lang`): what messages speak by default. */
export function workshopLang(store: WorkshopStore): string | undefined {
  return store.db.prepare('SELECT lang FROM workshop WHERE id = 1').pluck().get() as string | undefined;
}

/** Column names that `workshop set` may change. */
export type WorkshopColumn =
  | 'title'
  | 'organizer'
  | 'partner'
  | 'city'
  | 'venue'
  | 'start_date'
  | 'end_date'
  | 'legal_basis'
  | 'lang'
  | 'signatory_position'
  | 'signatory_name'
  | 'signatory_nip';

export function updateWorkshop(store: WorkshopStore, changes: Partial<Record<WorkshopColumn, string | null>>): void {
  const columns = Object.keys(changes) as WorkshopColumn[];
  if (columns.length === 0) return;
  const sets = columns.map((c) => `${c} = @${c}`).join(', ');
  store.db.prepare(`UPDATE workshop SET ${sets}, updated_at = @updated_at WHERE id = 1`).run({ ...changes, updated_at: store.now() });
  const uuid = store.db.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string;
  store.audit({ action: 'update', entity: 'workshop', entityUuid: uuid, fields: columns });
}

/** Dates that have attendance recorded, outside [start, end]. */
export function attendanceOutside(store: WorkshopStore, start: string, end: string): string[] {
  return store.db
    .prepare('SELECT DISTINCT date FROM attendance WHERE date < ? OR date > ? ORDER BY date')
    .pluck()
    .all(start, end) as string[];
}
