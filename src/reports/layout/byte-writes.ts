// A patch to pdfkit's internals that makes writing a long document several times cheaper, byte for byte
// the same output.

const BYTE_WRITES = Symbol.for('innolab.byteWrites');
const PENDING = Symbol('innolab.pendingText');

type Method = (this: Record<symbol, unknown>, ...args: unknown[]) => unknown;

/**
 * pdfkit turns every string it writes (each content-stream operator, each object) into bytes with a
 * character-by-character loop (`fromBinaryString`: the low byte of each UTF-16 unit, plus a newline), and a
 * page's content stream is thousands of such small chunks: ~50–90 ms for a 45-page sheet. Here a reference
 * (a page's content stream, …) collects the text written to it and converts it once, natively
 * (Buffer.from(…, 'latin1') gives the same bytes), when bytes are written or the object is finalized; the
 * document's own writes are converted natively too. The output is byte for byte what pdfkit writes. Installed
 * once on pdfkit's reference and document classes (pdfkit ~0.20), given an instance of each.
 */
export function byteWrites(doc: unknown, ref: unknown): void {
  const refProto = Object.getPrototypeOf(ref) as Record<string | symbol, unknown> | null;
  const docProto = Object.getPrototypeOf(doc) as Record<string | symbol, unknown> | null;
  if (!refProto || !docProto || refProto[BYTE_WRITES]) return;
  const write = refProto.write as Method | undefined;
  const finalize = refProto.finalize as Method | undefined;
  const docWrite = docProto._write as Method | undefined;
  if (typeof write !== 'function' || typeof finalize !== 'function' || typeof docWrite !== 'function') return;
  const flush = (self: Record<symbol, unknown>): void => {
    const pending = self[PENDING];
    if (typeof pending === 'string') {
      self[PENDING] = undefined;
      write.call(self, Buffer.from(pending, 'latin1'));
    }
  };
  refProto.write = function (this: Record<symbol, unknown>, chunk: unknown): unknown {
    if (typeof chunk === 'string') {
      this[PENDING] = `${(this[PENDING] as string | undefined) ?? ''}${chunk}\n`;
      return undefined;
    }
    flush(this);
    return write.call(this, chunk);
  };
  refProto.finalize = function (this: Record<symbol, unknown>): unknown {
    flush(this);
    return finalize.call(this);
  };
  docProto._write = function (this: Record<symbol, unknown>, chunk: unknown): unknown {
    return docWrite.call(this, typeof chunk === 'string' ? Buffer.from(`${chunk}\n`, 'latin1') : chunk);
  };
  refProto[BYTE_WRITES] = true;
}
