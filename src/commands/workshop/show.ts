import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type Pairs, emit } from '../../cli/output.js';
import { formatDayRange } from '../../domain/dates.js';
import { formatNip } from '../../domain/nip.js';
import type { Translate } from '../../i18n/index.js';
import { getWorkshop } from '../../store/workshop.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.workshop.show'))
    .action(() => emit(ctx, runShow(ctx)));
}

export function runShow(ctx: Context): Answer {
  const store = ctx.open();
  const w = getWorkshop(store);
  const t = ctx.t;
  const record: Pairs = [
    [t('field.title'), w.title],
    [t('field.organizer'), w.organizer],
    [t('field.partner'), w.partner],
    [t('field.days'), `${formatDayRange(w.start_date, w.end_date, ctx.lang)} (${w.days.length})`],
    [t('field.venue'), w.venue],
    [t('field.city'), w.city],
    [t('field.legalBasis'), w.legal_basis],
    [t('field.lang'), w.lang],
    [t('field.signatory'), [w.signatory.position, w.signatory.name, w.signatory.nip ? `NIP ${formatNip(w.signatory.nip)}` : null].filter(Boolean).join(' — ')],
    [t('field.file'), store.path],
    [t('field.uuid'), w.uuid],
  ];
  return { json: w, view: { record } };
}
