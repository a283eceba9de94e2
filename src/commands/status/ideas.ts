// The dashboard's ideas: how many per status, per unit, and which units have proposed nothing yet (the
// facilitators go and sit with those).
import { type View, table } from '../../cli/output.js';
import { IDEA_STATUSES, type IdeaStatus } from '../../domain/idea-status.js';
import { ideaCountsByUnitAndStatus } from '../../store/counts.js';
import { type Unit, listUnits, unitLabel } from '../../store/units.js';
import { statusLabel } from '../idea/fields.js';
import { unitRef } from '../refs.js';
import { defineSection, stack } from './section.js';

interface UnitIdeas {
  unit: Unit;
  total: number;
  by_status: Record<IdeaStatus, number>;
}

interface IdeasStatusData {
  total: number;
  by_status: Record<IdeaStatus, number>;
  by_unit: UnitIdeas[];
  units_without_ideas: Unit[];
}

function zeroCounts(): Record<IdeaStatus, number> {
  return Object.fromEntries(IDEA_STATUSES.map((s) => [s, 0])) as Record<IdeaStatus, number>;
}

const sum = (counts: Record<IdeaStatus, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const ref = (u: Unit) => unitRef(u.no, u.name, u.short_name);

export const ideas = defineSection<IdeasStatusData>({
  key: 'ideas',
  collect(store) {
    const byStatus = zeroCounts();
    const perUnit = new Map<number, Record<IdeaStatus, number>>();
    for (const r of ideaCountsByUnitAndStatus(store)) {
      byStatus[r.status] += r.n;
      const counts = perUnit.get(r.unit_id) ?? zeroCounts();
      counts[r.status] += r.n;
      perUnit.set(r.unit_id, counts);
    }
    const units = listUnits(store);
    return {
      total: sum(byStatus),
      by_status: byStatus,
      by_unit: units.filter((u) => perUnit.has(u.id)).map((unit) => ({ unit, total: sum(perUnit.get(unit.id)!), by_status: perUnit.get(unit.id)! })),
      // The partner institution and the committee owe no ideas (unit.partner).
      units_without_ideas: units.filter((u) => !perUnit.has(u.id) && u.partner !== 1),
    };
  },
  json(data) {
    return {
      total: data.total,
      by_status: data.by_status,
      by_unit: data.by_unit.map((u) => ({ unit: ref(u.unit), total: u.total, by_status: u.by_status })),
      units_without_ideas: data.units_without_ideas.map(ref),
    };
  },
  view(ctx, data) {
    const t = ctx.t;
    const parts: View[] = [];
    if (data.total === 0) {
      parts.push({ lines: [t('status.ideas.none')] });
    } else {
      // Only the statuses in use get a column, so the table stays narrow on a laptop screen.
      const used = IDEA_STATUSES.filter((s) => data.by_status[s] > 0);
      parts.push({ lines: [used.map((s) => `${statusLabel(t, s)}: ${data.by_status[s]}`).join(' · ')] });
      parts.push(
        table(data.by_unit, [
          { header: t('col.idea.unit'), value: (u) => unitLabel(u.unit) },
          { header: t('col.idea.total'), value: (u) => u.total, align: 'right' },
          ...used.map((s) => ({ header: statusLabel(t, s), value: (u: UnitIdeas) => u.by_status[s] || '', align: 'right' as const })),
        ]),
      );
    }
    if (data.units_without_ideas.length > 0) {
      const names = data.units_without_ideas.map((u) => unitLabel(u)).join(', ');
      parts.push({ lines: [ctx.chalk.yellow(t('status.ideas.unitsWithout', { count: data.units_without_ideas.length, units: names }))] });
    } else if (data.total > 0) {
      parts.push({ lines: [t('status.ideas.allUnits')] });
    }
    return { title: t('heading.status.ideas'), view: stack(parts) };
  },
});
