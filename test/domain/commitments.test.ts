import { describe, expect, it } from 'vitest';
import { commitmentStatusFrom, daysOverdue, isDueWithin, isOverdue, nextCommitmentState } from '../../src/domain/commitments.js';

describe('overdue', () => {
  it('is due before the as-of date and still open', () => {
    expect(isOverdue({ due_date: '2023-01-14', status: 'planned' }, '2023-01-15')).toBe(true);
    expect(isOverdue({ due_date: '2023-01-14', status: 'in-progress' }, '2023-01-15')).toBe(true);
    expect(isOverdue({ due_date: '2023-01-15', status: 'planned' }, '2023-01-15')).toBe(false);
    expect(isOverdue({ due_date: '2022-12-01', status: 'done' }, '2023-01-15')).toBe(false);
    expect(isOverdue({ due_date: '2022-12-01', status: 'cancelled' }, '2023-01-15')).toBe(false);
  });

  it('counts the days late across a month and year boundary', () => {
    expect(daysOverdue({ due_date: '2022-12-31', status: 'planned' }, '2023-01-15')).toBe(15);
    expect(daysOverdue({ due_date: '2023-01-20', status: 'planned' }, '2023-01-15')).toBe(0);
  });

  it('due within N days includes both ends and leaves closed ones out', () => {
    expect(isDueWithin({ due_date: '2023-01-15', status: 'planned' }, '2023-01-15', 7)).toBe(true);
    expect(isDueWithin({ due_date: '2023-01-22', status: 'planned' }, '2023-01-15', 7)).toBe(true);
    expect(isDueWithin({ due_date: '2023-01-23', status: 'planned' }, '2023-01-15', 7)).toBe(false);
    expect(isDueWithin({ due_date: '2023-01-14', status: 'planned' }, '2023-01-15', 7)).toBe(false);
    expect(isDueWithin({ due_date: '2023-01-16', status: 'done' }, '2023-01-15', 7)).toBe(false);
  });
});

describe('an update', () => {
  const planned = { status: 'planned' as const, progress: 0 };

  it('with progress above 0 moves a planned commitment to in-progress', () => {
    expect(nextCommitmentState(planned, { progress: 30 })).toEqual({ ok: true, state: { status: 'in-progress', progress: 30 } });
  });

  it('with progress 100 means done unless a status is said', () => {
    expect(nextCommitmentState(planned, { progress: 100 })).toEqual({ ok: true, state: { status: 'done', progress: 100 } });
    expect(nextCommitmentState(planned, { progress: 100, status: 'in-progress' })).toEqual({ ok: true, state: { status: 'in-progress', progress: 100 } });
  });

  it('refuses progress outside 0–100 or not whole', () => {
    for (const progress of [-1, 101, 50.5, Number.NaN]) {
      expect(nextCommitmentState(planned, { progress })).toEqual({ ok: false, problem: { field: 'progress', problem: 'range' } });
    }
  });

  it('done below 100% needs a note, also when the progress is kept from before', () => {
    expect(nextCommitmentState(planned, { progress: 80, status: 'done' })).toMatchObject({ ok: false, problem: { field: 'note', progress: 80 } });
    expect(nextCommitmentState({ status: 'in-progress', progress: 60 }, { status: 'done' })).toMatchObject({ ok: false, problem: { field: 'note', progress: 60 } });
    expect(nextCommitmentState(planned, { progress: 80, status: 'done', note: 'sisa dialihkan ke 2023' })).toEqual({ ok: true, state: { status: 'done', progress: 80 } });
    expect(nextCommitmentState(planned, { progress: 80, status: 'done', note: '   ' })).toMatchObject({ ok: false });
  });

  it('lowering the progress of a done commitment reopens it', () => {
    expect(nextCommitmentState({ status: 'done', progress: 100 }, { progress: 70 })).toEqual({ ok: true, state: { status: 'in-progress', progress: 70 } });
  });

  it('with nothing in it is refused', () => {
    expect(nextCommitmentState(planned, {})).toEqual({ ok: false, problem: { field: 'any', problem: 'empty' } });
  });
});

describe('a typed status', () => {
  it('is the English code or the Indonesian word shown in lists', () => {
    expect(commitmentStatusFrom('Done')).toBe('done');
    expect(commitmentStatusFrom('selesai')).toBe('done');
    expect(commitmentStatusFrom('berjalan')).toBe('in-progress');
    expect(commitmentStatusFrom('dibatalkan')).toBe('cancelled');
    expect(commitmentStatusFrom('terlambat')).toBeUndefined();
  });
});
