// Tests that need a program only Debian ships (LibreOffice, poppler's pdftoppm …) use the real program.
// Where it is missing, the test is skipped and its title says why; under `.ci/run`, which installs every
// package in .ci/debian-packages first, INNOLAB_NO_SKIPS=1 turns a missing program into a failure instead.
import { spawnSync } from 'node:child_process';

export interface Program {
  available: boolean;
  /** For a describe/it title: "(skipped: pdftoppm is missing; apt-get install poppler-utils)" or "". */
  note: string;
}

export function program(binary: string, debianPackage: string): Program {
  const found = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).status === 0;
  if (found) return { available: true, note: '' };
  const why = `${binary} is missing; apt-get install ${debianPackage}`;
  if (process.env.INNOLAB_NO_SKIPS === '1') throw new Error(`INNOLAB_NO_SKIPS=1 but ${why} (add it to .ci/debian-packages)`);
  return { available: false, note: ` (skipped: ${why})` };
}
