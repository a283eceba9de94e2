// Tables keyed by what people type (field names, status words, roles …) are plain object literals; a
// user value such as "constructor" or "__proto__" must find nothing in them rather than Object's own
// members. Every lookup by a user-given key goes through here (or a Map).

/** `table[key]` when the table itself holds `key`; never an inherited member of Object.prototype. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
