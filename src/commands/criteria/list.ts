import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printTable } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { type CriterionView, listCriteria } from '../../store/criteria.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.criteria.list'))
    .action(() => runList(ctx));
}

/** The public shape of a criterion: the normalised weight rounded to 4 decimals, no row id. */
export function criterionJson(c: CriterionView): Record<string, unknown> {
  return { name: c.name, label: c.label, weight: c.weight, normalized_weight: Math.round(c.normalized_weight * 10000) / 10000, position: c.position };
}

export async function printCriteria(ctx: Context, criteria: readonly CriterionView[]): Promise<void> {
  if (ctx.opts.json) return printJson(ctx, criteria.map(criterionJson));
  if (criteria.length === 0) return ctx.info(ctx.t('criteria.none'));
  const t = ctx.t;
  await printTable(ctx, criteria, [
    { header: t('col.idea.criterion'), value: (c) => c.name },
    { header: t('col.idea.label'), value: (c) => c.label },
    { header: t('col.idea.weight'), value: (c) => c.weight, align: 'right' },
    { header: t('col.idea.share'), value: (c) => `${(c.normalized_weight * 100).toFixed(1)}%`, align: 'right' },
  ]);
  if (criteria.every((c) => c.weight === 0)) ctx.warn(t('criteria.zeroTotal'));
}

export async function runList(ctx: Context): Promise<void> {
  const store = ctx.open();
  await printCriteria(ctx, listCriteria(store));
}
