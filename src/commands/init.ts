import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { UsageError } from '../errors.js';
import { type Answer, emit } from '../cli/output.js';
import { parseChoice, parseWorkshopDate } from '../cli/parse.js';
import { MAX_WORKSHOP_DAYS, WORKSHOP_RANGE, dateProblem, daysBetween } from '../domain/dates.js';
import type { Lang, Translate } from '../i18n/index.js';
import { checkTextLimits } from '../domain/text-limits.js';
import { getWorkshop } from '../store/workshop.js';

interface InitOptions {
  file: string;
  title?: string;
  start?: string;
  end?: string;
  organizer?: string;
  partner?: string;
  city?: string;
  venue?: string;
  legalBasis?: string;
  lang?: Lang;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('init')
    .description(t('help.init'))
    .argument('<file>', t('help.init.file'))
    .option('--title <title>', t('help.init.title'))
    .option('--start <date>', t('help.init.start'))
    .option('--end <date>', t('help.init.end'))
    .option('--organizer <organizer>', t('help.init.organizer'))
    .option('--partner <partner>', t('help.init.partner'))
    .option('--city <city>', t('help.init.city'))
    .option('--venue <venue>', t('help.init.venue'))
    .option('--legal-basis <text>', t('help.init.legalBasis'))
    .action(async (file: string, opts: Omit<InitOptions, 'file'>, cmd: Command) => {
      // --lang is global: it sets both the messages and the workshop's language.
      const lang = cmd.optsWithGlobals<{ lang?: string }>().lang;
      await emit(ctx, await runInit(ctx, { ...opts, file, lang: lang === undefined ? undefined : parseChoice(lang, ['id', 'en'] as const, '--lang') }));
    });
}

const validDate = (ctx: Context) => (v: string) => {
  const problem = dateProblem(v, WORKSHOP_RANGE);
  if (problem === 'format') return ctx.t('error.invalidDate', { field: 'date', value: v });
  if (problem === 'range') return ctx.t('error.dateOutOfRange', { field: 'date', value: v, from: WORKSHOP_RANGE.from.slice(0, 4), to: WORKSHOP_RANGE.to.slice(0, 4) });
  return true;
};

export async function runInit(ctx: Context, opts: InitOptions): Promise<Answer> {
  const title = (await ctx.require(opts.title, { flag: '--title', what: 'field.title', prompt: 'prompt.title' })).trim();
  if (title === '') throw new UsageError('error.required', { field: '--title' });
  const start = parseWorkshopDate(await ctx.require(opts.start, { flag: '--start', what: 'field.start', prompt: 'prompt.start', validate: validDate(ctx) }), '--start');
  let end = opts.end;
  let organizer = opts.organizer;
  let venue = opts.venue;
  let city = opts.city;
  // On a terminal, ask for what makes the reports' header; scripts get sensible blanks instead.
  if (ctx.canPrompt) {
    end ??= (await ctx.prompter.input({ message: ctx.t('prompt.end'), validate: (v) => v === '' || validDate(ctx)(v) })) || undefined;
    organizer ??= (await ctx.prompter.input({ message: ctx.t('prompt.organizer') })) || undefined;
    city ??= (await ctx.prompter.input({ message: ctx.t('prompt.city') })) || undefined;
    venue ??= (await ctx.prompter.input({ message: ctx.t('prompt.venue') })) || undefined;
  }
  checkTextLimits({ title, organizer, partner: opts.partner, city, venue, legal_basis: opts.legalBasis });
  const endDate = end === undefined ? start : parseWorkshopDate(end, '--end');
  if (endDate < start) throw new UsageError('error.endBeforeStart', { start, end: endDate });
  if (daysBetween(start, endDate) >= MAX_WORKSHOP_DAYS) throw new UsageError('error.workshopTooLong', { days: daysBetween(start, endDate) + 1 });

  const store = ctx.create(opts.file, {
    title,
    startDate: start,
    endDate,
    organizer,
    partner: opts.partner,
    city,
    venue,
    legalBasis: opts.legalBasis,
    lang: opts.lang ?? 'id',
  });
  // Two lines for the person: what was made, and what to do next.
  const message = `${ctx.t('init.created', { file: store.path })}\n${ctx.t('init.next', { file: opts.file })}`;
  return { json: { file: store.path, ...getWorkshop(store) }, message };
}
