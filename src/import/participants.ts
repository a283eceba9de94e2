// The participant import: validated rows (participant-rows.ts) checked for duplicates against the file and
// within it, unknown units created, all or nothing by default.
import { duplicateKey } from '../domain/participant.js';
import type { WorkshopStore } from '../store/db.js';
import { importTransaction } from '../store/import-transaction.js';
import { BULK_MIN_ROWS, IMPORT_OFFSET, IMPORT_WIDTH, ParticipantImportWriter } from '../store/participant-import.js';
import { type ParticipantImportField, type RowProblem, type ValidatedBatch, recordAt } from './participant-rows.js';

export type DuplicatePolicy = 'skip' | 'update' | 'error';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'error'];

export interface ImportOptions {
  onDuplicate: DuplicatePolicy;
  skipInvalid: boolean;
  dryRun: boolean;
  /** About how many rows the file has: a large import into a small table loads in bulk (see ParticipantImportWriter). */
  expectedRows?: number;
  onProgress?: (rows: number) => void;
}

export interface ImportResult {
  rows: number;
  added: number;
  updated: number;
  duplicates: number;
  invalid: RowProblem[];
  warnings: RowProblem[];
  units_created: string[];
  dry_run: boolean;
  /** False when nothing was written: a dry run, or invalid rows without --skip-invalid. */
  written: boolean;
}

/**
 * Sorts out duplicates against the file and within it, and writes the new people batch by batch, all in
 * one transaction that is committed only at the end: rolled back when a row is invalid (unless
 * skipInvalid) and on a dry run.
 */
export async function importParticipants(
  store: WorkshopStore,
  batches: AsyncIterable<ValidatedBatch> | Iterable<ValidatedBatch>,
  columns: Partial<Record<ParticipantImportField, number>>,
  options: ImportOptions,
): Promise<ImportResult> {
  return importTransaction(store, !options.dryRun, async () => {
    const writer = new ParticipantImportWriter(store, !options.dryRun, options.expectedRows);
    const invalid: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const update = options.onDuplicate === 'update';
    /** With --on-duplicate update: duplicateKey() of each person this file adds → their number once written. */
    const writtenNo = new Map<string, number>();
    let rows = 0;
    let added = 0;
    let updated = 0;
    let duplicates = 0;
    // All or nothing: after the first invalid row nothing more is written; the transaction is rolled back.
    let writing = true;
    const stop = () => {
      if (!options.skipInvalid) writing = false;
    };
    for await (const batch of batches) {
      rows += batch.rows;
      for (const w of batch.warnings) warnings.push(w);
      if (batch.problems.length > 0) {
        for (const p of batch.problems) invalid.push(p);
        stop();
      }
      // The batch's valid rows stay in its flat arrays (no object per row): `picks` are the offsets into
      // batch.values of the people to add, `pendingAt` (update only) where each of them is, by key.
      const values = batch.values;
      const picks: number[] = [];
      const pendingKeys: (string | undefined)[] = [];
      const pendingAt = new Map<string, number>();
      // Keys are only needed to find people already registered, and for updates: a large import into an
      // empty workshop (the common case) looks at none.
      const lookup = update || writer.byKey.size > 0;
      for (let i = 0, at = 0; i < batch.lines.length; i++, at += IMPORT_WIDTH) {
        const line = batch.lines[i]!;
        const nip = values[at + IMPORT_OFFSET.nip]!;
        const key = lookup ? duplicateKey({ nip, email: values[at + IMPORT_OFFSET.email] }) : undefined;
        const existingId = key === undefined ? undefined : writer.byKey.get(key);
        const earlierLine = batch.earlier[i] || undefined;
        if (existingId === undefined && earlierLine === undefined) {
          if (update && key !== undefined) pendingAt.set(key, at);
          picks.push(at);
          if (update) pendingKeys.push(key);
          added++;
          continue;
        }
        duplicates++;
        const field = nip ? 'nip' : 'email';
        if (options.onDuplicate === 'error') {
          invalid.push(
            existingId !== undefined
              ? { line, field, code: 'duplicate.registered', ref: writer.labelOf(existingId) }
              : { line, field, code: 'duplicate.inFile', ref: earlierLine! },
          );
          stop();
        } else if (update) {
          const row = recordAt(batch, i);
          const pending = pendingAt.get(key!);
          if (existingId !== undefined) {
            if (writer.changedFields(existingId, row).length > 0) {
              updated++;
              if (writing) writer.update(existingId, row);
            }
          } else if (pending !== undefined) {
            // The first row is not written yet: the later one's values go into it.
            for (let f = 0; f < IMPORT_WIDTH; f++) if (values[at + f] !== null) values[pending + f] = values[at + f]!;
          } else if (writing && writtenNo.has(key!)) writer.patchImported(writtenNo.get(key!)!, row);
        }
      }
      if (writing) {
        const first = writer.insert(values, picks);
        if (update && first !== undefined) {
          pendingKeys.forEach((key, j) => {
            if (key !== undefined) writtenNo.set(key, first + j);
          });
        }
      }
      options.onProgress?.(batch.rows);
    }
    // A batch's invalid rows come before its duplicates: back in file order (stable: a row's own order stays).
    invalid.sort((a, b) => a.line - b.line);
    const result: ImportResult = {
      rows,
      added,
      updated,
      duplicates,
      invalid,
      warnings,
      units_created: writer.unitsCreated,
      dry_run: options.dryRun,
      written: false,
    };
    if (invalid.length > 0 && !options.skipInvalid) return { value: { ...result, added: 0, updated: 0, units_created: [] }, commit: false };
    if (options.dryRun || added + updated === 0) return { value: result, commit: false };
    writer.restoreIndexes();
    writer.checkUnits();
    store.audit({
      action: 'import',
      entity: 'participant',
      fields: Object.keys(columns),
      detail: `added ${added}, updated ${updated}, duplicates ${duplicates}, invalid rows ${new Set(invalid.map((p) => p.line)).size}, units created ${writer.unitsCreated.length}`,
    });
    return { value: { ...result, written: true }, commit: true };
  }, { bulk: (options.expectedRows ?? 0) >= BULK_MIN_ROWS });
}
