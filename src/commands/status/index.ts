import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseOptionalDate } from '../../cli/parse.js';
import { formatDayRange, localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { getWorkshop } from '../../store/workshop.js';
import { statusSections } from './sections.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('status')
    .description(t('help.status'))
    .option('--as-of <date>', t('help.status.asOf'))
    .action((opts: { asOf?: string }) => emit(ctx, runStatus(ctx, { asOf: parseOptionalDate(opts.asOf, '--as-of') })));
}

/** The dashboard as of a date (today when none): the workshop, then each section under its heading. */
export function runStatus(ctx: Context, opts: { asOf?: string }): Answer {
  const asOf = opts.asOf ?? localIsoDate(ctx.now());
  const store = ctx.open();
  const { workshop, sections } = store.read(() => ({
    workshop: getWorkshop(store),
    sections: statusSections.map((section) => ({ section, data: section.collect(store, asOf) })),
  }));
  const dayIndex = workshop.days.indexOf(asOf);
  const today = { date: asOf, day: dayIndex >= 0 ? dayIndex + 1 : null };
  const json: Record<string, unknown> = {
    workshop: { uuid: workshop.uuid, title: workshop.title, start_date: workshop.start_date, end_date: workshop.end_date, days: workshop.days },
    today,
  };
  for (const { section, data } of sections) json[section.key] = section.json ? section.json(data) : data;
  const heading = {
    title: ctx.t('status.title', { title: workshop.title, dates: formatDayRange(workshop.start_date, workshop.end_date, ctx.lang) }),
    view: { lines: [today.day ? ctx.t('status.day', { n: today.day, total: workshop.days.length }) : ctx.t('status.notToday')] },
  };
  return { json, view: { sections: [heading, ...sections.map(({ section, data }) => section.view(ctx, data))] } };
}
