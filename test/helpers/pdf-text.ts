// Reads a PDF the way a person would: the text of each page (in reading order as pdf.js gives it) and the
// page size in points, with a real parser (pdf.js), never by checking that a file exists.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's words separated by single spaces: wrapped cells and lines read as one run of text. */
  text: string;
  /** Width and height in PDF points. */
  width: number;
  height: number;
  /** Each text run with its left edge, baseline (from the bottom), width and font size, in points. */
  items: Array<{ str: string; x: number; y: number; width: number; size: number }>;
}

export async function pdfPages(file: string): Promise<PdfPage[]> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      let text = '';
      const items: PdfPage['items'] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
        if (item.str.trim() !== '') items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) });
      }
      pages.push({ text: text.replace(/\s+/g, ' ').trim(), width: x1 - x0, height: y1 - y0, items });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** All pages' text joined, for "does the document say X anywhere". */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).map((p) => p.text).join('\n');
}
