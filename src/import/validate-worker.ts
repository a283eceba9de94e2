// The worker thread of a large participant import (see parallel.ts): validates the rows it is given and
// parses and validates the pieces, in order, posting each batch back (the writing thread marks repeats
// within the file). Built as dist/import-worker.cjs.
import { parentPort } from 'node:worker_threads';
import { InnolabError } from '../errors.js';
import type { PieceSource } from './csv-pieces.js';
import { parsePiece } from './csv-records.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';
import { VALUE_SEPARATOR, type ValidatedBatch, validateBatch } from './participant-rows.js';

const port = parentPort!;

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

/** The separator cannot be in a value when the file has no such byte (no byte of a UTF-8 sequence or of Windows-1252 text decodes to it). */
function postBatch({ values, earlier: _, ...batch }: ValidatedBatch, joinable: boolean): void {
  if (joinable && !values.includes('')) post({ kind: 'batch', ...batch, joined: values.join(VALUE_SEPARATOR) });
  else post({ kind: 'batch', ...batch, values });
}

async function run(input: WorkerInput): Promise<void> {
  const source: PieceSource = { ...input, bytes: Buffer.from(input.bytes) };
  const joinable = source.bytes.indexOf(VALUE_SEPARATOR.charCodeAt(0)) === -1;
  try {
    for (let i = 0; i < input.lead.length; i += input.pieceLines) postBatch(validateBatch(input.lead.slice(i, i + input.pieceLines), input.fields), joinable);
    for (const piece of input.pieces) {
      const rows = await parsePiece(source, piece);
      if (rows.length > 0) postBatch(validateBatch(rows, input.fields), joinable);
    }
  } catch (error) {
    if (!(error instanceof InnolabError)) throw error;
    post({ kind: 'error', errorKind: error.kind, key: error.key, params: error.params, hint: error.hint });
    return;
  }
  post({ kind: 'done' });
}

port.once('message', (input: WorkerInput) => void run(input));
