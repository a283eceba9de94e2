import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { addIdea, getIdeaView, ideaJson } from '../../store/ideas.js';
import { type IdeaFlags, addIdeaOptions, askIdea, hasAnyFlag, parseIdeaFlags, resolveIdeaRefs } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addIdeaOptions(parent.command('add').description(t('help.idea.add')), t).action((opts: IdeaFlags) => runAdd(ctx, opts));
}

export async function runAdd(ctx: Context, given: IdeaFlags): Promise<void> {
  parseIdeaFlags(given); // bad --form/--kind: exit 2 before anything is opened or asked
  const store = ctx.open();
  let flags: IdeaFlags = given;
  if (!hasAnyFlag(given) && ctx.canPrompt) {
    flags = await askIdea(ctx, store);
  } else {
    // Unit first: it is the first thing written on the idea form.
    const unit = await ctx.require(given.unit, { flag: '--unit', what: 'what.idea.unit', prompt: 'prompt.idea.unit' });
    const title = await ctx.require(given.title, { flag: '--title', what: 'field.title', prompt: 'prompt.idea.title' });
    flags = { ...given, unit, title };
  }
  const changes = parseIdeaFlags(flags);
  const idea = store.change(() => {
    const refs = resolveIdeaRefs(store, flags, changes);
    return addIdea(store, {
      ...refs,
      unitId: refs.unitId!,
      title: refs.title!,
      proposerId: refs.proposer?.id ?? null,
      proposerName: refs.proposer?.name ?? null,
    });
  });
  if (ctx.opts.json) return printJson(ctx, ideaJson(getIdeaView(store, idea.no)));
  ctx.info(ctx.t('idea.added', { no: idea.no, title: idea.title }));
}
