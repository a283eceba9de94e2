// How an idea's or a commitment's status reads on paper, and how an overdue commitment looks.
import type { Canvas } from './layout/index.js';
import type { OutcomeCommitment, OutcomeIdea } from '../store/report-outcome-data.js';

export const OVERDUE_COLOR = '#b00020';
export const OVERDUE_FILL = '#fde8ea';

export function ideaStatusLabel(c: Canvas, status: OutcomeIdea['status']): string {
  return c.t(`outcome.ideaStatus.${status}`);
}

export function commitmentStatusLabel(c: Canvas, status: OutcomeCommitment['status']): string {
  return c.t(`outcome.commitmentStatus.${status}`);
}

/** "terlambat 1 hari" / "terlambat 12 hari". */
export function overdueLabel(c: Canvas, days: number): string {
  return days === 1 ? c.t('outcome.overdueDay') : c.t('outcome.overdueDays', { n: days });
}
