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
  /**
   * entity uuid → field → latest change made here (or copied here from elsewhere), as `at|audit uuid`: two
   * changes made in the same millisecond on two laptops are ordered the same way on every copy.
   */
  private readonly localFieldTime = new Map<string, Map<string, string>>();
  /** entity uuid → field → latest change in the other copy. */
  private readonly otherFieldLatest = new Map<string, Map<string, { at: string; uuid: string }>>();
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
      if (a.entity_uuid) this.localAudited.add(a.entity_uuid);
      const stamp = `${a.at}|${a.uuid}`;
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.localFieldTime, a.entity_uuid!);
        if ((byField.get(field) ?? '') < stamp) byField.set(field, stamp);
      }
    }
    for (const a of other.prepare('SELECT uuid, at, action, entity_uuid, fields FROM audit_log').iterate() as Iterable<AuditRow>) {
      if (a.action === 'merge') continue;
      if (a.entity_uuid) this.otherAudited.add(a.entity_uuid);
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.otherFieldLatest, a.entity_uuid!);
        const seen = byField.get(field);
        if (!seen || `${seen.at}|${seen.uuid}` < `${a.at}|${a.uuid}`) byField.set(field, { at: a.at, uuid: a.uuid });
      }
    }
  }

  /**
   * When `column` last changed on each side, or undefined when the other copy's latest change to it has
   * been seen here already (its audit entry was copied by an earlier merge): then it is not a change any more.
   */
  fieldTimes(local: Row, other: Row, column: string): { local: string; other: string } | undefined {
    const latest = this.otherFieldLatest.get(other.uuid)?.get(column);
    if (latest && this.localAudit.has(latest.uuid)) return undefined;
    const otherTime = latest ? `${latest.at}|${latest.uuid}` : unchangedSince(other, this.otherAudited);
    const localTime = this.localFieldTime.get(local.uuid)?.get(column) ?? unchangedSince(local, this.localAudited);
    return { local: localTime, other: otherTime };
  }
}

/**
 * When no audit entry names a field of an audited row, the field has kept the value it had when the row was
 * created, and a creation names every field it sets: so it is empty since then, older than any change. Only
 * a row without any audit entry (a bulk import writes one entry for all its rows) falls back to its updated_at.
 */
function unchangedSince(row: Row, audited: ReadonlySet<string>): string {
  if (audited.has(row.uuid)) return '';
  return typeof row.updated_at === 'string' ? row.updated_at : '';
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
