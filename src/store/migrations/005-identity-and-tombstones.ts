import type { Migration } from './migration.js';

/**
 * What identity, corrections and a converging merge need (issue 13):
 * - number_mark: per table, the highest short number (`no`) ever handed out and since removed. A number is
 *   never given to a second record (SPEC §7): removing the highest-numbered person must not hand their
 *   number to the next one registered, whose paper would then name someone else. Kept by a trigger on
 *   DELETE, so every path that removes a row (a command, a merge, a correction) keeps it.
 * - tombstone: the uuid of every removed row, so that a merge carries removals and undone check-ins to the
 *   other copies instead of bringing the rows back. Also kept by DELETE triggers; a merge that finds one
 *   record under two uuids keeps the smaller and notes the other as replaced_by it.
 * - attendance.recorded_at: when a check-in was entered, apart from the time of arrival (checked_in_at):
 *   a check-in typed in afterwards for day 1 must not claim today's clock time as the arrival.
 * - unit.partner: the partner institution (LAN RI) and the committee are units people belong to, but not
 *   OPDs that owe ideas or follow-up; `status` and completeness lists leave them out.
 * - e-mails are stored lower-case (they match case-insensitively everywhere).
 */
const numbered = ['unit', 'participant', 'idea', 'commitment'];
const tombstoned = ['unit', 'participant', 'attendance', 'idea', 'idea_status_history', 'score', 'commitment', 'commitment_update'];

export const identityAndTombstones: Migration = {
  version: 5,
  name: 'number high-water marks, tombstones, recorded_at, partner units, lower-case e-mails',
  up: `
    CREATE TABLE number_mark (
      entity TEXT PRIMARY KEY,
      high INTEGER NOT NULL
    ) STRICT;
    ${numbered
      .map(
        (t) => `
    CREATE TRIGGER ${t}_number_mark AFTER DELETE ON ${t} BEGIN
      INSERT INTO number_mark (entity, high) VALUES ('${t}', OLD.no)
        ON CONFLICT (entity) DO UPDATE SET high = MAX(high, excluded.high);
    END;`,
      )
      .join('\n')}

    CREATE TABLE tombstone (
      uuid TEXT PRIMARY KEY,
      entity TEXT NOT NULL,
      deleted_at TEXT NOT NULL,
      -- Set when the row was not removed but found to be the same record as another (two laptops registered
      -- one person): the uuid it lives on as. Removing either uuid removes the record.
      replaced_by TEXT
    ) STRICT;
    ${tombstoned
      .map(
        (t) => `
    CREATE TRIGGER ${t}_tombstone AFTER DELETE ON ${t} BEGIN
      INSERT OR IGNORE INTO tombstone (uuid, entity, deleted_at) VALUES (OLD.uuid, '${t}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    END;`,
      )
      .join('\n')}

    ALTER TABLE attendance ADD COLUMN recorded_at TEXT;
    UPDATE attendance SET recorded_at = created_at;

    ALTER TABLE unit ADD COLUMN partner INTEGER NOT NULL DEFAULT 0 CHECK (partner = 0 OR partner = 1);

    UPDATE participant SET email = lower(trim(email)) WHERE email IS NOT NULL AND email != lower(trim(email));
  `,
};
