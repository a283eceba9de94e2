// Times people read (the audit log, an idea's history, arrival times) are the laptop's clock, not UTC;
// --json keeps the stored UTC instant for scripts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workshopWithUnits } from '../helpers/run-cli.js';

const tz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Jakarta';
});
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe('times shown to people', () => {
  it('are in local time (WIB here) in the log, an idea and a participant; --json keeps UTC', async () => {
    const { run } = await workshopWithUnits();
    const now = '2022-11-08T02:00:05.000Z'; // 09:00:05 WIB
    expect((await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital'], { now })).code).toBe(0);
    expect((await run(['participant', 'add', '--name', 'Budi'], { now })).code).toBe(0);
    const person = await run(['participant', 'show', '1']);
    expect(person.stdout).toContain('2022-11-08 09:00:05');
    expect(person.stdout).not.toContain('02:00');

    const show = await run(['idea', 'show', '1']);
    expect(show.stdout).toContain('2022-11-08 09:00');
    expect(show.stdout).not.toContain('02:00');
    const json = (await run(['idea', 'show', '1', '--json'])).json<{ history: { at: string }[] }>();
    expect(json.history[0]!.at).toBe(now);

    const log = await run(['log']);
    expect(log.stdout).toContain('2022-11-08 09:00:05');
    const logJson = (await run(['log', '--json'])).json<{ at: string }[]>();
    expect(logJson.filter((e) => e.at === now)).toHaveLength(2);
  });
});
