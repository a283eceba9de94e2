import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { removeIdea } from '../../store/corrections.js';
import { getIdeaByNo } from '../../store/ideas.js';
import { ideaDetailJson, readIdeaDetail } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('remove')
    .description(t('help.idea.remove'))
    .argument('<no>', t('help.idea.arg.no'))
    .action(async (no: string) => emit(ctx, await runRemove(ctx, parsePositiveInt(no, '<no>'))));
}

/** Removes an idea entered by mistake; the answer is the idea as it was. */
export async function runRemove(ctx: Context, no: number): Promise<Answer> {
  const store = ctx.open();
  const before = readIdeaDetail(store, no);
  await ctx.confirm(ctx.t('idea.removeWhat', { no, title: before.idea.title }), ctx.t('idea.removeQuestion', { no }));
  store.change(() => removeIdea(store, getIdeaByNo(store, no)));
  return { json: ideaDetailJson(before), message: ctx.t('idea.removed', { no, title: before.idea.title }) };
}
