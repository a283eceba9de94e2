import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmail, checkPhone, looksLikeFormula } from '../../src/domain/participant.js';

describe('phone numbers as offices write them', () => {
  /** The rule in its plain form (digits with an optional +, the separators people type, 8–15 digits). */
  function reference(raw: string): { ok: true; phone: string } | { ok: false } {
    const trimmed = raw.trim();
    if (!/^\+?[\d\s.\-()/]+$/.test(trimmed)) return { ok: false };
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) return { ok: false };
    return { ok: true, phone: (trimmed.startsWith('+') ? '+' : '') + digits };
  }

  it('keeps the digits and a leading +; rejects letters, a + elsewhere, too few or too many digits', () => {
    expect(checkPhone('0812-6543-2101')).toEqual({ ok: true, phone: '081265432101' });
    expect(checkPhone(' +62 812 6543 2101 ')).toEqual({ ok: true, phone: '+6281265432101' });
    expect(checkPhone('(0623) 92345')).toEqual({ ok: true, phone: '062392345' });
    expect(checkPhone('0812\u00a06543\u00a02101')).toEqual({ ok: true, phone: '081265432101' });
    for (const bad of ['0812-6543-210l', '62+812654321', '+', '', '1234567', '1234567890123456', '0812_6543_2101']) expect(checkPhone(bad)).toEqual({ ok: false });
  });

  it('agrees with the plain rule on any text (property)', () => {
    const char = fc.constantFrom(...'0123456789+ .-()/\t\u00a0\u2003a#_'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 24 }), (raw) => {
        expect(checkPhone(raw)).toEqual(reference(raw));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formula-looking cells', () => {
  it('flags = + - @ first, also after spaces, and a leading tab or carriage return; not plain text', () => {
    for (const text of ['=HYPERLINK("x")', '+62 812', '-1', '@SUM(A1)', '  =1+1', '\t1', '\rx', ' \t x']) expect(looksLikeFormula(text), text).toBe(true);
    for (const text of ['Budi', '0812-1', 'x=1', ' Budi', '', 'é=1', '\u00a0Budi']) expect(looksLikeFormula(text), text).toBe(false);
    expect(looksLikeFormula('\u00a0=1')).toBe(true);
  });
});

describe('e-mail addresses', () => {
  /** The rule as a regular expression: one @, a dot in the domain, no spaces or list separators. */
  const reference = (raw: string) => /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/.test(raw.trim());

  it('takes what offices type, trimmed; refuses lists, spaces and missing parts', () => {
    expect(checkEmail(' Zul@TanjungbalaiKota.go.id ')).toEqual({ ok: true, email: 'Zul@TanjungbalaiKota.go.id' });
    for (const bad of ['zul', 'zul@', '@x.id', 'zul@x', 'zul@x.i', 'zul@.id', 'a@b@c.id', 'a b@c.id', 'a@b.id, c@d.id', '<a@b.id>', 'a@b.c.d', 'a\u2003b@c.id']) {
      expect(checkEmail(bad).ok, bad).toBe(false);
    }
    expect(checkEmail('a@b.c.id').ok).toBe(true);
  });

  it('agrees with the regular expression on any text (property)', () => {
    const char = fc.constantFrom(...'ab.@ ,;<>"\t\u00a0\u2003éZ-_'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 14 }), (raw) => {
        expect(checkEmail(raw).ok).toBe(reference(raw));
      }),
      { numRuns: 20000 },
    );
  });
});
