import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson } from '../../cli/output.js';
import { parseDate } from '../../cli/parse.js';
import { formatDayRange, localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { getWorkshop } from '../../store/workshop.js';
import { statusSections } from './sections.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('status')
    .description(t('help.status'))
    .option('--as-of <date>', t('help.status.asOf'))
    .action((opts: { asOf?: string }) => runStatus(ctx, opts));
}

export async function runStatus(ctx: Context, opts: { asOf?: string }): Promise<void> {
  const asOf = opts.asOf ? parseDate(opts.asOf, '--as-of') : localIsoDate(ctx.now());
  const store = ctx.open();
  const { workshop, sections } = store.read(() => ({
    workshop: getWorkshop(store),
    sections: statusSections.map((s) => ({ section: s, data: s.collect(store, asOf) })),
  }));
  const dayIndex = workshop.days.indexOf(asOf);
  const today = { date: asOf, day: dayIndex >= 0 ? dayIndex + 1 : null };
  if (ctx.opts.json) {
    const out: Record<string, unknown> = {
      workshop: { uuid: workshop.uuid, title: workshop.title, start_date: workshop.start_date, end_date: workshop.end_date, days: workshop.days },
      today,
    };
    for (const { section, data } of sections) out[section.key] = data;
    return printJson(ctx, out);
  }
  ctx.print(ctx.chalk.bold(ctx.t('status.title', { title: workshop.title, dates: formatDayRange(workshop.start_date, workshop.end_date, ctx.lang) })));
  ctx.print(today.day ? ctx.t('status.day', { n: today.day, total: workshop.days.length }) : ctx.t('status.notToday'));
  for (const { section, data } of sections) {
    ctx.print('');
    await section.render(ctx, data);
  }
}
