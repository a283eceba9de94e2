import { dateRange, workshopDatesProblem } from '../domain/dates.js';
import { FileError } from '../errors.js';
import { checkTextLimits } from '../domain/text-limits.js';
import type { WorkshopStore } from './db.js';
import { countAssets, readSettings } from './letterhead.js';

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
  /** Printed under reports; rank is the pangkat/golongan, acting 'plt'/'plh', on_behalf_of the "a.n." line. */
  signatory: { position: string | null; name: string | null; nip: string | null; rank: string | null; acting: string | null; on_behalf_of: string | null };
  /** The second signatory ("Mengetahui,"), printed on the left when it has a name or a position. */
  cosignatory: { caption: string | null; position: string | null; name: string | null; nip: string | null; rank: string | null };
  /** The kop surat's lines, the outcome report's nomor surat, and how many logos are stored. */
  letterhead: { institution: string | null; address: string | null; phone: string | null; website: string | null; letter_number: string | null; logos: number };
  /** Certificate numbering ("{seq:03}/LABINOV/{year}") and jam pelajaran. */
  certificate: { number: string | null; jp: number | null };
  /** The paper reports use when --paper is not given. */
  paper: string | null;
  /** Simpulan dan Saran of the outcome report. */
  conclusion: string | null;
  /**
   * The day the outcome report and the Matriks RTL speak for and are signed on when --as-of is not given
   * (`workshop set report-date`); null: today.
   */
  report_date: string | null;
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
  assertSoundDates(store, row);
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
    ...paperSettings(store, row),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/**
 * Stored dates outside their range (a file from before the ranges, or written by another tool) would make
 * every date computation throw; say which value is wrong instead, so `workshop set` can repair it.
 */
function assertSoundDates(store: WorkshopStore, row: { start_date: unknown; end_date: unknown }): void {
  const problem = workshopDatesProblem(row.start_date, row.end_date);
  if (problem) throw new FileError('error.workshopValueDamaged', { file: store.path, ...problem, setting: problem.field === 'start_date' ? 'start' : 'end' });
}

/** The stored start and end dates as they are, sound or not: what `workshop set` and `check` start from. */
export function storedWorkshopDates(store: WorkshopStore): { start_date: string; end_date: string } {
  return store.db.prepare('SELECT start_date, end_date FROM workshop WHERE id = 1').get() as { start_date: string; end_date: string };
}

function paperSettings(store: WorkshopStore, row: WorkshopRow): Pick<Workshop, 'signatory' | 'cosignatory' | 'letterhead' | 'certificate' | 'paper' | 'conclusion' | 'report_date'> {
  const s = readSettings(store);
  const v = (key: keyof typeof s): string | null => s[key] ?? null;
  return {
    signatory: { position: row.signatory_position, name: row.signatory_name, nip: row.signatory_nip, rank: v('signatory.rank'), acting: v('signatory.acting'), on_behalf_of: v('signatory.on_behalf_of') },
    cosignatory: { caption: v('cosignatory.caption'), position: v('cosignatory.position'), name: v('cosignatory.name'), nip: v('cosignatory.nip'), rank: v('cosignatory.rank') },
    letterhead: {
      institution: v('kop.institution'),
      address: v('kop.address'),
      phone: v('kop.phone'),
      website: v('kop.website'),
      letter_number: v('letter_number'),
      logos: countAssets(store, 'logo'),
    },
    certificate: { number: v('certificate.number'), jp: s['certificate.jp'] === undefined ? null : Number(s['certificate.jp']) },
    paper: v('paper'),
    conclusion: v('conclusion'),
    report_date: v('report_date'),
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
  checkTextLimits(changes);
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
