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
  let block = '';
  let next = UUID_BLOCK;
  const hex = (at: number, value: number, digits: number) => {
    for (let d = digits - 1; d >= 0; d--, value >>>= 4) out[at + d] = HEX_CODES[value & 0xf]!;
  };
  const fill = () => {
    const random = randomBytes(UUID_BLOCK * 8);
    for (let i = 0; i < UUID_BLOCK; i++) {
      const at = i * 36;
      const r1 = random.readUInt32BE(i * 8);
      const r2 = random.readUInt16BE(i * 8 + 4);
      const c = counter++;
      prefix.copy(out, at);
      hex(at + 15, (c >>> 18) & 0x0fff, 3); // the counter's top 12 bits
      out[at + 18] = DASH;
      const counterLow = c & 0x3ffff; // its low 18 bits
      hex(at + 19, 0x8000 | (counterLow >>> 4), 4); // variant 10, then 14 counter bits
      out[at + 23] = DASH;
      hex(at + 24, (((counterLow & 0xf) << 28) | (r1 >>> 4)) >>> 0, 8); // 4 counter bits, 28 random bits
      hex(at + 32, r2, 4);
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
