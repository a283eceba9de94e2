// The dashboard's ideas: how many per status, per unit, and which units have proposed nothing yet (the
// facilitators go and sit with those).
import { printTable } from '../../cli/output.js';
import { IDEA_STATUSES, type IdeaStatus } from '../../domain/idea-status.js';
import { type Unit, listUnits, unitLabel } from '../../store/units.js';
import { statusLabel } from '../idea/fields.js';
import { type StatusSection, defineSection } from './sections.js';

interface UnitIdeas {
  no: number;
  name: string;
  short_name: string | null;
  total: number;
  by_status: Record<IdeaStatus, number>;
}

interface IdeasStatusData {
  total: number;
  by_status: Record<IdeaStatus, number>;
  by_unit: UnitIdeas[];
  units_without_ideas: { no: number; name: string; short_name: string | null }[];
}

function zeroCounts(): Record<IdeaStatus, number> {
  return Object.fromEntries(IDEA_STATUSES.map((s) => [s, 0])) as Record<IdeaStatus, number>;
}

const ideas = defineSection<IdeasStatusData>({
  key: 'ideas',
  collect(store) {
    const rows = store.db.prepare('SELECT unit_id, status, COUNT(*) AS n FROM idea GROUP BY unit_id, status').all() as { unit_id: number; status: IdeaStatus; n: number }[];
    const byStatus = zeroCounts();
    const perUnit = new Map<number, Record<IdeaStatus, number>>();
    for (const r of rows) {
      byStatus[r.status] += r.n;
      const counts = perUnit.get(r.unit_id) ?? zeroCounts();
      counts[r.status] += r.n;
      perUnit.set(r.unit_id, counts);
    }
    const units = listUnits(store);
    const brief = (u: Unit) => ({ no: u.no, name: u.name, short_name: u.short_name });
    return {
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      by_status: byStatus,
      by_unit: units
        .filter((u) => perUnit.has(u.id))
        .map((u) => {
          const counts = perUnit.get(u.id)!;
          return { ...brief(u), total: Object.values(counts).reduce((a, b) => a + b, 0), by_status: counts };
        }),
      units_without_ideas: units.filter((u) => !perUnit.has(u.id)).map(brief),
    };
  },
  async render(ctx, data) {
    const t = ctx.t;
    ctx.print(ctx.chalk.bold(t('heading.status.ideas')));
    if (data.total === 0) {
      ctx.print(t('status.ideas.none'));
    } else {
      // Only the statuses in use get a column, so the table stays narrow on a laptop screen.
      const used = IDEA_STATUSES.filter((s) => data.by_status[s] > 0);
      ctx.print(used.map((s) => `${statusLabel(t, s)}: ${data.by_status[s]}`).join(' · '));
      await printTable(ctx, data.by_unit, [
        { header: t('col.idea.unit'), value: (u) => unitLabel(u) },
        { header: t('col.idea.total'), value: (u) => u.total, align: 'right' },
        ...used.map((s) => ({ header: statusLabel(t, s), value: (u: UnitIdeas) => u.by_status[s] || '', align: 'right' as const })),
      ]);
    }
    if (data.units_without_ideas.length === 0) {
      if (data.total > 0) ctx.print(t('status.ideas.allUnits'));
      return;
    }
    const names = data.units_without_ideas.map((u) => unitLabel(u)).join(', ');
    ctx.print(ctx.chalk.yellow(t('status.ideas.unitsWithout', { count: data.units_without_ideas.length, units: names })));
  },
});

export const sections: StatusSection[] = [ideas];
