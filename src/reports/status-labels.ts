// How an idea's or a commitment's status reads on paper, and how an overdue commitment looks.
import type { Canvas } from './layout/index.js';
import type { OutcomeCommitment, OutcomeIdea } from '../store/report-outcome-data.js';

import type { MessageKey } from '../i18n/index.js';

/**
 * A count in words with the plural the language needs ("1 action", "2 actions"), by Intl.PluralRules: the
 * key itself is the general form, `<key>.one` the singular where the catalogue has one.
 */
export function counted(c: Canvas, key: MessageKey, n: number): string {
  const form = new Intl.PluralRules(c.lang === 'id' ? 'id-ID' : 'en-GB').select(n);
  const specific = `${key}.${form}`;
  try {
    if (form !== 'other') return c.t(specific as MessageKey, { n });
  } catch {
    // no singular form in the catalogue
  }
  return c.t(key, { n });
}

export function ideaStatusLabel(c: Canvas, status: OutcomeIdea['status']): string {
  return c.t(`outcome.ideaStatus.${status}`);
}

/** What the labels need of a page or a Word writer: the language and its words. */
type Words = Pick<Canvas, 'lang' | 't'>;

export function commitmentStatusLabel(c: Words, status: OutcomeCommitment['status']): string {
  return c.t(`outcome.commitmentStatus.${status}`);
}

/**
 * An overdue commitment's status, said once: "Berjalan — TERLAMBAT 1.438 hari" / "In progress — OVERDUE
 * 1,438 days" (set in bold by the tables: the mark survives a black-and-white printer).
 */
export function overdueStatus(c: Words, status: OutcomeCommitment['status'], days: number): string {
  const locale = c.lang === 'id' ? 'id-ID' : 'en-GB';
  const key = new Intl.PluralRules(locale).select(days) === 'one' ? 'matrix.overdueStatus.one' : 'matrix.overdueStatus';
  return c.t(key, { status: commitmentStatusLabel(c, status), n: new Intl.NumberFormat(locale).format(days) });
}
