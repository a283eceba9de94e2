// Read-only queries behind the name badges: who gets one (everyone, or a role, a unit, some people), each
// with the uuid their QR code holds. Sorted like the daftar hadir (the one unit order of every report, then
// the name without its titles) so a cut stack of badges lies in the order of the sheet the desk checks against.
import type { ParticipantRole } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { type PaperWorkshop, paperWorkshop } from './paper-workshop.js';
import { inSheetOrder } from './report-data.js';
import { UNIT_ORDER_NONE_LAST } from './unit-order.js';
import { whereEquals } from './where.js';

/** A person as printed on a badge: never the NIP, phone or e-mail. */
export interface BadgePerson {
  no: number;
  /** The participant's uuid: what the QR code holds, with the workshop's. */
  uuid: string;
  name: string;
  position: string | null;
  unit: string | null;
  unit_short: string | null;
  role: ParticipantRole;
}

export interface BadgeData {
  /** With the letterhead's logos (letterhead.ts): badges carry the left one. */
  workshop: PaperWorkshop;
  people: BadgePerson[];
}

export interface BadgeFilter {
  role?: ParticipantRole;
  unitId?: number;
  /** Only these participants (ids), e.g. a walk-in's badge printed at the desk. */
  participantIds?: readonly number[];
}

export function badgeData(store: WorkshopStore, filter: BadgeFilter = {}): BadgeData {
  return store.read(() => {
    const where = whereEquals({
      'p.role': filter.role,
      'p.unit_id': filter.unitId,
    });
    let sql = `SELECT p.id, p.no, p.uuid, p.name, p.position, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short, p.role
               FROM participant p LEFT JOIN unit u ON u.id = p.unit_id${where.sql}`;
    const params: unknown[] = [...where.params];
    if (filter.participantIds) {
      sql += `${where.sql ? ' AND' : ' WHERE'} p.id IN (${filter.participantIds.map(() => '?').join(', ') || 'NULL'})`;
      params.push(...filter.participantIds);
    }
    sql += ` ORDER BY ${UNIT_ORDER_NONE_LAST}, p.no`;
    const rows = store.db.prepare(sql).all(...params) as Array<BadgePerson & { id: number; unit_no: number | null }>;
    return {
      workshop: paperWorkshop(store),
      people: inSheetOrder(rows).map(({ id: _id, unit_no: _unit, ...person }) => person),
    };
  });
}
