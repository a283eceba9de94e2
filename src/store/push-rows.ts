// A whole workshop as rows for `push`, read from the file READ-ONLY (see rollup.ts: never migrated, never
// written). References are uuids, not the file's row ids, so the warehouse can hold many workshops. Only
// columns every schema version has are read; removals come from the tombstone table where the file has one
// (schema 5 on) and from the audit log's `delete` entries (every version).
import type Database from 'better-sqlite3';
import { type WorkshopInfo, hasColumn, readWorkshopInfo, withReadOnly } from './rollup.js';

export type Row = Record<string, string | number | null>;

export interface WorkshopRows {
  workshop: WorkshopInfo & Row;
  unit: Row[];
  participant: Row[];
  attendance: Row[];
  idea: Row[];
  idea_status_history: Row[];
  commitment: Row[];
  commitment_update: Row[];
  /** uuids of rows removed from the file. */
  removed: string[];
}

/** Each table's query: columns of schema 1, references turned into uuids. */
const QUERIES = {
  unit: 'SELECT uuid, no, name, short_name, kind FROM unit',
  participant: `SELECT p.uuid, p.no, p.name, p.nip, p.position, u.uuid AS unit_uuid, p.role, p.phone, p.email, p.created_at, p.updated_at
    FROM participant p LEFT JOIN unit u ON u.id = p.unit_id`,
  attendance: `SELECT a.uuid, p.uuid AS participant_uuid, a.date, a.status, a.how, a.note, a.representative
    FROM attendance a JOIN participant p ON p.id = a.participant_id`,
  idea: `SELECT i.uuid, i.no, u.uuid AS unit_uuid, i.title, i.form, i.kind, i.affair, i.problem, i.description, i.objective,
      i.benefit, i.expected_result, p.uuid AS proposer_uuid, i.proposer_name, i.status, i.created_at, i.updated_at
    FROM idea i JOIN unit u ON u.id = i.unit_id LEFT JOIN participant p ON p.id = i.proposer_id`,
  idea_status_history: `SELECT h.uuid, i.uuid AS idea_uuid, h.from_status, h.to_status, h.at, h.note
    FROM idea_status_history h JOIN idea i ON i.id = h.idea_id`,
  commitment: `SELECT c.uuid, c.no, u.uuid AS unit_uuid, i.uuid AS idea_uuid, c.action, p.uuid AS owner_uuid, c.owner_name, c.output,
      c.indicator, c.due_date, c.status, c.progress, c.created_at, c.updated_at
    FROM commitment c JOIN unit u ON u.id = c.unit_id LEFT JOIN idea i ON i.id = c.idea_id LEFT JOIN participant p ON p.id = c.owner_id`,
  commitment_update: `SELECT cu.uuid, c.uuid AS commitment_uuid, cu.date, cu.progress, cu.status, cu.note, cu.at
    FROM commitment_update cu JOIN commitment c ON c.id = cu.commitment_id`,
} as const;

export const PUSHED_TABLES = Object.keys(QUERIES) as (keyof typeof QUERIES)[];

function removedUuids(db: Database.Database): string[] {
  const removed = new Set<string>();
  // (No tombstone table before schema 5: it has no columns then.)
  if (hasColumn(db, 'tombstone', 'uuid')) {
    for (const uuid of db.prepare('SELECT uuid FROM tombstone').pluck().all() as string[]) removed.add(uuid);
  }
  const audited = db.prepare("SELECT entity_uuid FROM audit_log WHERE action = 'delete' AND entity_uuid IS NOT NULL").pluck().all() as string[];
  for (const uuid of audited) removed.add(uuid);
  return [...removed];
}

export function readWorkshopRows(path: string): WorkshopRows {
  return withReadOnly(path, (db, version) => {
    const info = readWorkshopInfo(db, version);
    const workshop = db
      .prepare('SELECT uuid, title, organizer, partner, city, venue, start_date, end_date, lang, created_at, updated_at FROM workshop WHERE id = 1')
      .get() as Row;
    const rows = Object.fromEntries(PUSHED_TABLES.map((t) => [t, db.prepare(QUERIES[t]).all() as Row[]])) as Record<keyof typeof QUERIES, Row[]>;
    // A row removed and then present again (a merge brought it back) is present: the file is the truth.
    const present = new Set(PUSHED_TABLES.flatMap((t) => rows[t].map((r) => r.uuid as string)));
    return { workshop: { ...info, ...workshop } as WorkshopInfo & Row, ...rows, removed: removedUuids(db).filter((u) => !present.has(u)) };
  });
}
