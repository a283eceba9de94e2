import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDEA_STAGES, IDEA_STATUSES, checkTransition, ideaStatusFromText, nextStatuses } from '../../src/domain/idea-status.js';

describe('idea status transitions (SPEC §4)', () => {
  it('allows every step forward, skipping stages, and dropping from anywhere', () => {
    expect(nextStatuses('proposed')).toEqual(['shortlisted', 'selected', 'trial', 'implemented', 'dropped']);
    expect(nextStatuses('selected')).toEqual(['trial', 'implemented', 'dropped']);
    expect(nextStatuses('implemented')).toEqual(['dropped']);
    expect(checkTransition('proposed', 'selected')).toEqual({ kind: 'allowed' });
    expect(checkTransition('trial', 'dropped')).toEqual({ kind: 'allowed' });
  });

  it('refuses going back, naming what is allowed; reopening a dropped idea goes to proposed only', () => {
    expect(checkTransition('implemented', 'proposed')).toEqual({ kind: 'refused', allowed: ['dropped'] });
    expect(checkTransition('selected', 'shortlisted')).toEqual({ kind: 'refused', allowed: ['trial', 'implemented', 'dropped'] });
    expect(checkTransition('dropped', 'proposed')).toEqual({ kind: 'allowed' });
    expect(checkTransition('dropped', 'selected')).toEqual({ kind: 'refused', allowed: ['proposed'] });
    expect(checkTransition('trial', 'trial')).toEqual({ kind: 'same' });
  });

  it('forward is allowed exactly when the target stage comes later', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STAGES), fc.constantFrom(...IDEA_STAGES), (from, to) => {
        const kind = checkTransition(from, to).kind;
        const [a, b] = [IDEA_STAGES.indexOf(from), IDEA_STAGES.indexOf(to)];
        expect(kind).toBe(a === b ? 'same' : b > a ? 'allowed' : 'refused');
      }),
    );
  });

  it('every status can reach dropped, and never lists itself as a next status', () => {
    for (const s of IDEA_STATUSES) {
      expect(nextStatuses(s)).not.toContain(s);
      if (s !== 'dropped') expect(nextStatuses(s)).toContain('dropped');
    }
  });
});

describe('ideaStatusFromText', () => {
  it('reads the English names and the Indonesian words of the forms, any case', () => {
    expect(ideaStatusFromText('Selected')).toBe('selected');
    expect(ideaStatusFromText('terpilih')).toBe('selected');
    expect(ideaStatusFromText('Uji coba')).toBe('trial');
    expect(ideaStatusFromText('tidak dilanjutkan')).toBe('dropped');
    expect(ideaStatusFromText('approved')).toBeUndefined();
  });
});
