// Writing an exported file: through a temporary file in the same folder and a rename, so that a reader never
// sees half a workbook and a failure leaves nothing behind; the mode is set on the new file whatever the old
// one had (files with NIPs, phones and e-mails are readable by their owner only).
import { chmodSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { FileError } from '../errors.js';

export function writeExportFile(file: string, bytes: string | Uint8Array, mode: number): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes, { mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    throw new FileError('error.io', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}
