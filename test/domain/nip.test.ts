import { describe, expect, it } from 'vitest';
import { checkNip, formatNip } from '../../src/domain/nip.js';

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
