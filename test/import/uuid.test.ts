import { describe, expect, it } from 'vitest';
import { uuidV7Sequence } from '../../src/store/uuid-v7.js';

describe('uuidV7Sequence (bulk import uuids)', () => {
  it('gives valid version-7 UUIDs, in sorted order, all different, with the clock in front', () => {
    const ms = Date.UTC(2022, 10, 7, 8, 0, 0);
    const next = uuidV7Sequence(ms);
    const ids = Array.from({ length: 40000 }, () => next());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // The last eleven digits are random: (almost) never the same twice in 40,000.
    expect(new Set(ids.map((id) => id.slice(25))).size).toBeGreaterThan(39_990);
    expect(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
    const other = uuidV7Sequence(ms)();
    expect(ids).not.toContain(other);
  });
});
