// How an idea's or a commitment's status reads on paper, and how an overdue commitment looks.
import type { Canvas } from './layout/index.js';
import { daysOverdue, isOverdue } from '../domain/commitments.js';
import { type MessageKey, isMessageKey } from '../i18n/index.js';
import type { OutcomeCommitment, OutcomeIdea } from '../store/report-outcome-data.js';

/** What the labels need of a page or a Word writer: the language and its words. */
type Words = Pick<Canvas, 'lang' | 't'>;

const locale = (c: Words): string => (c.lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * The key for `n` by Intl.PluralRules: the key itself is the general form, `<key>.one` the singular where
 * the catalogue has one.
 */
function pluralKey(c: Words, key: MessageKey, n: number): MessageKey {
  const one = `${key}.one`;
  return new Intl.PluralRules(locale(c)).select(n) === 'one' && isMessageKey(one) ? one : key;
}

/** A count in words with the plural the language needs ("1 action", "2 actions"). */
export function counted(c: Words, key: MessageKey, n: number): string {
  return c.t(pluralKey(c, key, n), { n });
}

export function ideaStatusLabel(c: Words, status: OutcomeIdea['status']): string {
  return c.t(`outcome.ideaStatus.${status}`);
}

function commitmentStatusLabel(c: Words, status: OutcomeCommitment['status']): string {
  return c.t(`outcome.commitmentStatus.${status}`);
}

/**
 * An overdue commitment's status, said once: "Berjalan — TERLAMBAT 1.438 hari" / "In progress — OVERDUE
 * 1,438 days" (set in bold by the tables: the mark survives a black-and-white printer).
 */
function overdueStatus(c: Words, status: OutcomeCommitment['status'], days: number): string {
  return c.t(pluralKey(c, 'matrix.overdueStatus', days), { status: commitmentStatusLabel(c, status), n: new Intl.NumberFormat(locale(c)).format(days) });
}

/** A commitment's status as of `asOf`, how late said in it when it is overdue ("Berjalan — TERLAMBAT 6 hari"). */
export function statusAsOf(c: Words, commitment: OutcomeCommitment, asOf: string): string {
  return isOverdue(commitment, asOf) ? overdueStatus(c, commitment.status, daysOverdue(commitment, asOf)) : commitmentStatusLabel(c, commitment.status);
}
