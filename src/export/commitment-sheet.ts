// The follow-up sheet an OPD receives: `export --table commitments --unit <u>` writes it, the OPD fills in
// progress, status, date and note, and `commitment import` reads it back (import/commitment-sheet.ts).
import type { CommitmentExportRow } from '../store/export-queries.js';
import type { CsvColumn } from './csv.js';
import { ideaRecordRef, participantRecordRef, unitRecordRef } from './refs.js';

/**
 * The sheet's columns. progress, status, date and note are what the OPD fills in; last_update and
 * last_note show where the commitment stood when the sheet was made, so the import can tell what changed.
 */
export const COMMITMENT_SHEET_COLUMNS: readonly CsvColumn<CommitmentExportRow>[] = [
  { header: 'no', value: (c) => c.no },
  { header: 'uuid', value: (c) => c.uuid },
  { header: 'unit', value: (c) => c.unit_name },
  { header: 'idea_no', value: (c) => c.idea_no },
  { header: 'idea_title', value: (c) => c.idea_title },
  { header: 'action', value: (c) => c.action },
  { header: 'owner', value: (c) => c.owner },
  { header: 'output', value: (c) => c.output },
  { header: 'indicator', value: (c) => c.indicator },
  { header: 'due_date', value: (c) => c.due_date },
  { header: 'status', value: (c) => c.status },
  { header: 'progress', value: (c) => c.progress },
  { header: 'last_update', value: (c) => c.last_update },
  { header: 'last_note', value: (c) => c.last_note },
  // Left blank for the OPD.
  { header: 'date', value: () => null },
  { header: 'note', value: () => null },
];

/** A commitment in an exported JSON file: references as objects; no blank cells to fill in. */
export function commitmentRecord(c: CommitmentExportRow): Record<string, unknown> {
  return {
    no: c.no,
    uuid: c.uuid,
    unit: unitRecordRef(c.unit_no, c.unit_name, c.unit_short),
    idea: ideaRecordRef(c.idea_no, c.idea_title),
    action: c.action,
    owner: participantRecordRef(c.owner_no, c.owner),
    output: c.output,
    indicator: c.indicator,
    due_date: c.due_date,
    status: c.status,
    progress: c.progress,
    last_update: c.last_update,
    last_note: c.last_note,
  };
}
