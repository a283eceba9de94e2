// The office's own paper, kept in the workshop file (migration 006): letterhead text, the signatories'
// extra lines, certificate numbering and JP, the default paper, Simpulan dan Saran, the report date (table `setting`), and
// logos and documentation photos (table `asset`).
import type { ImageInfo } from '../domain/image.js';
import { checkText } from '../domain/text-limits.js';
import type { WorkshopStore } from './db.js';

/** Every setting `workshop set` may store here, by its stored key. */
export const SETTING_KEYS = [
  'kop.institution',
  'kop.address',
  'kop.phone',
  'kop.website',
  'letter_number',
  'paper',
  'conclusion',
  'certificate.number',
  'certificate.jp',
  'signatory.rank',
  'signatory.acting',
  'signatory.on_behalf_of',
  'cosignatory.caption',
  'cosignatory.position',
  'cosignatory.name',
  'cosignatory.nip',
  'cosignatory.rank',
  'report_date',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export type Settings = Partial<Record<SettingKey, string>>;

/** The settings; none for a copy read before its migration to schema 6 (merge reads the other copy as is). */
export function readSettings(store: WorkshopStore): Settings {
  if (!hasTable(store, 'setting')) return {};
  const rows = store.db.prepare('SELECT key, value FROM setting').all() as Array<{ key: SettingKey; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value])) as Settings;
}

/** Sets a setting; null removes it. */
export function writeSetting(store: WorkshopStore, key: SettingKey, value: string | null): void {
  checkText(key.replace(/^.*\./, ''), value, key);
  if (value === null) store.db.prepare('DELETE FROM setting WHERE key = ?').run(key);
  else store.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  const uuid = store.db.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string;
  store.audit({ action: 'update', entity: 'workshop', entityUuid: uuid, fields: [key] });
}

/** A logo or photo as stored. */
export interface Asset extends ImageInfo {
  uuid: string;
  kind: 'logo' | 'photo';
  slot: number | null;
  caption: string | null;
  data: Buffer;
}

/** Stores a logo in `slot` (1: left of the kop, 2: right), replacing the one there; null bytes remove it. */
export function writeLogo(store: WorkshopStore, slot: number, image: (ImageInfo & { data: Buffer }) | null): void {
  store.db.prepare("DELETE FROM asset WHERE kind = 'logo' AND slot = ?").run(slot);
  const uuid = store.uuid();
  if (image) {
    store.db
      .prepare("INSERT INTO asset (uuid, kind, slot, caption, mime, width, height, data, created_at) VALUES (?, 'logo', ?, NULL, ?, ?, ?, ?, ?)")
      .run(uuid, slot, image.mime, image.width, image.height, image.data, store.now());
  }
  store.audit({ action: image ? 'create' : 'delete', entity: 'logo', entityUuid: uuid, fields: [`logo${slot}`] });
}

/** Adds a documentation photo for the outcome report's Lampiran; returns its number in print order. */
export function addPhoto(store: WorkshopStore, image: ImageInfo & { data: Buffer }, caption: string | null): number {
  checkText('caption', caption);
  const uuid = store.uuid();
  store.db
    .prepare("INSERT INTO asset (uuid, kind, slot, caption, mime, width, height, data, created_at) VALUES (?, 'photo', NULL, ?, ?, ?, ?, ?, ?)")
    .run(uuid, caption, image.mime, image.width, image.height, image.data, store.now());
  store.audit({ action: 'create', entity: 'photo', entityUuid: uuid, fields: ['caption'] });
  return store.db.prepare("SELECT count(*) FROM asset WHERE kind = 'photo'").pluck().get() as number;
}

export function readAssets(store: WorkshopStore, kind: 'logo' | 'photo'): Asset[] {
  return store.db.prepare('SELECT uuid, kind, slot, caption, mime, width, height, data FROM asset WHERE kind = ? ORDER BY slot, id').all(kind) as Asset[];
}

export function countAssets(store: WorkshopStore, kind: 'logo' | 'photo'): number {
  if (!hasTable(store, 'asset')) return 0;
  return store.db.prepare('SELECT count(*) FROM asset WHERE kind = ?').pluck().get(kind) as number;
}

export function hasTable(store: WorkshopStore, name: string): boolean {
  return store.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
