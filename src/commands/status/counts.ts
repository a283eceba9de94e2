// The dashboard's first lines: how many units, people, ideas and commitments the file holds.
import { table } from '../../cli/output.js';
import type { MessageKey } from '../../i18n/index.js';
import { countRows } from '../../store/counts.js';
import { defineSection } from './section.js';

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

export const counts = defineSection<Counts>({
  key: 'counts',
  collect(store) {
    return { units: countRows(store, 'unit'), participants: countRows(store, 'participant'), ideas: countRows(store, 'idea'), commitments: countRows(store, 'commitment') };
  },
  view(ctx, data) {
    const rows = Object.entries(data) as [keyof Counts, number][];
    return {
      title: ctx.t('heading.counts'),
      view: table(rows, [
        { header: ctx.t('col.entity'), value: ([k]) => ctx.t(COUNT_LABELS[k]) },
        { header: ctx.t('col.count'), value: ([, v]) => v, align: 'right' },
      ]),
    };
  },
});
