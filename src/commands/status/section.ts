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

/**
 * A section's parts one after the other: lines that follow lines stay together, and each table stands apart
 * (emit() puts a blank line between parts).
 */
export function stack(parts: readonly View[]): View {
  const merged: View[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && 'lines' in last && 'lines' in part) merged[merged.length - 1] = { lines: [...last.lines, ...part.lines] };
    else merged.push(part);
  }
  return merged.length === 1 ? merged[0]! : { sections: merged.map((view) => ({ view })) };
}
