// The participant import: validated rows (participant-rows.ts) checked for duplicates against the file and
// within it, unknown units created, all or nothing by default.
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
  /** --create-units: a unit close to an existing one is created anyway (else the import stops naming it). */
  createUnits?: boolean;
  /** --map-unit: a unit name of the file (unitKey) → the existing unit it means. */
  unitMap?: ReadonlyMap<string, string>;
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
    const writer = new ParticipantImportWriter(store, !options.dryRun, options.expectedRows, { create: options.createUnits, map: options.unitMap });
    const invalid: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const update = options.onDuplicate === 'update';
    /** With --on-duplicate update: the line of each person this file adds → their number once written. */
    const writtenNo = new Map<number, number>();
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
      // batch.values of the people to add, `pendingAt` (update only) where each of them is, by line.
      const values = batch.values;
      const picks: number[] = [];
      const pendingAt = new Map<number, number>();
      for (let i = 0, at = 0; i < batch.lines.length; i++, at += IMPORT_WIDTH) {
        const line = batch.lines[i]!;
        const nip = values[at + IMPORT_OFFSET.nip]!;
        // The identity rule (README "Identity rules"): NIP, else e-mail, else name within the unit.
        const existing = writer.match(values, at);
        const earlierLine = batch.earlier[i] || undefined;
        if (existing === undefined && earlierLine === undefined) {
          if (update) pendingAt.set(line, at);
          picks.push(at);
          added++;
          continue;
        }
        duplicates++;
        const field = nip ? 'nip' : values[at + IMPORT_OFFSET.email] ? 'email' : 'name';
        if (options.onDuplicate === 'error') {
          invalid.push(
            existing !== undefined
              ? { line, field, code: 'duplicate.registered', ref: writer.labelOf(existing.id) }
              : { line, field, code: 'duplicate.inFile', ref: earlierLine! },
          );
          stop();
        } else if (update) {
          const row = recordAt(batch, i);
          const pending = earlierLine === undefined ? undefined : pendingAt.get(earlierLine);
          if (existing !== undefined) {
            if (writer.changedFields(existing.id, row).length > 0) {
              updated++;
              if (writing) writer.update(existing.id, row);
            }
          } else if (pending !== undefined) {
            // The first row is not written yet: the later one's values go into it.
            for (let f = 0; f < IMPORT_WIDTH; f++) if (values[at + f] !== null) values[pending + f] = values[at + f]!;
          } else if (writing && writtenNo.has(earlierLine!)) writer.patchImported(writtenNo.get(earlierLine!)!, row);
        } else if (existing?.fillsNip) {
          // skip: the person stays as registered, but a NIP they lacked is theirs now (one person, one certificate).
          updated++;
          if (writing) writer.fillNip(existing.id, nip);
        }
      }
      if (writing) {
        const first = writer.insert(values, picks);
        if (update && first !== undefined) picks.forEach((at, j) => writtenNo.set(batch.lines[at / IMPORT_WIDTH]!, first + j));
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
