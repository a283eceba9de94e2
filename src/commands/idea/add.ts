import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { addIdea } from '../../store/ideas.js';
import { type IdeaFlags, addIdeaOptions, askIdea, hasAnyFlag, parseIdeaFlags, resolveIdeaRefs } from './fields.js';
import { ideaDetailJson, readIdeaDetail } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addIdeaOptions(parent.command('add').description(t('help.idea.add')), t).action(async (opts: IdeaFlags) => emit(ctx, await runAdd(ctx, opts)));
}

export async function runAdd(ctx: Context, given: IdeaFlags): Promise<Answer> {
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
  return { json: ideaDetailJson(readIdeaDetail(store, idea.no)), message: ctx.t('idea.added', { no: idea.no, title: idea.title }) };
}
