// Writing a finished PDF: through a temporary file renamed at the end, so a failure (full disk, a folder
// that vanished) never leaves half a PDF where the last good one was.
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { FileError } from '../../errors.js';

export function writeAtomically(path: string, chunks: readonly Buffer[]): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat(chunks));
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    throw new FileError('error.io', { file: path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
