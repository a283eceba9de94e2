import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Column, printJson, printTable } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { IDEA_FORMS, IDEA_SORTS, type IdeaFilters, type IdeaView, ideaJson, listIdeas } from '../../store/ideas.js';
import { resolveUnit, unitLabel } from '../../store/units.js';
import { formLabel, formatScore, kindLabel, parseIdeaStatus, statusLabel } from './fields.js';

interface ListFlags {
  unit?: string;
  status?: string;
  form?: string;
  sort?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.idea.list'))
    .option('--unit <unit>', t('help.idea.list.unit'))
    .option('--status <status>', t('help.idea.list.status'))
    .option('--form <form>', t('help.idea.list.form'))
    .option('--sort <order>', t('help.idea.list.sort'))
    .action((opts: ListFlags) => runList(ctx, opts));
}

export async function runList(ctx: Context, flags: ListFlags): Promise<void> {
  const filters: IdeaFilters = {
    status: flags.status === undefined ? undefined : parseIdeaStatus(flags.status, '--status'),
    form: flags.form === undefined ? undefined : parseChoice(flags.form, IDEA_FORMS, '--form'),
    sort: flags.sort === undefined ? 'no' : parseChoice(flags.sort, IDEA_SORTS, '--sort'),
  };
  const store = ctx.open();
  const ideas = store.read(() => {
    if (flags.unit !== undefined) filters.unitId = resolveUnit(store, flags.unit).id;
    return listIdeas(store, filters);
  });
  if (ctx.opts.json) {
    return printJson(
      ctx,
      ideas.map((idea, i) => (filters.sort === 'score' ? { rank: idea.score === null ? null : i + 1, ...ideaJson(idea) } : ideaJson(idea))),
    );
  }
  if (ideas.length === 0) return ctx.info(ctx.t('idea.none'));
  const t = ctx.t;
  const columns: Column<IdeaView>[] = [
    { header: t('col.no'), value: (i) => i.no, align: 'right' },
    { header: t('col.idea.unit'), value: (i) => unitLabel(i.unit) },
    { header: t('col.idea.title'), value: (i) => i.title },
    { header: t('col.idea.form'), value: (i) => formLabel(t, i.form) },
    { header: t('col.idea.kind'), value: (i) => kindLabel(t, i.kind) },
    {
      header: t('col.idea.status'),
      value: (i) => statusLabel(t, i.status),
      style: (text, i) => (i.status === 'dropped' ? ctx.chalk.dim(text) : i.status === 'selected' || i.status === 'trial' || i.status === 'implemented' ? ctx.chalk.green(text) : text),
    },
    { header: t('col.idea.score'), value: (i) => formatScore(i.score), align: 'right' },
  ];
  if (filters.sort === 'score') {
    const rank = new Map(ideas.map((idea, i) => [idea.no, idea.score === null ? null : i + 1]));
    columns.unshift({ header: t('col.idea.rank'), value: (i) => rank.get(i.no), align: 'right' });
  }
  await printTable(ctx, ideas, columns);
}
