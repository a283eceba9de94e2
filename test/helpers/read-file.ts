// A workshop file read as any SQLite tool would read it, to check what a command wrote (or did not write).
import Database from 'better-sqlite3';

/** The rows `sql` returns from `file`, opened read-only. */
export function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** How many rows `table` of `file` holds. */
export function count(file: string, table: string): number {
  return query<{ n: number }>(file, `SELECT COUNT(*) AS n FROM ${table}`)[0]!.n;
}
