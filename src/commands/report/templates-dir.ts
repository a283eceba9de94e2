// Where an office keeps its own wording: INNOLAB_TEMPLATES when set, else a `templates` folder beside the
// workshop file. Files it holds override the built-in ones (templates/ in the installed package, which an
// upgrade replaces); files it lacks fall back to them.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import type { WorkshopStore } from '../../store/db.js';

export const TEMPLATES_FOLDER = 'templates';

export function officeTemplates(ctx: Context, store: WorkshopStore): string | null {
  const named = ctx.env.INNOLAB_TEMPLATES?.trim();
  if (named) {
    const dir = ctx.resolvePath(named);
    if (!isDir(dir)) throw new UsageError('report.error.templatesDir', { dir });
    return dir;
  }
  const beside = join(dirname(store.path), TEMPLATES_FOLDER);
  return isDir(beside) ? beside : null;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
