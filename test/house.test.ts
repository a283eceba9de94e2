// The shape of the house (STYLE.md, issue #12), checked on the source itself: files small enough to read,
// and SQL only in the store. The layering arrows are checked by `npm run lint` (.dependency-cruiser.cjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FILES = sources(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('the source tree', () => {
  it('is found', () => {
    expect(FILES.length).toBeGreaterThan(50);
  });

  it('has no file over 350 lines, except the message catalogues', () => {
    const long = FILES.filter((f) => !f.path.startsWith('src/i18n/'))
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length }))
      .filter((f) => f.lines > 350);
    expect(long).toEqual([]);
  });

  it('keeps SQL in src/store/', () => {
    const sql = /\.(prepare|pragma)\(|\bdb\.exec\(|\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX)\s)/;
    const outside = FILES.filter((f) => !f.path.startsWith('src/store/'))
      .flatMap((f) => f.text.split('\n').map((line, i) => ({ where: `${f.path}:${i + 1}`, line })))
      .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && sql.test(line))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(outside).toEqual([]);
  });

  it('throws the error kinds of src/errors.ts only (no module keeps its own exit codes)', () => {
    const exits = FILES.filter((f) => f.path !== 'src/main.ts' && /\bexitCode\b|process\.exit\(/.test(f.text)).map((f) => f.path);
    expect(exits).toEqual([]);
  });
});
