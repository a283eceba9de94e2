import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNip, formatNip, isCalendarDate } from '../../src/domain/nip.js';

describe('NIP', () => {
  it('accepts the way people type it and normalises to 18 digits', () => {
    const check = checkNip('19680412 199303 1 004');
    expect(check).toEqual({ ok: true, nip: '196804121993031004', warnings: [] });
    expect(checkNip('19680412.199303.1.004').ok).toBe(true);
    expect(formatNip('196804121993031004')).toBe('19680412 199303 1 004');
  });

  it('rejects a wrong length, an impossible birth date and a gender digit other than 1 or 2', () => {
    expect(checkNip('1968041219930310')).toMatchObject({ ok: false, problem: 'length' });
    expect(checkNip('196802301993031004')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(checkNip('196804121993033004')).toMatchObject({ ok: false, problem: 'gender' });
  });

  it('only warns about PPPK-style appointment digits', () => {
    const pppk = checkNip('198501012021211002');
    expect(pppk).toEqual({ ok: true, nip: '198501012021211002', warnings: ['appointment'] });
  });
});

describe('NIP birth dates', () => {
  /** What the calendar says, by way of Date: the reference the fast check must agree with. */
  function realDate(y: number, m: number, d: number): boolean {
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }

  it('accepts exactly the birth dates the calendar has, leap days included (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const nip = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${y + 20}011001`;
        const ok = realDate(y, m, d);
        expect(checkNip(nip)).toMatchObject(ok ? { ok: true } : { ok: false, problem: 'birthDate' });
        // As printed on forms, and with dots: the same answer for the same 18 digits.
        expect(checkNip(formatNip(nip))).toEqual(checkNip(nip));
        expect(checkNip(formatNip(nip).replace(/ /g, '.'))).toEqual(checkNip(nip));
        expect(isCalendarDate(y, m, d)).toBe(ok);
      }),
      { numRuns: 3000 },
    );
    expect(checkNip('200002291993031004').ok).toBe(true);
    expect(checkNip('190002291993031004')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(checkNip('189912311993031004')).toMatchObject({ ok: false, problem: 'birthDate' });
  });

  it('reads the printed form ("19680412 199303 1 004") where its digits are typed: the same answer as the 18 digits, for any digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (nip) => {
        expect(checkNip(formatNip(nip))).toEqual(checkNip(nip));
      }),
      { numRuns: 3000 },
    );
    expect(checkNip('19680412 199303 3 004')).toMatchObject({ ok: false, problem: 'gender' });
    expect(checkNip('19680412 199313 1 004')).toMatchObject({ ok: true, warnings: ['appointment'] });
    expect(checkNip('19680412 19930x 1 004')).toMatchObject({ ok: false, problem: 'length' });
  });

  it('counts only ASCII digits: other digits, letters and stray characters are a wrong length', () => {
    for (const raw of ['19680412199303100４', '1968041219930310O4', '19680412_199303_1_004', '１９６８０４１２１９９３０３１００４']) {
      expect(checkNip(raw)).toMatchObject({ ok: false, problem: 'length' });
    }
    expect(checkNip(' 19680412-199303-1-004 ')).toMatchObject({ ok: true, nip: '196804121993031004' });
  });
});
