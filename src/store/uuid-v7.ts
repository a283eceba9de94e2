// Time-ordered uuids for bulk inserts (see uuidV7Sequence).
import { randomBytes } from 'node:crypto';

/**
 * UUIDs version 7 (RFC 9562): 48-bit milliseconds, then a counter (method 1: 12 bits of rand_a and 18 of
 * rand_b, started at a random value) and 44 random bits. Successive ones sort in order, so a bulk insert
 * appends to the uuid index; they stay as unique as random ones for merging copies of the file. Written
 * UUID_BLOCK at a time as ASCII into one buffer that becomes one string, each uuid a slice of it: a uuid
 * built from a dozen joined pieces costs SQLite's binding a flattening and the garbage collector a dozen
 * objects, 50,000 times in a large import.
 */
export function uuidV7Sequence(ms: number): () => string {
  let counter = randomBytes(4).readUInt32BE(0) >>> 3; // 29 bits: room for 2^29 more before the 30 counter bits wrap
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  const prefix = Buffer.from(`${time.slice(0, 8)}-${time.slice(8)}-7`, 'latin1'); // 15 characters
  const out = Buffer.alloc(UUID_BLOCK * 36);
  // What every uuid of the sequence has in the same place, written once: the clock, the version, the dashes
  // (Buffer.copy per uuid took a third of the writing thread's uuid time).
  for (let at = 0; at < out.length; at += 36) {
    prefix.copy(out, at);
    out[at + 18] = DASH;
    out[at + 23] = DASH;
  }
  let block = '';
  let next = UUID_BLOCK;
  const fill = () => {
    // 44 random bits a uuid, from 6 bytes: 11 hex digits; the counter's 30 bits are the other 8 digits.
    const random = randomBytes(UUID_BLOCK * 6);
    for (let i = 0, at = 0, r = 0; i < UUID_BLOCK; i++, at += 36, r += 6) {
      const c = counter++;
      out[at + 15] = HEX_CODES[(c >>> 26) & 0xf]!; // the counter's top 12 bits (of 30)
      out[at + 16] = HEX_CODES[(c >>> 22) & 0xf]!;
      out[at + 17] = HEX_CODES[(c >>> 18) & 0xf]!;
      out[at + 19] = HEX_CODES[0x8 | ((c >>> 16) & 0x3)]!; // variant 10, then the next 14 bits
      out[at + 20] = HEX_CODES[(c >>> 12) & 0xf]!;
      out[at + 21] = HEX_CODES[(c >>> 8) & 0xf]!;
      out[at + 22] = HEX_CODES[(c >>> 4) & 0xf]!;
      out[at + 24] = HEX_CODES[c & 0xf]!; // its last 4 bits, then the random ones
      out[at + 25] = HEX_CODES[random[r]! >>> 4]!;
      out[at + 26] = HEX_CODES[random[r]! & 0xf]!;
      out[at + 27] = HEX_CODES[random[r + 1]! >>> 4]!;
      out[at + 28] = HEX_CODES[random[r + 1]! & 0xf]!;
      out[at + 29] = HEX_CODES[random[r + 2]! >>> 4]!;
      out[at + 30] = HEX_CODES[random[r + 2]! & 0xf]!;
      out[at + 31] = HEX_CODES[random[r + 3]! >>> 4]!;
      out[at + 32] = HEX_CODES[random[r + 3]! & 0xf]!;
      out[at + 33] = HEX_CODES[random[r + 4]! >>> 4]!;
      out[at + 34] = HEX_CODES[random[r + 4]! & 0xf]!;
      out[at + 35] = HEX_CODES[random[r + 5]! >>> 4]!;
    }
    block = out.toString('latin1');
    next = 0;
  };
  return () => {
    if (next === UUID_BLOCK) fill();
    const at = next++ * 36;
    return block.slice(at, at + 36);
  };
}

const UUID_BLOCK = 1024;
const DASH = 0x2d;
const HEX_CODES = Buffer.from('0123456789abcdef', 'latin1');
