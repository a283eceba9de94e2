// Writing an exported file: through src/fs/write-file.ts (a temporary file in the same folder, its mode set
// whatever the old file had, fsync, rename), so a reader never sees half a workbook and a failure leaves
// nothing behind. Files with NIPs, phones and e-mails are readable by their owner only.
import { writeFile } from '../fs/write-file.js';

export function writeExportFile(file: string, bytes: string | Uint8Array, mode: number): void {
  writeFile(file, bytes, mode);
}
