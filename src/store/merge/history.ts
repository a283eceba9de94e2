// Which side changed a field last, read from the audit logs of both copies. The time of a change is the
// latest audit entry naming that field (merge entries themselves do not count, they only carry changes made
// elsewhere), else the row's creation or updated_at (see unchangedSince). A change whose audit entry is
// already here has been seen: that is how a second merge of the same file knows there is nothing new.
import type { Db } from '../db.js';

/** A row of any merged table, as SELECT * gives it. */
export type Row = Record<string, unknown> & { id: number; uuid: string; updated_at?: string };

interface AuditRow {
  uuid: string;
  at: string;
  action: string;
  entity_uuid: string | null;
  fields: string | null;
  detail?: string | null;
}

export class ChangeHistory {
  /** The uuids of the audit entries here, including those this merge copies over. */
  readonly localAudit = new Set<string>();
  /** `entity uuid|detail` of the merge notes here: the same note is not written twice. */
  readonly localMergeNotes = new Set<string>();
  /** entity uuid → field → latest time of a change made here (or copied here from elsewhere). */
  private readonly localFieldTime = new Map<string, Map<string, string>>();
  /** entity uuid → field → latest change in the other copy. */
  private readonly otherFieldLatest = new Map<string, Map<string, { at: string; uuid: string }>>();
  private readonly localDeleted = new Map<string, string>();
  /** Entities with audit entries on each side: a field none of them names was never changed there. */
  private readonly localAudited = new Set<string>();
  private readonly otherAudited = new Set<string>();

  constructor(local: Db, other: Db) {
    for (const a of local.prepare('SELECT uuid, at, action, entity_uuid, fields, detail FROM audit_log').iterate() as Iterable<AuditRow>) {
      this.localAudit.add(a.uuid);
      if (a.action === 'merge') {
        if (a.entity_uuid && a.detail) this.localMergeNotes.add(`${a.entity_uuid}|${a.detail}`);
        continue;
      }
      if (a.action === 'delete' && a.entity_uuid) {
        if ((this.localDeleted.get(a.entity_uuid) ?? '') < a.at) this.localDeleted.set(a.entity_uuid, a.at);
      }
      if (a.entity_uuid) this.localAudited.add(a.entity_uuid);
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.localFieldTime, a.entity_uuid!);
        if ((byField.get(field) ?? '') < a.at) byField.set(field, a.at);
      }
    }
    for (const a of other.prepare('SELECT uuid, at, action, entity_uuid, fields FROM audit_log').iterate() as Iterable<AuditRow>) {
      if (a.action === 'merge') continue;
      if (a.entity_uuid) this.otherAudited.add(a.entity_uuid);
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.otherFieldLatest, a.entity_uuid!);
        const seen = byField.get(field);
        if (!seen || seen.at < a.at) byField.set(field, { at: a.at, uuid: a.uuid });
      }
    }
  }

  /** A row the local copy deleted after the other copy last touched it stays deleted. */
  deletedHere(row: Row): boolean {
    const at = this.localDeleted.get(row.uuid);
    return at !== undefined && at >= (row.updated_at ?? row.at ?? '');
  }

  /**
   * When `column` last changed on each side, or undefined when the other copy's latest change to it has
   * been seen here already (its audit entry was copied by an earlier merge): then it is not a change any more.
   */
  fieldTimes(local: Row, other: Row, column: string): { local: string; other: string } | undefined {
    const latest = this.otherFieldLatest.get(other.uuid)?.get(column);
    if (latest && this.localAudit.has(latest.uuid)) return undefined;
    const otherTime = latest?.at ?? unchangedSince(other, this.otherAudited);
    const localTime = this.localFieldTime.get(local.uuid)?.get(column) ?? unchangedSince(local, this.localAudited);
    return { local: localTime, other: otherTime };
  }
}

/**
 * When no audit entry names a field, the field has kept its first value: its time is the row's creation. Only
 * a row without any audit entry (written by something that did not audit) falls back to its updated_at.
 */
function unchangedSince(row: Row, audited: ReadonlySet<string>): string {
  const time = audited.has(row.uuid) ? row.created_at : row.updated_at;
  return typeof time === 'string' ? time : '';
}

function parseFields(a: AuditRow): string[] {
  if (!a.entity_uuid || !a.fields) return [];
  try {
    const fields = JSON.parse(a.fields) as unknown;
    return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function getOrCreate<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}
