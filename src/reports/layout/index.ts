// The parts every report shares, each in its own module: paper and options (page.ts), the drawing surface
// (canvas.ts), the kop, tables, the signature block, page numbers, and Report, which puts them together.
export type { FontName } from './fonts.js';
export { type DocumentInfo, type Orientation, PAPERS, PAPER_SIZES, type Paper, type ReportOptions, reportDate } from './page.js';
export type { Canvas } from './canvas.js';
export { type Kop, type WorkshopHeading, cachedImage, workshopKop } from './kop.js';
export { type Signature, type SignatureOptions, workshopSignature } from './signature.js';
export type { CellBox, TableColumn, TableSpec } from './table.js';
export { Report } from './report.js';
export { continuedCaption, grouped, numbered, pairs } from './blocks.js';
export { type FitOptions, fitWidths } from './widths.js';
