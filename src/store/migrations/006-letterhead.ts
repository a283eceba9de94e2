import type { Migration } from './migration.js';

/**
 * What an office's own paper needs, kept in the workshop file so the file stays portable (issue 14):
 * - setting: the letterhead's text (kop lines, nomor surat), the second signatory, the signatory's
 *   pangkat/golongan and an./Plt./Plh., certificate numbering and JP, the default paper, Simpulan dan Saran;
 *   one row per field that was set.
 * - asset: logos (slot 1 left, slot 2 right of the kop) and documentation photos for the outcome report's
 *   Lampiran, as the bytes of a PNG or JPEG.
 * - unit.position: the order the office sets for its units (`unit move`); units without one follow in the
 *   order they were registered.
 */
export const letterhead: Migration = {
  version: 6,
  name: 'letterhead settings, logos and photos, unit order',
  up: `
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE asset (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('logo', 'photo')),
      slot INTEGER,
      caption TEXT,
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX asset_logo_slot ON asset(slot) WHERE kind = 'logo';
    ALTER TABLE unit ADD COLUMN position INTEGER;
  `,
};
