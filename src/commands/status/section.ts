// What a part of the `status` dashboard is: it collects its data in the dashboard's read transaction, says
// what `status --json` holds under its key, and gives the view a person reads under its heading.
import type { Context } from '../../cli/context.js';
import type { View } from '../../cli/output.js';
import type { WorkshopStore } from '../../store/db.js';

export interface StatusSection<T = unknown> {
  /** The key of this section in `status --json`. */
  key: string;
  collect(store: WorkshopStore, asOf: string): T;
  /** The section in `status --json`; the collected data as it is when left out. */
  json?(data: T): unknown;
  view(ctx: Context, data: T): { title: string; view: View };
}

/** Sections keep their own data type; the dashboard's list holds them type-erased. */
export function defineSection<T>(section: StatusSection<T>): StatusSection {
  return section as unknown as StatusSection;
}
