// Reproducible uuids for the sample workshop: `innolab demo` builds the same records under the same uuids
// every time, so its reports — the badges' QR codes hold uuids — are byte-identical from run to run.
import { createHash } from 'node:crypto';

/** Version-4-shaped uuids from SHA-256 of the seed and a counter; never for real workshops. */
export function seededUuids(seed: string): () => string {
  let counter = 0;
  return () => {
    const hex = createHash('sha256').update(`${seed}:${counter++}`).digest('hex');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
