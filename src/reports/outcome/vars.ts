// The placeholders every paragraph of the outcome report's wording may use.
import { formatDateRange, formatDayRange } from '../../domain/dates.js';
import type { IdeaStatus } from '../../domain/idea-status.js';
import type { Lang } from '../../i18n/index.js';
import type { OutcomeData } from '../../store/report-outcome-data.js';
import type { Vars } from '../placeholders.js';
import type { OutcomeTemplate } from './template.js';

/** Ideas whose full text the outcome report prints: the ones chosen to go ahead. */
export const ADVANCED_STATUSES: readonly IdeaStatus[] = ['selected', 'trial', 'implemented'];

/** Placeholders every paragraph of the template may use. */
export function templateVars(data: OutcomeData, lang: Lang, tpl: OutcomeTemplate): Vars {
  const w = data.workshop;
  const partner = w.partner ?? '';
  const advanced = data.ideas.filter((i) => ADVANCED_STATUSES.includes(i.status));
  return {
    organizer: w.organizer?.trim() || tpl.text('organizerFallback'),
    title: w.title,
    partner,
    with_partner: partner ? (lang === 'id' ? ` bekerja sama dengan ${partner}` : ` in cooperation with ${partner}`) : '',
    with_partner_thanks: partner ? (lang === 'id' ? `, serta ${partner}` : `, and ${partner}`) : '',
    letter_number: w.letterhead.letter_number ?? '',
    venue: w.venue ?? '',
    city: w.city ?? '',
    dates: formatDateRange(w.start_date, w.end_date, lang),
    day_range: formatDayRange(w.start_date, w.end_date, lang),
    year: w.start_date.slice(0, 4),
    participants: data.totals.participants,
    units: data.totals.units,
    others: data.others.narasumber + data.others.fasilitator + data.others.panitia,
    ideas: data.ideas.length,
    idea_units: new Set(data.ideas.map((i) => i.unit)).size,
    selected: advanced.length,
    commitments: data.commitments.length,
  };
}
