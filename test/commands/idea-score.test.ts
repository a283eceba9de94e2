import { describe, expect, it } from 'vitest';
import { openWorkshopFile } from '../../src/store/db.js';
import { insertParticipant } from '../../src/store/participants.js';
import { count } from '../helpers/read-file.js';
import { workshopWithUnits } from '../helpers/run-cli.js';

interface Ranked {
  rank: number | null;
  no: number;
  score: number | null;
}

/** Three units, four ideas and two registered facilitators (participants 1 and 2). */
async function scoredWorkshop() {
  const w = await workshopWithUnits();
  const store = openWorkshopFile(w.file, { command: 'test', now: () => new Date('2022-11-08T02:00:00Z') });
  store.change(() => {
    insertParticipant(store, { name: 'Dr. Siti Rahmawati, M.Si', nip: '198203172008012003', role: 'fasilitator' });
    insertParticipant(store, { name: 'Ahmad Fauzi, S.STP, M.AP', nip: '197805122003121002', role: 'fasilitator' });
  });
  store.close();
  for (const [unit, title] of [
    ['Disdukcapil', 'Jemput bola KTP-el untuk lansia'],
    ['Dinkes', 'Posyandu digital'],
    ['DPMPTSP', 'Izin usaha via WhatsApp'],
    ['Dinkes', 'Kelas ibu hamil keliling'],
  ]) {
    expect((await w.run(['idea', 'add', '--unit', unit!, '--title', title!])).code).toBe(0);
  }
  return w;
}

describe('idea score and the ranking', () => {
  it('ranks by the weighted mean over criteria of the mean over scorers, as computed by hand', async () => {
    const { run } = await scoredWorkshop();
    const score = async (args: string[]) => {
      const r = await run(['idea', 'score', ...args]);
      expect(r.code, r.stderr).toBe(0);
      return r;
    };
    // Scorer A = participant 1 (by number), scorer B = participant 2 (by NIP with spaces).
    await score(['1', 'dampak=5', 'kelayakan=3', 'kebaruan=4', 'keberlanjutan=2', '--by', '1']);
    await score(['1', 'dampak=4', 'kelayakan=4', 'kebaruan=2', 'keberlanjutan=4', '--by', '19780512 200312 1 002']);
    await score(['2', 'dampak=3', 'kelayakan=5', 'kebaruan=5', 'keberlanjutan=5', '--by', '1']);
    await score(['2', 'Dampak=3', 'kelayakan=5', '--by', 'Ahmad Fauzi']);
    await score(['3', 'dampak=5', '--by', 'fauzi']);

    // Idea 1: means 4.5, 3.5, 3, 3 → 0.4·4.5 + 0.3·3.5 + 0.15·3 + 0.15·3 = 3.75
    // Idea 2: means 3, 5, 5, 5 → 1.2 + 1.5 + 0.75 + 0.75 = 4.2
    // Idea 3: only dampak (5): the weights are renormalised over the scored criteria → 5
    // Idea 4: not scored → last, no rank
    const ranking = (await run(['idea', 'list', '--sort', 'score', '--json'])).json<Ranked[]>();
    expect(ranking.map((i) => [i.rank, i.no, i.score])).toEqual([
      [1, 3, 5],
      [2, 2, 4.2],
      [3, 1, 3.75],
      [null, 4, null],
    ]);

    // Re-scoring by the same scorer replaces: A's dampak for idea 2 becomes 1 → dampak mean 2 → 3.8.
    const again = await score(['2', 'dampak=1', '--by', 'Siti', '--json']);
    expect(again.json<{ score: number }>().score).toBe(3.8);
    const show = (await run(['idea', 'show', '2', '--json'])).json<{ scores: { scorer: { no: number | null; name: string } | null; criterion: string; value: number }[]; criteria: { name: string; mean: number | null }[] }>();
    expect(show.scores).toHaveLength(6);
    // A registered scorer is named by number and name, never by the uuid the file keys the score with.
    expect(show.scores.filter((s) => s.criterion === 'dampak').map((s) => [s.scorer, s.value])).toEqual(
      expect.arrayContaining([
        [{ no: 1, name: 'Dr. Siti Rahmawati, M.Si' }, 1],
        [{ no: 2, name: 'Ahmad Fauzi, S.STP, M.AP' }, 3],
      ]),
    );
    expect(show.criteria.find((c) => c.name === 'dampak')?.mean).toBe(2);

    // Changing a weight changes the ranking: dampak 0.8 (sum 1.4).
    // Idea 1: (0.8·4.5 + 1.05 + 0.45 + 0.45) / 1.4 = 3.964…; idea 2: (0.8·2 + 1.5 + 0.75 + 0.75) / 1.4 = 3.285…
    expect((await run(['criteria', 'set', 'dampak', '--weight', '0.8'])).code).toBe(0);
    const reranked = (await run(['idea', 'list', '--sort', 'score', '--json'])).json<Ranked[]>();
    expect(reranked.map((i) => [i.no, i.score])).toEqual([
      [3, 5],
      [1, 3.96],
      [2, 3.29],
      [4, null],
    ]);
    const table = await run(['idea', 'list', '--sort', 'score']);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe('Rank\tNo\tUnit\tTitle\tForm\tKind\tStatus\tScore');
    expect(lines[1]).toMatch(/^1\t3\tDPMPTSP\tIzin usaha via WhatsApp\t.*\t5\.00$/);
  });

  it('ties in score are ranked by idea number', async () => {
    const { run } = await scoredWorkshop();
    await run(['idea', 'score', '4', 'dampak=4']);
    await run(['idea', 'score', '2', 'dampak=4']);
    const ranking = (await run(['idea', 'list', '--sort', 'score', '--json'])).json<Ranked[]>();
    expect(ranking.map((i) => i.no)).toEqual([2, 4, 1, 3]);
  });

  it('without --by scores as "fasilitator"; a name that is nobody is kept as free text with a warning', async () => {
    const { run } = await scoredWorkshop();
    expect((await run(['idea', 'score', '1', 'dampak=4'])).code).toBe(0);
    expect((await run(['idea', 'score', '1', 'dampak=2'])).code).toBe(0); // replaces, same default scorer
    const free = await run(['idea', 'score', '1', 'dampak=5', '--by', 'Tim Penilai LAN']);
    expect(free.code).toBe(0);
    expect(free.stderr).toContain('not a registered participant');
    const scores = (await run(['idea', 'show', '1', '--json'])).json<{ scores: { scorer: { no: number | null; name: string } | null; value: number }[]; score: number }>();
    expect(scores.scores.map((s) => [s.scorer, s.value])).toEqual([
      [{ no: null, name: 'fasilitator' }, 2],
      [{ no: null, name: 'Tim Penilai LAN' }, 5],
    ]);
    expect(scores.score).toBe(3.5);
  });

  it('refuses bad scores with one line naming the problem and writes nothing', async () => {
    const { run, file } = await scoredWorkshop();
    const high = await run(['idea', 'score', '1', 'dampak=4', 'kelayakan=6']);
    expect(high.code).toBe(2);
    expect(high.stderr).toBe('error: kelayakan: "6" is not a valid score; a score is a whole number from 1 to 5\n');
    const half = await run(['idea', 'score', '1', 'dampak=3.5']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('dampak');
    const unknown = await run(['idea', 'score', '1', 'dampak=4', 'biaya=3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown criterion "biaya"; known criteria: dampak, kelayakan, kebaruan, keberlanjutan');
    const noEquals = await run(['idea', 'score', '1', 'dampak']);
    expect(noEquals.code).toBe(2);
    expect(noEquals.stderr).toContain('<criterion>=<1..5>');
    const none = await run(['idea', 'score', '1']);
    expect(none.code).toBe(2);
    const missingIdea = await run(['idea', 'score', '7', 'dampak=4']);
    expect(missingIdea.code).toBe(3);
    const missingScorer = await run(['idea', 'score', '1', 'dampak=4', '--by', '42']);
    expect(missingScorer.code).toBe(3);
    for (const r of [high, half, unknown, noEquals, none, missingIdea, missingScorer]) expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(count(file, 'score')).toBe(0);
  });

  it('on a terminal with no values asks for each criterion', async () => {
    const { run } = await scoredWorkshop();
    const r = await run(['idea', 'score', '1', '--by', '2', '--json'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      answers: [
        { match: 'Dampak', answer: 4 },
        { match: 'Kelayakan', answer: 4 },
        { match: 'Kebaruan', answer: 0 },
        { match: 'Keberlanjutan', answer: 2 },
      ],
    });
    expect(r.code, r.stderr).toBe(0);
    // (0.4·4 + 0.3·4 + 0.15·2) / 0.85 = 3.647…
    expect(r.json<{ score: number }>().score).toBe(3.65);
  });
});
