// A long JSON array written as it is produced: the same text as `JSON.stringify(items, null, 2)`, in pieces
// of about CHUNK characters, so a list of 100,000 records never exists as one string (docs/PERFORMANCE.md,
// "Streaming at scale").

const CHUNK = 1 << 16;

/**
 * The pieces of `JSON.stringify([...items].map(map), null, 2)`, item by item. Joined, they are that text
 * exactly (test/commands/streaming.test.ts), so callers can write each piece as it comes.
 */
export function* prettyJsonArray<T>(items: Iterable<T>, map: (item: T) => unknown = (item) => item): Generator<string> {
  let buffer = '';
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(map(item), null, 2) ?? 'null';
    buffer += (first ? '[\n  ' : ',\n  ') + (text.includes('\n') ? text.replace(/\n/g, '\n  ') : text);
    first = false;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield first ? '[]' : `${buffer}\n]`;
}
