// The pdfkit internals the fast drawing paths use (pdfkit ~0.20; its type declarations do not describe
// them), and numbers written the way pdfkit writes them into content streams.

export type Doc = PDFKit.PDFDocument;

export interface PdfkitFont {
  id: string;
  ascender: number;
  ref(): unknown;
}

export interface PdfkitRef {
  data: Record<string, unknown>;
  write(chunk: string): void;
  end(): void;
}

export interface PdfkitInternals {
  _font: PdfkitFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown>; xobjects: Record<string, unknown>; dictionary: PdfkitRef };
  addContent(data: string): void;
  ref(data: Record<string, unknown>): PdfkitRef;
}

export function internals(doc: Doc): PdfkitInternals {
  return doc as unknown as PdfkitInternals;
}

/** Numbers as pdfkit writes them into content streams. */
export function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
