/**
 * A WHERE clause for the list filters that are set: `column = ?` for each value that is not undefined,
 * joined with AND (empty when none is set), and the values to bind, in order.
 */
export function whereEquals(filters: Record<string, string | number | undefined>): { sql: string; params: (string | number)[] } {
  const set = Object.entries(filters).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return {
    sql: set.length > 0 ? ` WHERE ${set.map(([column]) => `${column} = ?`).join(' AND ')}` : '',
    params: set.map(([, value]) => value),
  };
}
