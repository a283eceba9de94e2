// The bytes of a CSV as text: UTF-8 with or without BOM, or Windows-1252 from older Excel (`--encoding latin1`).
import { isAscii, isUtf8 } from 'node:buffer';
import { UsageError } from '../errors.js';

export const CSV_ENCODINGS = ['utf8', 'latin1'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (€, curly quotes, dashes, Š, Ž…). Node 20's
// TextDecoder('windows-1252') decodes that range as ISO-8859-1 control characters, so map them here; the
// five bytes Windows-1252 leaves undefined stay as they are.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Where the text of a file starts: after a UTF-8 BOM. UTF-8 must be valid (else the file is probably
 * Windows-1252: the error says which flag to pass), checked once here for the whole file.
 */
export function textStart(bytes: Buffer, encoding: CsvEncoding, file: string): number {
  if (encoding === 'latin1') return 0;
  if (!isUtf8(bytes)) throw new UsageError('error.csvNotUtf8', { file });
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** bytes[start, end) as text (UTF-8 already checked). Pure ASCII, as most of a file is, needs no UTF-8 decoding. */
export function decodeRange(bytes: Buffer, start: number, end: number, encoding: CsvEncoding): string {
  if (encoding === 'latin1') return decodeWindows1252(bytes.subarray(start, end));
  return bytes.toString(isAscii(bytes.subarray(start, end)) ? 'latin1' : 'utf8', start, end);
}

/** Bytes → text, without a BOM. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding, file: string): string {
  const buffer = asBuffer(bytes);
  return decodeRange(buffer, textStart(buffer, encoding, file), buffer.length, encoding);
}

/**
 * The text of a UTF-16 file with a byte-order mark (what Excel writes as "Unicode Text (*.txt)"), as UTF-8
 * bytes without a BOM; undefined for any other file. The mark makes the encoding certain, so no flag is needed.
 */
export function fromUtf16(bytes: Buffer): Buffer | undefined {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || zeroHalves(bytes, 1);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || zeroHalves(bytes, 0);
  if (!le && !be) return undefined;
  return Buffer.from(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes), 'utf8');
}

/**
 * UTF-16 without a mark: text (headers are ASCII) has a zero byte in every other place, which neither UTF-8
 * nor Windows-1252 text ever has. `at` 1 is little-endian ("N\0a\0"), 0 big-endian.
 */
function zeroHalves(bytes: Buffer, at: 0 | 1): boolean {
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs < 4) return false;
  for (let i = 0; i < pairs; i++) if (bytes[2 * i + at] !== 0 || bytes[2 * i + 1 - at] === 0) return false;
  return true;
}
