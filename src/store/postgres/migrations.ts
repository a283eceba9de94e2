// The warehouse schema innolab keeps in PostgreSQL (`innolab push`): ordered, append-only steps, each run with
// its version row in one transaction, like the workshop file's own migrations (store/migrations/). A released
// step is never edited; a change is a new step at the end. README "PostgreSQL warehouse" documents each table.
import { ConflictError } from '../../errors.js';
import type { PgClient } from './client.js';

export interface WarehouseMigration {
  version: number;
  name: string;
  up: string;
}

export const WAREHOUSE_MIGRATIONS: readonly WarehouseMigration[] = [
  {
    version: 1,
    name: 'workshop tables',
    up: `
      CREATE TABLE innolab.workshop (
        uuid text PRIMARY KEY,
        title text NOT NULL,
        organizer text,
        partner text,
        city text,
        venue text,
        start_date date NOT NULL,
        end_date date NOT NULL,
        lang text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE innolab.unit (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        no integer NOT NULL,
        name text NOT NULL,
        short_name text,
        kind text NOT NULL,
        name_key text NOT NULL
      );
      CREATE INDEX unit_workshop ON innolab.unit(workshop_uuid);
      CREATE TABLE innolab.participant (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        no integer NOT NULL,
        name text NOT NULL,
        nip text,
        position text,
        unit_uuid text REFERENCES innolab.unit(uuid) ON DELETE SET NULL,
        role text NOT NULL,
        phone text,
        email text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX participant_workshop ON innolab.participant(workshop_uuid);
      CREATE INDEX participant_unit ON innolab.participant(unit_uuid);
      CREATE TABLE innolab.attendance (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        participant_uuid text NOT NULL REFERENCES innolab.participant(uuid) ON DELETE CASCADE,
        date date NOT NULL,
        status text NOT NULL,
        how text NOT NULL,
        note text,
        representative text
      );
      CREATE INDEX attendance_participant ON innolab.attendance(participant_uuid);
      CREATE INDEX attendance_workshop ON innolab.attendance(workshop_uuid);
      CREATE TABLE innolab.idea (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        no integer NOT NULL,
        unit_uuid text NOT NULL REFERENCES innolab.unit(uuid) ON DELETE CASCADE,
        title text NOT NULL,
        form text,
        kind text,
        affair text,
        problem text,
        description text,
        objective text,
        benefit text,
        expected_result text,
        proposer_uuid text REFERENCES innolab.participant(uuid) ON DELETE SET NULL,
        proposer_name text,
        status text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX idea_workshop ON innolab.idea(workshop_uuid);
      CREATE TABLE innolab.idea_status_history (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        idea_uuid text NOT NULL REFERENCES innolab.idea(uuid) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        at timestamptz NOT NULL,
        note text
      );
      CREATE INDEX idea_status_history_idea ON innolab.idea_status_history(idea_uuid);
      CREATE TABLE innolab.commitment (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        no integer NOT NULL,
        unit_uuid text NOT NULL REFERENCES innolab.unit(uuid) ON DELETE CASCADE,
        idea_uuid text REFERENCES innolab.idea(uuid) ON DELETE SET NULL,
        action text NOT NULL,
        owner_uuid text REFERENCES innolab.participant(uuid) ON DELETE SET NULL,
        owner_name text,
        output text,
        indicator text,
        due_date date NOT NULL,
        status text NOT NULL,
        progress integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX commitment_workshop ON innolab.commitment(workshop_uuid);
      CREATE TABLE innolab.commitment_update (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        commitment_uuid text NOT NULL REFERENCES innolab.commitment(uuid) ON DELETE CASCADE,
        date date NOT NULL,
        progress integer,
        status text,
        note text,
        at timestamptz NOT NULL
      );
      CREATE INDEX commitment_update_commitment ON innolab.commitment_update(commitment_uuid);
    `,
  },
  {
    version: 2,
    name: 'roll-up views',
    up: `
      -- One row per workshop and unit (NULL unit: people registered without one) with the counts the roll-up
      -- adds up; overdue and the days held are judged on CURRENT_DATE.
      CREATE VIEW innolab.unit_figures AS
      WITH w AS (
        SELECT uuid, start_date, end_date,
               GREATEST(0, LEAST(end_date, CURRENT_DATE) - start_date + 1) AS days_held
        FROM innolab.workshop
      ),
      keys AS (
        SELECT workshop_uuid, uuid AS unit_uuid FROM innolab.unit
        UNION ALL SELECT uuid, NULL FROM innolab.workshop
      ),
      people AS (
        SELECT workshop_uuid, unit_uuid, COUNT(*) AS participants FROM innolab.participant GROUP BY 1, 2
      ),
      attended AS (
        SELECT p.workshop_uuid, p.unit_uuid, COUNT(*) AS attended
        FROM innolab.attendance a
        JOIN innolab.participant p ON p.uuid = a.participant_uuid
        JOIN innolab.workshop ws ON ws.uuid = a.workshop_uuid
        WHERE a.status IN ('present', 'represented') AND a.date BETWEEN ws.start_date AND ws.end_date AND a.date <= CURRENT_DATE
        GROUP BY 1, 2
      ),
      ideas AS (
        SELECT workshop_uuid, unit_uuid,
               COUNT(*) AS ideas,
               COUNT(*) FILTER (WHERE form = 'tata-kelola') AS ideas_tata_kelola,
               COUNT(*) FILTER (WHERE form = 'pelayanan-publik') AS ideas_pelayanan_publik,
               COUNT(*) FILTER (WHERE form = 'lainnya') AS ideas_lainnya,
               COUNT(*) FILTER (WHERE form IS NULL OR form NOT IN ('tata-kelola', 'pelayanan-publik', 'lainnya')) AS ideas_unspecified,
               COUNT(*) FILTER (WHERE status = 'proposed') AS ideas_proposed,
               COUNT(*) FILTER (WHERE status = 'shortlisted') AS ideas_shortlisted,
               COUNT(*) FILTER (WHERE status = 'selected') AS ideas_selected_status,
               COUNT(*) FILTER (WHERE status = 'trial') AS ideas_trial,
               COUNT(*) FILTER (WHERE status = 'implemented') AS ideas_implemented,
               COUNT(*) FILTER (WHERE status = 'dropped') AS ideas_dropped,
               COUNT(*) FILTER (WHERE status IN ('selected', 'trial', 'implemented')) AS ideas_selected
        FROM innolab.idea GROUP BY 1, 2
      ),
      commitments AS (
        SELECT workshop_uuid, unit_uuid,
               COUNT(*) AS commitments,
               COUNT(*) FILTER (WHERE status = 'planned') AS commitments_planned,
               COUNT(*) FILTER (WHERE status = 'in-progress') AS commitments_in_progress,
               COUNT(*) FILTER (WHERE status = 'done') AS commitments_done,
               COUNT(*) FILTER (WHERE status = 'cancelled') AS commitments_cancelled,
               COUNT(*) FILTER (WHERE due_date < CURRENT_DATE AND status NOT IN ('done', 'cancelled')) AS commitments_overdue
        FROM innolab.commitment GROUP BY 1, 2
      ),
      updates AS (
        SELECT c.workshop_uuid, c.unit_uuid, MAX(cu.date) AS last_update
        FROM innolab.commitment_update cu JOIN innolab.commitment c ON c.uuid = cu.commitment_uuid
        WHERE cu.date <= CURRENT_DATE GROUP BY 1, 2
      )
      SELECT k.workshop_uuid, k.unit_uuid, u.name AS unit_name, u.short_name AS unit_short_name, u.name_key AS unit_key,
             COALESCE(pe.participants, 0) AS participants,
             COALESCE(at.attended, 0) AS attended,
             COALESCE(pe.participants, 0) * w.days_held AS person_days,
             COALESCE(i.ideas, 0) AS ideas,
             COALESCE(i.ideas_tata_kelola, 0) AS ideas_tata_kelola,
             COALESCE(i.ideas_pelayanan_publik, 0) AS ideas_pelayanan_publik,
             COALESCE(i.ideas_lainnya, 0) AS ideas_lainnya,
             COALESCE(i.ideas_unspecified, 0) AS ideas_unspecified,
             COALESCE(i.ideas_proposed, 0) AS ideas_proposed,
             COALESCE(i.ideas_shortlisted, 0) AS ideas_shortlisted,
             COALESCE(i.ideas_selected_status, 0) AS ideas_selected_status,
             COALESCE(i.ideas_trial, 0) AS ideas_trial,
             COALESCE(i.ideas_implemented, 0) AS ideas_implemented,
             COALESCE(i.ideas_dropped, 0) AS ideas_dropped,
             COALESCE(i.ideas_selected, 0) AS ideas_selected,
             COALESCE(c.commitments, 0) AS commitments,
             COALESCE(c.commitments_planned, 0) AS commitments_planned,
             COALESCE(c.commitments_in_progress, 0) AS commitments_in_progress,
             COALESCE(c.commitments_done, 0) AS commitments_done,
             COALESCE(c.commitments_cancelled, 0) AS commitments_cancelled,
             COALESCE(c.commitments_overdue, 0) AS commitments_overdue,
             up.last_update
      FROM keys k
      JOIN w ON w.uuid = k.workshop_uuid
      LEFT JOIN innolab.unit u ON u.uuid = k.unit_uuid
      LEFT JOIN people pe ON pe.workshop_uuid = k.workshop_uuid AND pe.unit_uuid IS NOT DISTINCT FROM k.unit_uuid
      LEFT JOIN attended at ON at.workshop_uuid = k.workshop_uuid AND at.unit_uuid IS NOT DISTINCT FROM k.unit_uuid
      LEFT JOIN ideas i ON i.workshop_uuid = k.workshop_uuid AND i.unit_uuid IS NOT DISTINCT FROM k.unit_uuid
      LEFT JOIN commitments c ON c.workshop_uuid = k.workshop_uuid AND c.unit_uuid IS NOT DISTINCT FROM k.unit_uuid
      LEFT JOIN updates up ON up.workshop_uuid = k.workshop_uuid AND up.unit_uuid IS NOT DISTINCT FROM k.unit_uuid;

      -- One row per workshop: the unit figures added up.
      CREATE VIEW innolab.workshop_figures AS
      SELECT w.uuid AS workshop_uuid, w.title, w.organizer, w.city, w.start_date, w.end_date,
             EXTRACT(YEAR FROM w.start_date)::integer AS year,
             SUM(f.participants)::bigint AS participants, SUM(f.attended)::bigint AS attended, SUM(f.person_days)::bigint AS person_days,
             ROUND(SUM(f.attended)::numeric / NULLIF(SUM(f.person_days), 0), 3) AS attendance_rate,
             SUM(f.ideas)::bigint AS ideas, SUM(f.ideas_tata_kelola)::bigint AS ideas_tata_kelola,
             SUM(f.ideas_pelayanan_publik)::bigint AS ideas_pelayanan_publik, SUM(f.ideas_lainnya)::bigint AS ideas_lainnya,
             SUM(f.ideas_unspecified)::bigint AS ideas_unspecified,
             SUM(f.ideas_selected)::bigint AS ideas_selected, SUM(f.ideas_implemented)::bigint AS ideas_implemented,
             SUM(f.commitments)::bigint AS commitments, SUM(f.commitments_done)::bigint AS commitments_done,
             SUM(f.commitments_overdue)::bigint AS commitments_overdue
      FROM innolab.workshop w JOIN innolab.unit_figures f ON f.workshop_uuid = w.uuid
      GROUP BY w.uuid;

      -- One row per OPD across workshops, matched by its normalised name (unit.name_key).
      CREATE VIEW innolab.rollup_by_unit AS
      SELECT f.unit_key, MIN(f.unit_name) AS unit_name, COUNT(DISTINCT f.workshop_uuid) AS workshops,
             SUM(f.participants)::bigint AS participants, SUM(f.attended)::bigint AS attended, SUM(f.person_days)::bigint AS person_days,
             ROUND(SUM(f.attended)::numeric / NULLIF(SUM(f.person_days), 0), 3) AS attendance_rate,
             SUM(f.ideas)::bigint AS ideas, SUM(f.ideas_selected)::bigint AS ideas_selected, SUM(f.ideas_implemented)::bigint AS ideas_implemented,
             SUM(f.commitments)::bigint AS commitments, SUM(f.commitments_done)::bigint AS commitments_done,
             SUM(f.commitments_overdue)::bigint AS commitments_overdue, MAX(f.last_update) AS last_update
      FROM innolab.unit_figures f WHERE f.unit_key IS NOT NULL
      GROUP BY f.unit_key;

      -- One row per year a workshop started in.
      CREATE VIEW innolab.rollup_by_year AS
      SELECT year, COUNT(*) AS workshops,
             SUM(participants)::bigint AS participants, SUM(attended)::bigint AS attended, SUM(person_days)::bigint AS person_days,
             ROUND(SUM(attended)::numeric / NULLIF(SUM(person_days), 0), 3) AS attendance_rate,
             SUM(ideas)::bigint AS ideas, SUM(ideas_selected)::bigint AS ideas_selected, SUM(ideas_implemented)::bigint AS ideas_implemented,
             SUM(commitments)::bigint AS commitments, SUM(commitments_done)::bigint AS commitments_done,
             SUM(commitments_overdue)::bigint AS commitments_overdue
      FROM innolab.workshop_figures GROUP BY year;
    `,
  },
  {
    version: 3,
    name: 'tombstones',
    up: `
      -- Every uuid removed in some copy of a workshop. A removal wins over a copy that still has the row (a
      -- laptop that has not merged yet): such rows are not written back, so the server converges whatever
      -- order the copies are pushed in, as merge makes the files converge.
      CREATE TABLE innolab.tombstone (
        uuid text PRIMARY KEY,
        workshop_uuid text NOT NULL REFERENCES innolab.workshop(uuid) ON DELETE CASCADE,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX tombstone_workshop ON innolab.tombstone(workshop_uuid);
    `,
  },
];

const WAREHOUSE_VERSION = WAREHOUSE_MIGRATIONS.length;

/**
 * Brings the warehouse schema up to date, one step per transaction. An advisory lock held by each step keeps
 * two laptops pushing at once from running the same step twice; a schema from a newer innolab is refused.
 */
export async function migrateWarehouse(client: PgClient): Promise<number> {
  await client.query('CREATE SCHEMA IF NOT EXISTS innolab');
  await client.query(
    'CREATE TABLE IF NOT EXISTS innolab.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (const step of WAREHOUSE_MIGRATIONS) {
    await client.query('BEGIN');
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('innolab.schema_migrations'))");
      const done = await client.query('SELECT 1 FROM innolab.schema_migrations WHERE version = $1', [step.version]);
      if (done.rowCount === 0) {
        await client.query(step.up);
        await client.query('INSERT INTO innolab.schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  const newest = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM innolab.schema_migrations');
  const version = newest.rows[0]?.v ?? 0;
  if (version > WAREHOUSE_VERSION) throw new ConflictError('push.error.newerWarehouse', { found: version, known: WAREHOUSE_VERSION });
  return version;
}
