import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type View, emit, table } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { type CriterionView, listCriteria } from '../../store/criteria.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.criteria.list'))
    .action(async () => emit(ctx, runList(ctx)));
}

/** A criterion as scripts see it (README "JSON output"): its share rounded to 4 decimals, no row id. */
export function criterionJson(c: CriterionView): Record<string, unknown> {
  return { name: c.name, label: c.label, weight: c.weight, share: Math.round(c.share * 10000) / 10000, position: c.position };
}

/** The criteria table people read, with each share as a percentage; warns when no criterion weighs anything. */
export function criteriaView(ctx: Context, criteria: readonly CriterionView[]): View {
  const t = ctx.t;
  if (criteria.length > 0 && criteria.every((c) => c.weight === 0)) ctx.warn(t('criteria.zeroTotal'));
  return table(
    criteria,
    [
      { header: t('col.idea.criterion'), value: (c) => c.name },
      { header: t('col.idea.label'), value: (c) => c.label },
      { header: t('col.idea.weight'), value: (c) => c.weight, align: 'right' },
      { header: t('col.idea.share'), value: (c) => `${(c.share * 100).toFixed(1)}%`, align: 'right' },
    ],
    { empty: t('criteria.none') },
  );
}

export function runList(ctx: Context): Answer {
  const criteria = listCriteria(ctx.open());
  return { json: criteria.map(criterionJson), view: criteriaView(ctx, criteria) };
}
