import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type Column, emit, table } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { IDEA_FORMS, IDEA_SORTS, type IdeaFilters, type IdeaView, listIdeas } from '../../store/ideas.js';
import { resolveUnit, unitLabel } from '../../store/units.js';
import { formLabel, formatScore, kindLabel, parseIdeaStatus, statusLabel } from './fields.js';
import { ideaJson } from './json.js';

interface ListFlags {
  unit?: string;
  status?: string;
  form?: string;
  sort?: string;
}

interface ListOptions {
  unit?: string;
  filters: IdeaFilters;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.idea.list'))
    .option('--unit <unit>', t('help.idea.list.unit'))
    .option('--status <status>', t('help.idea.list.status'))
    .option('--form <form>', t('help.idea.list.form'))
    .option('--sort <order>', t('help.idea.list.sort'))
    .action(async (flags: ListFlags) => emit(ctx, runList(ctx, parseListFlags(flags))));
}

function parseListFlags(flags: ListFlags): ListOptions {
  return {
    unit: flags.unit,
    filters: {
      status: flags.status === undefined ? undefined : parseIdeaStatus(flags.status, '--status'),
      form: flags.form === undefined ? undefined : parseChoice(flags.form, IDEA_FORMS, '--form'),
      sort: flags.sort === undefined ? 'no' : parseChoice(flags.sort, IDEA_SORTS, '--sort'),
    },
  };
}

export function runList(ctx: Context, opts: ListOptions): Answer {
  const store = ctx.open();
  const ideas = store.read(() => {
    const unitId = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit).id;
    return listIdeas(store, { ...opts.filters, unitId });
  });
  // The ranking (--sort score) numbers the scored ideas; an unscored idea has no rank.
  const ranked = opts.filters.sort === 'score';
  const rank = new Map(ideas.map((idea, i) => [idea.no, idea.score === null ? null : i + 1]));
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
      style: (text, i) => (i.status === 'dropped' ? ctx.chalk.dim(text) : ['selected', 'trial', 'implemented'].includes(i.status) ? ctx.chalk.green(text) : text),
    },
    { header: t('col.idea.score'), value: (i) => formatScore(i.score), align: 'right' },
  ];
  if (ranked) columns.unshift({ header: t('col.idea.rank'), value: (i) => rank.get(i.no), align: 'right' });
  return {
    json: ideas.map((idea) => (ranked ? { rank: rank.get(idea.no) ?? null, ...ideaJson(idea) } : ideaJson(idea))),
    view: table(ideas, columns, { empty: t('idea.none') }),
  };
}
