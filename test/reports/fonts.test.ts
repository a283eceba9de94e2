import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SIMPLE_CHAR } from '../../src/reports/layout/fast-layout.js';

describe('deferPdfkitData', () => {
  it('answers isMark itself only for characters unicode-properties says are not marks', () => {
    const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const properties = createRequire(fromPdfkit.resolve('fontkit'))('unicode-properties') as { isMark(cp: number): boolean };
    const simple: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) if (SIMPLE_CHAR.test(String.fromCharCode(cp))) simple.push(cp);
    expect(simple.length).toBe(2671);
    expect(simple.filter((cp) => properties.isMark(cp))).toEqual([]);
  });
});
