// A unit as scripts see it (README "JSON output", test/schemas/records.ts `unit`): `unit add` and `unit list`.
import type { Unit } from '../../store/units.js';

export function unitJson(unit: Unit, participants: number): Record<string, unknown> {
  return {
    no: unit.no,
    uuid: unit.uuid,
    name: unit.name,
    short_name: unit.short_name,
    kind: unit.kind,
    partner: unit.partner === 1,
    participants,
    created_at: unit.created_at,
    updated_at: unit.updated_at,
  };
}
