// Writing one workshop into the warehouse: one transaction, rows upserted by uuid, and a row that already
// holds the same values is left alone (the update's WHERE … IS DISTINCT FROM), so pushing an unchanged file
// changes 0 rows. Removed rows (the file's tombstones) are deleted. Nothing is half-written: any failure
// rolls the whole workshop back.
import type { Row, WorkshopRows } from '../push-rows.js';
import type { PgClient } from './client.js';

export interface TableCounts {
  inserted: number;
  updated: number;
  deleted: number;
}

/** Each table's columns and their PostgreSQL types, in the order rows are written (parents first). */
const COLUMNS: Record<string, Record<string, string>> = {
  workshop: {
    uuid: 'text',
    title: 'text',
    organizer: 'text',
    partner: 'text',
    city: 'text',
    venue: 'text',
    start_date: 'date',
    end_date: 'date',
    lang: 'text',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  unit: { uuid: 'text', workshop_uuid: 'text', no: 'integer', name: 'text', short_name: 'text', kind: 'text', name_key: 'text' },
  participant: {
    uuid: 'text',
    workshop_uuid: 'text',
    no: 'integer',
    name: 'text',
    nip: 'text',
    position: 'text',
    unit_uuid: 'text',
    role: 'text',
    phone: 'text',
    email: 'text',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  attendance: { uuid: 'text', workshop_uuid: 'text', participant_uuid: 'text', date: 'date', status: 'text', how: 'text', note: 'text', representative: 'text' },
  idea: {
    uuid: 'text',
    workshop_uuid: 'text',
    no: 'integer',
    unit_uuid: 'text',
    title: 'text',
    form: 'text',
    kind: 'text',
    affair: 'text',
    problem: 'text',
    description: 'text',
    objective: 'text',
    benefit: 'text',
    expected_result: 'text',
    proposer_uuid: 'text',
    proposer_name: 'text',
    status: 'text',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  idea_status_history: { uuid: 'text', workshop_uuid: 'text', idea_uuid: 'text', from_status: 'text', to_status: 'text', at: 'timestamptz', note: 'text' },
  commitment: {
    uuid: 'text',
    workshop_uuid: 'text',
    no: 'integer',
    unit_uuid: 'text',
    idea_uuid: 'text',
    action: 'text',
    owner_uuid: 'text',
    owner_name: 'text',
    output: 'text',
    indicator: 'text',
    due_date: 'date',
    status: 'text',
    progress: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  commitment_update: { uuid: 'text', workshop_uuid: 'text', commitment_uuid: 'text', date: 'date', progress: 'integer', status: 'text', note: 'text', at: 'timestamptz' },
};

export const WAREHOUSE_TABLES = Object.keys(COLUMNS);

/**
 * References to other rows: a row whose required parent was removed (a server tombstone) is not written; an
 * optional reference to a removed row is written as null, as the file's ON DELETE SET NULL does.
 */
const REFERENCES: Record<string, Record<string, 'required' | 'optional'>> = {
  participant: { unit_uuid: 'optional' },
  attendance: { participant_uuid: 'required' },
  idea: { unit_uuid: 'required', proposer_uuid: 'optional' },
  idea_status_history: { idea_uuid: 'required' },
  commitment: { unit_uuid: 'required', idea_uuid: 'optional', owner_uuid: 'optional' },
  commitment_update: { commitment_uuid: 'required' },
};

const removed = (column: string) => `EXISTS (SELECT 1 FROM innolab.tombstone tb WHERE tb.uuid = ${column})`;

/** Rows per statement: large workshops go in slices so one JSON parameter stays a few megabytes. */
const SLICE = 5000;

async function upsert(client: PgClient, table: string, rows: readonly Row[], counts: TableCounts): Promise<void> {
  const types = COLUMNS[table]!;
  const names = Object.keys(types);
  const changing = names.filter((n) => n !== 'uuid');
  // Table and column names come from COLUMNS above, never from input.
  const refs = REFERENCES[table] ?? {};
  const select = names.map((n) => (refs[n] === 'optional' ? `CASE WHEN ${removed(`x.${n}`)} THEN NULL ELSE x.${n} END` : `x.${n}`));
  const keep = ['x.uuid', ...Object.keys(refs).filter((n) => refs[n] === 'required').map((n) => `x.${n}`)].map((c) => `NOT ${removed(c)}`);
  const text = `
    INSERT INTO innolab.${table} AS t (${names.join(', ')})
    SELECT ${select.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${names.map((n) => `${n} ${types[n]}`).join(', ')})
    WHERE ${keep.join(' AND ')}
    ON CONFLICT (uuid) DO UPDATE SET ${changing.map((n) => `${n} = excluded.${n}`).join(', ')}
    WHERE (${changing.map((n) => `t.${n}`).join(', ')}) IS DISTINCT FROM (${changing.map((n) => `excluded.${n}`).join(', ')})
    RETURNING (xmax = 0) AS inserted`;
  for (let i = 0; i < rows.length; i += SLICE) {
    const slice = rows.slice(i, i + SLICE).map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
    const result = await client.query<{ inserted: boolean }>(text, [JSON.stringify(slice)]);
    for (const r of result.rows) {
      if (r.inserted) counts.inserted += 1;
      else counts.updated += 1;
    }
  }
}

/**
 * Pushes one workshop (rows already redacted as asked) in one transaction; returns what changed per table.
 * `nameKey` gives a unit's normalised name, which the roll-up views group OPDs by.
 */
export async function pushWorkshop(client: PgClient, data: WorkshopRows, nameKey: (name: string) => string): Promise<Record<string, TableCounts>> {
  const counts: Record<string, TableCounts> = Object.fromEntries(WAREHOUSE_TABLES.map((t) => [t, { inserted: 0, updated: 0, deleted: 0 }]));
  const workshopUuid = data.workshop.uuid;
  const withWorkshop = (rows: readonly Row[]): Row[] => rows.map((r) => ({ ...r, workshop_uuid: workshopUuid }));
  await client.query('BEGIN');
  try {
    await upsert(client, 'workshop', [data.workshop], counts.workshop!);
    if (data.removed.length > 0) {
      // Bookkeeping, not data: not counted among the rows changed.
      await client.query(
        'INSERT INTO innolab.tombstone (uuid, workshop_uuid) SELECT u, $1 FROM unnest($2::text[]) AS u ON CONFLICT (uuid) DO NOTHING',
        [workshopUuid, data.removed],
      );
    }
    await upsert(client, 'unit', withWorkshop(data.unit).map((u) => ({ ...u, name_key: nameKey(String(u.name)) })), counts.unit!);
    for (const table of ['participant', 'attendance', 'idea', 'idea_status_history', 'commitment', 'commitment_update'] as const) {
      await upsert(client, table, withWorkshop(data[table]), counts[table]!);
    }
    if (data.removed.length > 0) {
      // Children first, so each removed row is counted in its own table rather than vanishing by cascade.
      for (const table of [...WAREHOUSE_TABLES].reverse().filter((t) => t !== 'workshop')) {
        const removed = await client.query(`DELETE FROM innolab.${table} WHERE workshop_uuid = $1 AND uuid = ANY($2::text[])`, [workshopUuid, data.removed]);
        counts[table]!.deleted += removed.rowCount ?? 0;
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return counts;
}
