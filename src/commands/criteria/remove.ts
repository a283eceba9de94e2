import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { criterionScoreCount, removeCriterion } from '../../store/corrections.js';
import { findCriterion, listCriteria } from '../../store/criteria.js';
import { NotFoundError } from '../../errors.js';
import { criterionJson } from './list.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('remove')
    .description(t('help.criteria.remove'))
    .argument('<name>', t('help.criteria.name'))
    .action(async (name: string) => emit(ctx, await runRemove(ctx, name)));
}

/** Removes a criterion with its scores; the answer is the criterion as it was. */
export async function runRemove(ctx: Context, name: string): Promise<Answer> {
  const store = ctx.open();
  const criterion = findCriterion(store, name);
  if (!criterion) throw new NotFoundError('criteria.error.notFound', { name: name.trim() });
  const view = listCriteria(store).find((c) => c.id === criterion.id)!;
  const scores = criterionScoreCount(store, criterion.id);
  await ctx.confirm(ctx.t('criteria.removeWhat', { name: criterion.name, scores }), ctx.t('criteria.removeQuestion', { name: criterion.name }));
  const removed = store.change(() => removeCriterion(store, criterion.name));
  return { json: criterionJson(view), message: ctx.t('criteria.removed', removed) };
}
