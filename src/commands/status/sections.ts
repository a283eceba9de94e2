// The dashboard is made of sections; each area of the program adds its own here (attendance, ideas, RTL).
import type { Context } from '../../cli/context.js';
import { printTable } from '../../cli/output.js';
import type { MessageKey } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';

export interface StatusSection<T = unknown> {
  /** The key of this section in `status --json`. */
  key: string;
  collect(store: WorkshopStore, asOf: string): T;
  render(ctx: Context, data: T): void | Promise<void>;
}

/** Sections keep their own data type; the list holds them type-erased. */
export function defineSection<T>(section: StatusSection<T>): StatusSection {
  return section as unknown as StatusSection;
}

interface Counts {
  units: number;
  participants: number;
  ideas: number;
  commitments: number;
}

const COUNT_LABELS = {
  units: 'count.units',
  participants: 'count.participants',
  ideas: 'count.ideas',
  commitments: 'count.commitments',
} as const satisfies Record<keyof Counts, MessageKey>;

const counts = defineSection<Counts>({
  key: 'counts',
  collect(store) {
    const count = (table: string) => store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { units: count('unit'), participants: count('participant'), ideas: count('idea'), commitments: count('commitment') };
  },
  async render(ctx, data) {
    ctx.print(ctx.chalk.bold(ctx.t('heading.counts')));
    await printTable(ctx, Object.entries(data) as [string, number][], [
      { header: ctx.t('col.entity'), value: ([k]) => ctx.t(COUNT_LABELS[k as keyof Counts]) },
      { header: ctx.t('col.count'), value: ([, v]) => v, align: 'right' },
    ]);
  },
});

import { sections as attendance } from './attendance.js';
import { sections as commitments } from './commitments.js';
import { sections as ideas } from './ideas.js';

export const statusSections: StatusSection[] = [counts, ...attendance, ...ideas, ...commitments];
