import { describe, expect, it } from 'vitest';
import { openWorkshopFile } from '../../src/store/db.js';
import { insertParticipant } from '../../src/store/participants.js';
import { workshopWithUnits } from '../helpers/run-cli.js';

interface IdeaJson {
  no: number;
  title: string;
  status: string;
  score: number | null;
  unit: { no: number; name: string; short_name: string | null };
  proposer: { no: number | null; name: string } | null;
  form: string | null;
  kind: string | null;
  problem: string | null;
}

describe('idea add', () => {
  it('adds an idea with every field and returns it as JSON', async () => {
    const { run } = await workshopWithUnits();
    const r = await run([
      'idea', 'add', '--unit', 'disdukcapil', '--title', 'Jemput bola KTP-el untuk lansia', '--form', 'pelayanan-publik',
      '--kind', 'non-digital', '--affair', 'administrasi kependudukan', '--problem', 'Lansia sulit datang ke kantor',
      '--description', 'Petugas datang ke rumah', '--objective', 'Cakupan KTP-el lansia', '--benefit', 'Lansia terlayani',
      '--expected-result', '100% lansia ber-KTP-el', '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const idea = r.json<IdeaJson & Record<string, unknown>>();
    expect(idea).toMatchObject({
      no: 1,
      title: 'Jemput bola KTP-el untuk lansia',
      status: 'proposed',
      form: 'pelayanan-publik',
      kind: 'non-digital',
      affair: 'administrasi kependudukan',
      expected_result: '100% lansia ber-KTP-el',
      unit: { short_name: 'Disdukcapil' },
      score: null,
    });
    expect(idea).not.toHaveProperty('id');
    expect(idea.unit).toEqual({ no: 1, name: 'Dinas Kependudukan dan Pencatatan Sipil', short_name: 'Disdukcapil' });
    // A change prints the idea as `idea show` does: its criteria (none scored yet), scores and history.
    expect((idea.criteria as { name: string; mean: number | null }[]).map((c) => [c.name, c.mean])).toEqual([
      ['dampak', null],
      ['kelayakan', null],
      ['kebaruan', null],
      ['keberlanjutan', null],
    ]);
    expect(idea.scores).toEqual([]);
    const show = await run(['idea', 'show', '1', '--json']);
    expect(show.json<{ history: unknown[] }>().history).toEqual([{ from: null, to: 'proposed', at: expect.any(String) as string, note: null }]);
    expect(show.json()).toEqual(idea);
  });

  it('without a terminal requires --unit and --title (exit 2 naming the flag) and writes nothing', async () => {
    const { run } = await workshopWithUnits();
    const noUnit = await run(['idea', 'add', '--title', 'Posyandu digital']);
    expect(noUnit.code).toBe(2);
    expect(noUnit.stderr).toMatch(/^error: .*--unit/);
    const noTitle = await run(['idea', 'add', '--unit', 'Dinkes', '--no-input']);
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('--title');
    expect((await run(['idea', 'list', '--json'])).json()).toEqual([]);
  });

  it('refuses an unknown unit with exit 3, a bad form with exit 2, and writes nothing', async () => {
    const { run } = await workshopWithUnits();
    const unit = await run(['idea', 'add', '--unit', 'Dinas Pariwisata', '--title', 'X']);
    expect(unit.code).toBe(3);
    expect(unit.stderr.trim().split('\n')).toHaveLength(1);
    const form = await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'X', '--form', 'digital']);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('--form');
    expect((await run(['idea', 'list', '--json'])).json()).toEqual([]);
  });

  it('on a terminal with no flags walks through the fields', async () => {
    const { run } = await workshopWithUnits();
    const r = await run(['idea', 'add'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      answers: [
        { match: 'unit', answer: '2' },
        { match: 'Title', answer: 'Posyandu digital' },
        { match: 'Form', answer: 'pelayanan-publik' },
        { match: 'Kind', answer: 'digital' },
        { match: 'affair', answer: 'kesehatan' },
        { match: 'Problem', answer: 'Data balita tercatat di buku\n' },
        { match: 'Description', answer: 'Aplikasi pencatatan posyandu' },
        { match: 'Objective', answer: '' },
        { match: 'Benefit', answer: '' },
        { match: 'Expected', answer: '' },
        { match: 'Proposer', answer: '' },
      ],
    });
    expect(r.code, r.stderr).toBe(0);
    const [idea] = (await run(['idea', 'list', '--json'])).json<IdeaJson[]>();
    expect(idea).toMatchObject({ title: 'Posyandu digital', unit: { short_name: 'Dinkes' }, kind: 'digital', problem: 'Data balita tercatat di buku', proposer: null });
  });
});

describe('idea proposer', () => {
  it('resolves --proposer to a participant (number, NIP or name); nobody is exit 3, several exit 2, nothing written', async () => {
    const w = await workshopWithUnits();
    const store = openWorkshopFile(w.file, { command: 'test', now: () => new Date('2022-11-07T03:00:00Z') });
    store.change(() => {
      insertParticipant(store, { name: 'dr. Rini Marlina, M.Kes', nip: '197501142002122001' });
      insertParticipant(store, { name: 'Rini Astuti, S.KM' });
    });
    store.close();
    const byNip = await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital', '--proposer', '19750114 200212 2 001', '--json']);
    expect(byNip.code, byNip.stderr).toBe(0);
    expect(byNip.json()).toMatchObject({ proposer: { no: 1, name: 'dr. Rini Marlina, M.Kes' } });
    expect(byNip.json()).not.toHaveProperty('proposer_no');
    const nobody = await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Kelas ibu hamil', '--proposer', 'Siregar']);
    expect(nobody.code).toBe(3);
    const several = await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Kelas ibu hamil', '--proposer', 'rini']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Rini Astuti');
    expect((await w.run(['idea', 'list', '--json'])).json()).toHaveLength(1);
    const edited = await w.run(['idea', 'edit', '1', '--proposer', 'astuti', '--json']);
    expect(edited.json()).toMatchObject({ proposer: { no: 2, name: 'Rini Astuti, S.KM' } });
    const cleared = await w.run(['idea', 'edit', '1', '--proposer', '', '--json']);
    expect(cleared.json()).toMatchObject({ proposer: null });
  });

  it('on a terminal asks only for what the flags did not give', async () => {
    const { run } = await workshopWithUnits();
    const r = await run(['idea', 'add', '--unit', 'DPMPTSP', '--json'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      answers: [{ match: 'Title', answer: 'Izin usaha via WhatsApp' }],
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ title: 'Izin usaha via WhatsApp', unit: { short_name: 'DPMPTSP' } });
  });
});

describe('idea list filters', () => {
  it('filters by unit, status and form; sorts by unit', async () => {
    const { run } = await workshopWithUnits();
    await run(['idea', 'add', '--unit', 'DPMPTSP', '--title', 'Izin usaha via WhatsApp', '--form', 'pelayanan-publik']);
    await run(['idea', 'add', '--unit', 'Disdukcapil', '--title', 'Jemput bola KTP-el', '--form', 'pelayanan-publik']);
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Rekap stunting', '--form', 'tata-kelola']);
    await run(['idea', 'status', '2', 'dropped']);
    const titles = async (args: string[]) => (await run(['idea', 'list', ...args, '--json'])).json<IdeaJson[]>().map((i) => i.no);
    expect(await titles(['--unit', 'dinkes'])).toEqual([3]);
    expect(await titles(['--status', 'dropped'])).toEqual([2]);
    expect(await titles(['--form', 'pelayanan-publik'])).toEqual([1, 2]);
    expect(await titles(['--sort', 'unit'])).toEqual([2, 3, 1]);
    expect((await run(['idea', 'list', '--sort', 'rank'])).code).toBe(2);
    expect((await run(['idea', 'list', '--unit', 'Dispar'])).code).toBe(3);
  });
});

describe('idea status', () => {
  it('refuses implemented → proposed with exit 2 naming the allowed statuses, accepts proposed → selected; show lists only accepted changes', async () => {
    const { run } = await workshopWithUnits();
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital']);
    await run(['idea', 'add', '--unit', 'DPMPTSP', '--title', 'Izin usaha via WhatsApp']);
    expect((await run(['idea', 'status', '1', 'implemented'])).code).toBe(0);
    const back = await run(['idea', 'status', '1', 'proposed', '--note', 'salah pilih']);
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/^error: idea no\. 1 cannot go from implemented to proposed; allowed next statuses: dropped\n$/);
    const forward = await run(['idea', 'status', '2', 'selected', '--note', 'dipilih pleno', '--json']);
    expect(forward.code).toBe(0);
    expect(forward.json<IdeaJson>().status).toBe('selected');

    const one = (await run(['idea', 'show', '1', '--json'])).json<{ status: string; history: { from: string | null; to: string; note: string | null }[] }>();
    expect(one.status).toBe('implemented');
    expect(one.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'proposed', null],
      ['proposed', 'implemented', null],
    ]);
    const two = (await run(['idea', 'show', '2', '--json'])).json<{ history: { from: string | null; to: string; note: string | null }[] }>();
    expect(two.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'proposed', null],
      ['proposed', 'selected', 'dipilih pleno'],
    ]);
    const human = await run(['idea', 'show', '2']);
    expect(human.stdout).toContain('dipilih pleno');
  });

  it('drops from any status and reopens only as proposed; the same status is a no-op', async () => {
    const { run } = await workshopWithUnits();
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital']);
    expect((await run(['idea', 'status', '1', 'trial'])).code).toBe(0);
    expect((await run(['idea', 'status', '1', 'dropped', '--note', 'anggaran'])).code).toBe(0);
    const wrong = await run(['idea', 'status', '1', 'selected']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('allowed next statuses: proposed');
    expect((await run(['idea', 'status', '1', 'proposed'])).code).toBe(0);
    const same = await run(['idea', 'status', '1', 'proposed']);
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('already');
    const history = (await run(['idea', 'show', '1', '--json'])).json<{ history: { to: string }[] }>().history;
    expect(history.map((h) => h.to)).toEqual(['proposed', 'trial', 'dropped', 'proposed']);
  });

  it('an unknown idea number is exit 3; an unknown status exit 2', async () => {
    const { run } = await workshopWithUnits();
    const missing = await run(['idea', 'status', '9', 'selected']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: idea no\. 9 not found/);
    expect((await run(['idea', 'show', '9'])).code).toBe(3);
    expect((await run(['idea', 'edit', '9', '--title', 'x'])).code).toBe(3);
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital']);
    const alias = await run(['idea', 'status', '1', 'terpilih', '--json']);
    expect(alias.json<IdeaJson>().status).toBe('selected');
    const bad = await run(['idea', 'status', '1', 'approved']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('shortlisted');
  });
});

describe('idea edit', () => {
  it('changes given fields, clears with "", and moves the idea to another unit', async () => {
    const { run } = await workshopWithUnits();
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital', '--affair', 'kesehatan']);
    const r = await run(['idea', 'edit', '1', '--unit', 'DPMPTSP', '--affair', '', '--kind', 'digital', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ unit: { short_name: 'DPMPTSP' }, affair: null, kind: 'digital', title: 'Posyandu digital' });
    const none = await run(['idea', 'edit', '1']);
    expect(none.code).toBe(2);
  });
});

describe('status dashboard: ideas', () => {
  it('counts ideas per status and unit and names the units without an idea', async () => {
    const { run } = await workshopWithUnits();
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu digital']);
    await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Kelas ibu hamil keliling']);
    await run(['idea', 'add', '--unit', 'DPMPTSP', '--title', 'Izin usaha via WhatsApp']);
    await run(['idea', 'status', '1', 'selected']);
    const status = await run(['status', '--as-of', '2022-11-08', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const ideas = status.json<{ ideas: { total: number; by_status: Record<string, number>; by_unit: { unit: { short_name: string }; total: number; by_status: Record<string, number> }[]; units_without_ideas: { short_name: string }[] } }>().ideas;
    expect(ideas.total).toBe(3);
    expect(ideas.by_status).toMatchObject({ proposed: 2, selected: 1, dropped: 0 });
    expect(ideas.by_unit.map((u) => [u.unit.short_name, u.total, u.by_status.selected])).toEqual([
      ['Dinkes', 2, 1],
      ['DPMPTSP', 1, 0],
    ]);
    expect(ideas.units_without_ideas.map((u) => u.short_name)).toEqual(['Disdukcapil']);
    const human = await run(['status', '--as-of', '2022-11-08']);
    expect(human.stdout).toContain('Units with no idea yet (1): Disdukcapil');
    expect(human.stdout).toMatch(/Dinkes\t2\t1\t1/);
  });
});
