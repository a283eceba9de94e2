// The text rule of domain/text.ts (issue #17 B): what a value may hold, and how a terminal is shown the rest.
import { describe, expect, it } from 'vitest';
import { checkTextValue, mayRefuseLine, textProblem, visible, visibleKeepColour } from '../../src/domain/text.js';

describe('textProblem', () => {
  it('accepts ordinary names in any script, with joiners inside', () => {
    for (const value of ['Drs. H. Ahmad Fauzi, M.Si', 'Ni Luh Putu Éka Suárez', 'محمد\u200cعلی', 'नमस्ते', '👩\u200d💻 Tim IT', 'Dinas A\u00a0(Kota)']) {
      expect(textProblem(value), value).toBeNull();
    }
  });

  it('refuses control characters, NUL, bidi overrides and isolates, and invisible-only values', () => {
    expect(textProblem('Evil\x1b[2J')).toBe('control');
    expect(textProblem('A\u0000B')).toBe('control');
    expect(textProblem('A\u0085B')).toBe('control');
    expect(textProblem('A\u007fB')).toBe('control');
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) expect(textProblem(`Dinas${c}A`)).toBe('bidi');
    for (const v of ['\u200b', '\u200b \u200c', '\ufeff', '\u2060\u00ad', '\u3164']) expect(textProblem(v), JSON.stringify(v)).toBe('invisible');
  });

  it('allows tab and line breaks only in a multi-line field', () => {
    expect(textProblem('Baris satu\nBaris dua\r\n\tkolom')).toBe('control');
    expect(textProblem('Baris satu\nBaris dua\r\n\tkolom', true)).toBeNull();
    expect(textProblem('Baris\x1b[2J', true)).toBe('control');
    expect(checkTextValue('problem', 'a\nb')).toBeNull();
    expect(checkTextValue('name', 'a\nb')).toEqual({ field: 'name', code: 'control', char: 'U+000A' });
    expect(checkTextValue('position', 'a\u202eb')).toEqual({ field: 'position', code: 'bidi', char: 'U+202E' });
  });

  it('the import one-pass test never misses what textProblem refuses', () => {
    for (let c = 0; c < 0x3000; c++) {
      const value = `a${String.fromCharCode(c)}b`;
      if (textProblem(value) !== null) expect(mayRefuseLine(value), c.toString(16)).toBe(true);
      const only = String.fromCharCode(c);
      if (textProblem(only) !== null) expect(mayRefuseLine(only), c.toString(16)).toBe(true);
    }
  });
});

describe('visible', () => {
  it('shows control characters and bidi overrides as escapes, keeps tab, line feed and ordinary text', () => {
    expect(visible('Evil\x1b[2J\x1b]0;pwned\x07')).toBe('Evil\\x1b[2J\\x1b]0;pwned\\x07');
    expect(visible('A\u0000B\rC\u202eD\u2066E')).toBe('A\\x00B\\x0dC\\u202eD\\u2066E');
    expect(visible('Baris\n\tdua — Éka')).toBe('Baris\n\tdua — Éka');
  });

  it('visibleKeepColour keeps the colour codes chalk writes, not concealment or other sequences', () => {
    expect(visibleKeepColour('\x1b[1mBold\x1b[22m \x1b[33mwarning\x1b[39m')).toBe('\x1b[1mBold\x1b[22m \x1b[33mwarning\x1b[39m');
    expect(visibleKeepColour('\x1b[8mhidden\x1b[2J')).toBe('\\x1b[8mhidden\\x1b[2J');
    expect(visibleKeepColour('\x1b]0;title\x07')).toBe('\\x1b]0;title\\x07');
  });
});
