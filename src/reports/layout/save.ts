// Writing a finished report: through src/fs/write-file.ts, so a failure (full disk, a folder that vanished)
// never leaves half a PDF where the last good one was. The chunks are written one by one, not joined into a
// second copy of the document. Reports name people (and the daftar hadir their NIPs): owner-only, 0600.
import { PRIVATE, writeFile } from '../../fs/write-file.js';

export function writeAtomically(path: string, chunks: readonly Uint8Array[]): void {
  writeFile(path, chunks, PRIVATE);
}
