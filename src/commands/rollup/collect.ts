// Reads the workshop files one at a time and adds each into the roll-up: per workshop, per OPD (matched across
// workshops), per form and per year. Nothing of a file is kept once it is added but its one summary row, so
// memory grows with the number of distinct OPDs, not with the number of files.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../../cli/context.js';
import { FileError, NotFoundError, UsageError } from '../../errors.js';
import { ROLLUP_FORMS, type RollupForm, type Tally, UnitMatcher, addTally, emptyTally, normaliseUnitName } from '../../domain/rollup.js';
import { type SkipReason, SkippedFile, type WorkshopInfo, readWorkshopTally } from '../../store/rollup.js';

export interface SkippedEntry {
  file: string;
  reason: SkipReason | 'duplicate';
  found_version: number | null;
  detail: string;
}

/** Why a file was skipped, in the user's words (`rollup`, `report rollup`, `push`). */
export function reasonText(ctx: Pick<Context, 't'>, s: Pick<SkippedEntry, 'reason' | 'found_version' | 'detail'>): string {
  switch (s.reason) {
    case 'newer':
      return ctx.t('rollup.reason.newer', { found: s.found_version ?? '?' });
    case 'duplicate':
      return ctx.t('rollup.reason.duplicate', { file: s.detail });
    case 'not-innolab':
      return ctx.t('rollup.reason.notInnolab');
    case 'unreadable':
      return ctx.t('rollup.reason.unreadable', { detail: s.detail });
    case 'damaged':
      return ctx.t('rollup.reason.damaged', { detail: s.detail });
  }
}

/** `file`, skipped for the reason its SkippedFile gives (`rollup`, `report rollup`, `push`). */
export function skippedOf(file: string, error: SkippedFile): SkippedEntry {
  return { file, reason: error.reason, found_version: error.found ?? null, detail: error.detail };
}

export interface WorkshopRow {
  file: string;
  workshop: WorkshopInfo;
  days_held: number;
  tally: Tally;
}

export interface UnitGroup {
  name: string;
  /** Every name and short name the OPD went by, as written. */
  names: Set<string>;
  workshops: Set<string>;
  tally: Tally;
  last_update: string | null;
  open_commitments: number;
  mapped: boolean;
  /** The first workshop (title) it was seen in, for the list of unmatched names. */
  first_workshop: string;
}

export interface Rollup {
  read: number;
  skipped: SkippedEntry[];
  total: Tally;
  workshops: WorkshopRow[];
  units: UnitGroup[];
  forms: Map<RollupForm, Tally>;
  years: Map<string, Tally & { workshops: number }>;
  /** Unit-map names that matched no unit in any file. */
  unused_map_names: string[];
}

/** Every workshop file the arguments name: files as given, folders searched for `*.innolab` (sorted); none is exit 2. */
export function listFiles(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.endsWith('.innolab')) files.push(full);
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      throw new NotFoundError('rollup.error.noSuchPath', { path: p });
    }
    if (isDir) walk(full);
    else files.push(full);
  }
  if (files.length === 0) throw new UsageError('rollup.error.noFiles');
  return files;
}

function mergeGroups(into: UnitGroup, from: UnitGroup): void {
  // A name written in capitals in one file reads better as another file writes it.
  if (into.name === into.name.toUpperCase() && from.name !== from.name.toUpperCase()) into.name = from.name;
  for (const n of from.names) into.names.add(n);
  for (const w of from.workshops) into.workshops.add(w);
  addTally(into.tally, from.tally);
  into.open_commitments += from.open_commitments;
  if (from.last_update !== null && (into.last_update === null || from.last_update > into.last_update)) into.last_update = from.last_update;
  into.mapped ||= from.mapped;
}

export interface CollectOptions {
  asOf: string;
  /** Stop at the first file skipped (exit 1). */
  strict: boolean;
  unitMap: ReadonlyMap<string, string>;
  /** Called for each file skipped, as it happens (a warning on stderr). */
  onSkip: (entry: SkippedEntry) => void;
}

export function collectRollup(files: readonly string[], opts: CollectOptions): Rollup {
  const matcher = new UnitMatcher<UnitGroup>(mergeGroups, opts.unitMap);
  const result: Rollup = { read: 0, skipped: [], total: emptyTally(), workshops: [], units: [], forms: new Map(), years: new Map(), unused_map_names: [] };
  for (const form of ROLLUP_FORMS) result.forms.set(form, emptyTally());
  const seen = new Map<string, string>();
  const skip = (entry: SkippedEntry) => {
    result.skipped.push(entry);
    opts.onSkip(entry);
    if (opts.strict) throw new FileError('rollup.error.strict', { file: entry.file });
  };
  for (const file of files) {
    let w;
    try {
      w = readWorkshopTally(file, opts.asOf);
    } catch (error) {
      if (!(error instanceof SkippedFile)) throw error;
      skip(skippedOf(file, error));
      continue;
    }
    // Two copies of one workshop (two laptops, a backup) would count it twice: the first file read wins.
    const earlier = seen.get(w.workshop.uuid);
    if (earlier !== undefined) {
      skip({ file, reason: 'duplicate', found_version: null, detail: earlier });
      continue;
    }
    seen.set(w.workshop.uuid, file);
    result.read += 1;
    const tally = emptyTally();
    for (const u of w.units) {
      addTally(tally, u.tally);
      const group: UnitGroup = {
        name: u.name,
        names: new Set(u.short_name ? [u.name, u.short_name] : [u.name]),
        workshops: new Set([w.workshop.uuid]),
        tally: u.tally,
        last_update: u.last_update,
        open_commitments: u.open_commitments,
        mapped: matcher.mapped(u.name, u.short_name),
        first_workshop: w.workshop.title,
      };
      matcher.add(matcher.tokens(u.name, u.short_name), group);
    }
    addTally(tally, w.no_unit);
    addTally(result.total, tally);
    for (const form of ROLLUP_FORMS) addTally(result.forms.get(form)!, tally, [form], false);
    const year = w.workshop.start_date.slice(0, 4);
    const y = result.years.get(year) ?? { ...emptyTally(), workshops: 0 };
    addTally(y, tally);
    y.workshops += 1;
    result.years.set(year, y);
    result.workshops.push({ file, workshop: w.workshop, days_held: w.days_held, tally });
  }
  result.units = matcher.groups();
  // The group's name: the map's name when the map named it, else the name it was first seen under.
  const usedMapNames = new Set<string>();
  for (const g of result.units) {
    for (const n of g.names) {
      const canon = opts.unitMap.get(normaliseUnitName(n));
      if (canon === undefined) continue;
      g.name = canon;
      usedMapNames.add(normaliseUnitName(n));
    }
  }
  result.units.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  result.unused_map_names = [...opts.unitMap.keys()].filter((k) => !usedMapNames.has(k));
  return result;
}
