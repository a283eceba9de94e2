// The audit log as `log` shows it: what changed, when, by which command.
import type { WorkshopStore } from './db.js';

export interface AuditLogEntry {
  uuid: string;
  at: string;
  command: string;
  action: string;
  entity: string;
  entity_uuid: string | null;
  detail: string | null;
  /** The fields a change touched (names, never values). */
  fields: string[];
}

/** The latest `limit` entries, newest first. */
export function latestAuditEntries(store: WorkshopStore, limit: number): AuditLogEntry[] {
  const rows = store.db
    .prepare('SELECT uuid, at, command, action, entity, entity_uuid, detail, fields FROM audit_log ORDER BY at DESC, id DESC LIMIT ?')
    .all(limit) as (Omit<AuditLogEntry, 'fields'> & { fields: string | null })[];
  return rows.map((r) => ({ ...r, fields: r.fields ? (JSON.parse(r.fields) as string[]) : [] }));
}
