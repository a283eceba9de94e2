// The workshop as reports print it: its fields (workshop.ts) plus the logos' bytes for the kop (letterhead.ts).
import type { WorkshopStore } from './db.js';
import { type Asset, hasTable, readAssets } from './letterhead.js';
import { type Workshop, getWorkshop } from './workshop.js';

/** The workshop as reports print it: its fields plus the logos' bytes for the kop. */
export type PaperWorkshop = Workshop & { logo_images: Asset[] };

export function paperWorkshop(store: WorkshopStore): PaperWorkshop {
  return { ...getWorkshop(store), logo_images: hasTable(store, 'asset') ? readAssets(store, 'logo') : [] };
}
