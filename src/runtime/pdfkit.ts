// pdfkit, loaded only when a report is drawn (it is the heaviest package innolab uses: ~40 files and
// several data tables), the cheap way: its unused tables deferred (pdfkit-stand-ins.ts) and its code from
// V8's code cache when the build wrote one (module-cache.ts).
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { nodeModulesFolder, withModuleCache } from './module-cache.js';
import { deferPdfkitData, skipWoff2Decoder } from './pdfkit-stand-ins.js';

/** Where pdfkit's code is loaded from; none when it cannot be found (it is then required as usual). */
function pdfkitRoots(): string[] {
  try {
    return nodeModulesFolder(createRequire(import.meta.url).resolve('pdfkit'));
  } catch {
    return [];
  }
}

/**
 * pdfkit's document class. `neverMark` names code points known not to be combining marks (the text the
 * reports draw without fontkit's shaping), so that fontkit need not build its character table for them.
 */
export async function loadPdfkit(neverMark: (codePoint: number) => boolean): Promise<typeof PDFDocument> {
  skipWoff2Decoder();
  deferPdfkitData(neverMark);
  const pdfkit = await withModuleCache(pdfkitRoots(), () => import('pdfkit'));
  return pdfkit.default;
}
