// `rollup --format csv|xlsx`: the rows of a grouping as a spreadsheet, one column per figure, named as the
// warehouse views name them (README "Many workshops").
import { COMMITMENT_STATUSES } from '../../domain/commitments.js';
import { IDEA_STATUSES } from '../../domain/idea-status.js';
import { ROLLUP_FORMS, snakeKey } from '../../domain/rollup.js';
import { type CsvColumn, toCsv } from '../../export/csv.js';
import type { Rollup } from './collect.js';
import { ROLLUP_GROUPINGS, type RollupGrouping, type RollupRow, rowsBy } from './json.js';

/** The status `selected` alone is ideas_selected_status; ideas_selected counts selected, trial and implemented. */
const statusColumn = (s: string) => (s === 'selected' ? 'ideas_selected_status' : `ideas_${s}`);

export function rowColumns(by: RollupGrouping): CsvColumn<RollupRow>[] {
  return [
    { header: by, value: (r) => r.key },
    { header: 'label', value: (r) => r.label },
    { header: 'workshops', value: (r) => r.workshops },
    { header: 'participants', value: (r) => r.participants },
    { header: 'attended', value: (r) => r.attendance.attended },
    { header: 'person_days', value: (r) => r.attendance.person_days },
    { header: 'attendance_rate', value: (r) => r.attendance.rate },
    { header: 'ideas', value: (r) => r.ideas.total },
    ...ROLLUP_FORMS.map((f) => ({ header: `ideas_${snakeKey(f)}`, value: (r: RollupRow) => r.ideas.by_form[snakeKey(f)] })),
    ...IDEA_STATUSES.filter((s) => s !== 'implemented').map((s) => ({ header: statusColumn(s), value: (r: RollupRow) => r.ideas.by_status[s] })),
    { header: 'ideas_selected', value: (r) => r.ideas.selected },
    { header: 'ideas_implemented', value: (r) => r.ideas.implemented },
    { header: 'commitments', value: (r) => r.commitments.total },
    ...COMMITMENT_STATUSES.map((s) => ({ header: `commitments_${snakeKey(s)}`, value: (r: RollupRow) => r.commitments.by_status[snakeKey(s)] })),
    { header: 'commitments_overdue', value: (r) => r.commitments.overdue },
  ];
}

export function rowsCsv(rows: readonly RollupRow[], by: RollupGrouping): string {
  return toCsv(rows, rowColumns(by));
}

/** A workbook with one sheet per grouping, the one asked for first. */
export async function rollupWorkbook(rollup: Rollup, by: RollupGrouping, now: Date): Promise<Buffer> {
  const { addSheet, newWorkbook, workbookBytes } = await import('../../export/xlsx.js');
  const workbook = await newWorkbook(now);
  for (const grouping of [by, ...ROLLUP_GROUPINGS.filter((g) => g !== by)]) {
    addSheet(workbook, { name: grouping, columns: rowColumns(grouping), rows: rowsBy(rollup, grouping), label: (h) => h });
  }
  return workbookBytes(workbook);
}
