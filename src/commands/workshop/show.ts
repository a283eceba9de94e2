import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type Pairs, emit } from '../../cli/output.js';
import { formatDate, formatDayRange } from '../../domain/dates.js';
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
    [t('field.signatory'), signatoryLine(w.signatory, w.signatory.acting ? `${w.signatory.acting === 'plt' ? 'Plt.' : 'Plh.'} ` : '', w.signatory.on_behalf_of)],
    [t('field.cosignatory'), signatoryLine(w.cosignatory, '', null, w.cosignatory.caption)],
    [t('field.letterhead'), [w.letterhead.institution, w.letterhead.address, w.letterhead.phone, w.letterhead.website].filter(Boolean).join(' — ') || null],
    [t('field.logos'), w.letterhead.logos > 0 ? String(w.letterhead.logos) : null],
    [t('field.letterNumber'), w.letterhead.letter_number],
    [t('field.certificate'), [w.certificate.number, w.certificate.jp === null ? null : `${w.certificate.jp} JP`].filter(Boolean).join(' — ') || null],
    [t('field.paper'), w.paper],
    [t('field.reportDate'), w.report_date === null ? null : formatDate(w.report_date, ctx.lang)],
    [t('field.file'), store.path],
    [t('field.uuid'), w.uuid],
  ];
  return { json: w, view: { record } };
}

/** "a.n. Wali Kota — Plt. Kepala Bappeda — name — pangkat — NIP …", the parts that are set. */
function signatoryLine(s: { position: string | null; name: string | null; nip: string | null; rank: string | null }, acting: string, onBehalf: string | null, caption: string | null = null): string | null {
  const parts = [caption, onBehalf ? `a.n. ${onBehalf}` : null, s.position ? acting + s.position : null, s.name, s.rank, s.nip ? `NIP ${formatNip(s.nip)}` : null];
  return parts.filter(Boolean).join(' — ') || null;
}
