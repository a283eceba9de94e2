// A large import's CSV parsed and validated on a second thread while this one writes (SPEC §6 import target).
// The worker (import/validate-worker.ts, built as dist/import-worker.cjs) is started before the file is read,
// so that its start overlaps with reading the file and finding the header. It then gets the file's bytes
// in shared memory, the rows read to find the header and the pieces still to parse (csv.ts
// CsvStream.pending), and sends back each piece validated, in file order, exactly as validateBatch would
// here: same rows, problems and line numbers (csv-parse parses a ragged piece there too). Repeats within the
// file are marked here, on the writing thread (RepeatMarker), which would otherwise wait for the worker.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { type ErrorKind, type Hint, InnolabError } from '../errors.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import { IMPORT_WIDTH } from '../store/participant-import.js';
import type { Piece, PieceSource } from './csv-pieces.js';
import type { CsvRow } from './csv-records.js';
import type { PendingPieces } from './csv.js';
import { type ParticipantImportField, RepeatMarker, type RowProblem, type ValidatedBatch, splitValues } from './participant-rows.js';

/**
 * A file this large (~10,000 registration rows) is parsed and validated by a worker thread: below it the
 * thread's start (~40 ms of CPU) costs about what it saves.
 */
export const PARALLEL_MIN_BYTES = 1 << 20;

/** The piece source (its bytes in shared memory) and what to validate. */
export interface WorkerInput extends Omit<PieceSource, 'bytes'> {
  bytes: SharedArrayBuffer;
  /** Rows already parsed (to find the header), validated first, pieceLines at a time. */
  lead: CsvRow[];
  pieceLines: number;
  pieces: Piece[];
  fields: Partial<Record<ParticipantImportField, number>>;
}

export type WorkerMessage =
  | {
      kind: 'batch';
      rows: number;
      lines: number[];
      /** The values, joined by VALUE_SEPARATOR (participant-rows.ts), or `values` as they are. */
      joined?: string;
      values?: (string | null)[];
      problems: RowProblem[];
      warnings: RowProblem[];
    }
  /** An error for the user (a malformed piece): thrown here as it would have been on one thread. */
  | { kind: 'error'; errorKind: ErrorKind; key: MessageKey; params: MessageParams; hint?: Hint }
  | { kind: 'done' };

/** A batch as the worker sent it. */
function receiveBatch(message: Extract<WorkerMessage, { kind: 'batch' }>): ValidatedBatch {
  const { rows, lines, problems, warnings, joined } = message;
  const values = message.values ?? splitValues(joined!);
  if (values.length !== lines.length * IMPORT_WIDTH) throw new Error(`import worker: ${values.length} values for ${lines.length} rows`);
  return { rows, lines, values, earlier: [], problems, warnings, text: joined };
}

/** The file's bytes in shared memory: as read (see StreamOptions.shared), else a copy. */
function sharedBytes(bytes: Buffer): SharedArrayBuffer {
  const buffer = bytes.buffer;
  if (buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** The worker's script: next to the running bundle. Run from the TypeScript sources (tests) there is none. */
function workerScript(): string | undefined {
  if (!import.meta.url.endsWith('.cjs')) return undefined;
  const script = join(import.meta.dirname, 'import-worker.cjs');
  return existsSync(script) ? script : undefined;
}

/** The worker thread of one import. */
export class ValidationWorker {
  private constructor(private readonly worker: Worker) {}

  /** Starts a worker for a CSV file large enough to pay for one; undefined otherwise. */
  static async start(path: string): Promise<ValidationWorker | undefined> {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return undefined; // reading the file reports it
    }
    const script = size >= PARALLEL_MIN_BYTES ? workerScript() : undefined;
    if (script === undefined) return undefined;
    const { Worker } = await import('node:worker_threads');
    // Parsing leaves a piece's worth of short-lived strings per batch: with room for more of them between
    // collections the worker spends less time collecting (50,000 rows: ~8% faster import, ~2 MB more memory).
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    // It waits for its input and must not keep the program alive if it never gets any.
    worker.unref();
    return new ValidationWorker(worker);
  }

  /**
   * Hands the worker the rows of a simple-shape file (see CsvStream.pending) at once, so that it parses
   * while this thread opens the import's transaction, and gives back their validated batches, their
   * repeats marked here.
   */
  batches(pending: PendingPieces, fields: Partial<Record<ParticipantImportField, number>>, pieceLines: number): AsyncGenerator<ValidatedBatch> {
    const { source, pieces, rows } = pending;
    const input: WorkerInput = { ...source, bytes: sharedBytes(source.bytes), lead: rows, pieceLines, pieces, fields };
    const messages = this.listen();
    this.worker.ref();
    this.worker.postMessage(input);
    return (async function* () {
      const repeats = new RepeatMarker();
      for await (const m of messages) {
        if (m.kind === 'error') throw new InnolabError(m.errorKind, m.key, m.params, m.hint);
        yield repeats.mark(receiveBatch(m));
      }
    })();
  }

  /**
   * Listens to the worker from now on (a message with no listener is lost): its messages until 'done', in
   * order; the worker's error, or its end before 'done', is thrown.
   */
  private listen(): AsyncGenerator<Exclude<WorkerMessage, { kind: 'done' }>> {
    const queue: WorkerMessage[] = [];
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    this.worker.on('message', (m: WorkerMessage) => {
      queue.push(m);
      notify();
    });
    this.worker.on('error', (error: Error) => {
      failure ??= error;
      notify();
    });
    this.worker.on('exit', (code) => {
      failure ??= new Error(`import worker stopped (exit code ${code})`);
      notify();
    });
    return (async function* () {
      for (;;) {
        while (queue.length > 0) {
          const m = queue.shift()!;
          if (m.kind === 'done') return;
          yield m;
        }
        if (failure !== undefined) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    })();
  }

  /** Stops the worker (done or not). */
  close(): void {
    this.worker.removeAllListeners();
    this.worker.unref();
    void this.worker.terminate();
  }
}
