// Paper, orientation and the options every report writer receives besides its data.
import type { Lang } from '../../i18n/index.js';

export type Paper = 'a4' | 'f4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'f4', 'letter'];
/** Portrait width × height in PDF points (1/72 inch). F4 is the Indonesian folio, 215 × 330 mm. */
export const PAPER_SIZES: Record<Paper, readonly [number, number]> = {
  a4: [595.28, 841.89],
  f4: [609.45, 935.43],
  letter: [612, 792],
};
export type Orientation = 'portrait' | 'landscape';

/** What every report writer receives besides its data. */
export interface ReportOptions {
  paper: Paper;
  lang: Lang;
  /** The PDF's CreationDate/ModDate; from SOURCE_DATE_EPOCH when set (see reportDate) so output is reproducible. */
  date: Date;
  /** The office's templates folder (beside the workshop file or INNOLAB_TEMPLATES), when there is one. */
  templates?: string | null;
  /** Catalogue texts the office's templates override for this report (see reports/wording.ts). */
  wording?: Readonly<Record<string, string>>;
}

/** SOURCE_DATE_EPOCH (whole seconds since 1970, reproducible-builds.org) when set and valid, else the clock. */
export function reportDate(env: Record<string, string | undefined>, now: () => Date): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}

/** Per-document settings. */
export interface DocumentInfo {
  /** PDF title (document properties). */
  title: string;
  subject?: string;
  author?: string;
  orientation?: Orientation;
  /** Page margins in points; the page number sits 18 pt below the bottom margin. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** "Halaman 2 dari 7" on every page (default). Certificates are single sheets handed out one by one: off. */
  pageNumbers?: boolean;
  /** No page number on the first page (a cover); the numbering restarts with newNumberedSection(). */
  unnumberedFirstPage?: boolean;
}

/** The page size and margins pdfkit is given for a document. */
export function pageSetup(options: ReportOptions, info: DocumentInfo): { size: number[]; layout: Orientation; margins: NonNullable<DocumentInfo['margins']> } {
  const landscape = info.orientation === 'landscape';
  return {
    size: [...PAPER_SIZES[options.paper]],
    layout: landscape ? 'landscape' : 'portrait',
    margins: info.margins ?? (landscape ? { top: 36, bottom: 46, left: 44, right: 44 } : { top: 40, bottom: 50, left: 56, right: 42 }),
  };
}
