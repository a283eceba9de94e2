import type { Migration } from './migration.js';

/**
 * The first schema: every table a workshop needs. STRICT tables so a wrong type is an error, not a silent
 * conversion; every row that can travel between laptops has a uuid (merge) and a short `no` where people
 * refer to it on paper.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE workshop (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      uuid TEXT NOT NULL,
      title TEXT NOT NULL,
      organizer TEXT,
      partner TEXT,
      city TEXT,
      venue TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      legal_basis TEXT,
      lang TEXT NOT NULL DEFAULT 'id' CHECK (lang IN ('id', 'en')),
      signatory_position TEXT,
      signatory_name TEXT,
      signatory_nip TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date >= start_date)
    ) STRICT;

    CREATE TABLE unit (
      id INTEGER PRIMARY KEY,
      no INTEGER NOT NULL UNIQUE,
      uuid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      short_name TEXT COLLATE NOCASE,
      kind TEXT NOT NULL DEFAULT 'lainnya'
        CHECK (kind IN ('dinas','badan','sekretariat','bagian','kecamatan','kelurahan','inspektorat','rsud','lainnya')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE participant (
      id INTEGER PRIMARY KEY,
      no INTEGER NOT NULL UNIQUE,
      uuid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      nip TEXT UNIQUE,
      position TEXT,
      unit_id INTEGER REFERENCES unit(id),
      role TEXT NOT NULL DEFAULT 'peserta' CHECK (role IN ('peserta','narasumber','fasilitator','panitia')),
      phone TEXT,
      email TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX participant_unit ON participant(unit_id);
    CREATE INDEX participant_email ON participant(email COLLATE NOCASE);

    CREATE TABLE attendance (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('present','excused','represented')),
      checked_in_at TEXT,
      how TEXT NOT NULL DEFAULT 'manual' CHECK (how IN ('manual','import','scan')),
      note TEXT,
      representative TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (participant_id, date)
    ) STRICT;
    CREATE INDEX attendance_date ON attendance(date);

    CREATE TABLE idea (
      id INTEGER PRIMARY KEY,
      no INTEGER NOT NULL UNIQUE,
      uuid TEXT NOT NULL UNIQUE,
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      title TEXT NOT NULL,
      form TEXT CHECK (form IN ('tata-kelola','pelayanan-publik','lainnya')),
      kind TEXT CHECK (kind IN ('digital','non-digital')),
      affair TEXT,
      problem TEXT,
      description TEXT,
      objective TEXT,
      benefit TEXT,
      expected_result TEXT,
      proposer_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
      proposer_name TEXT,
      status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed','shortlisted','selected','trial','implemented','dropped')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX idea_unit ON idea(unit_id);

    CREATE TABLE idea_status_history (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      idea_id INTEGER NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
      from_status TEXT,
      to_status TEXT NOT NULL,
      at TEXT NOT NULL,
      note TEXT
    ) STRICT;
    CREATE INDEX idea_status_history_idea ON idea_status_history(idea_id);

    CREATE TABLE criterion (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      label TEXT,
      weight REAL NOT NULL CHECK (weight >= 0),
      position INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE score (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      idea_id INTEGER NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
      criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
      scorer TEXT NOT NULL,
      value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
      at TEXT NOT NULL,
      UNIQUE (idea_id, criterion_id, scorer)
    ) STRICT;

    CREATE TABLE commitment (
      id INTEGER PRIMARY KEY,
      no INTEGER NOT NULL UNIQUE,
      uuid TEXT NOT NULL UNIQUE,
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      idea_id INTEGER REFERENCES idea(id) ON DELETE SET NULL,
      action TEXT NOT NULL,
      owner_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
      owner_name TEXT,
      output TEXT,
      indicator TEXT,
      due_date TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in-progress','done','cancelled')),
      progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX commitment_unit ON commitment(unit_id);
    CREATE INDEX commitment_due ON commitment(due_date);

    CREATE TABLE commitment_update (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      progress INTEGER CHECK (progress BETWEEN 0 AND 100),
      status TEXT CHECK (status IN ('planned','in-progress','done','cancelled')),
      note TEXT,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX commitment_update_commitment ON commitment_update(commitment_id);

    -- The audit trail: what changed, when, by which command. The command line is stored without the
    -- values of personal data; fields lists the names of the fields a change touched (merge uses it to let
    -- the later change of a field win).
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      at TEXT NOT NULL,
      command TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create','update','delete','import','merge','migrate')),
      entity TEXT NOT NULL,
      entity_uuid TEXT,
      fields TEXT,
      detail TEXT
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log(entity_uuid);

    INSERT INTO criterion (name, label, weight, position, updated_at) VALUES
      ('dampak', 'Dampak', 0.4, 1, '1970-01-01T00:00:00.000Z'),
      ('kelayakan', 'Kelayakan', 0.3, 2, '1970-01-01T00:00:00.000Z'),
      ('kebaruan', 'Kebaruan', 0.15, 3, '1970-01-01T00:00:00.000Z'),
      ('keberlanjutan', 'Keberlanjutan', 0.15, 4, '1970-01-01T00:00:00.000Z');
  `,
};
