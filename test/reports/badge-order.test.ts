// Badges come off the printer in the order of the daftar hadir the desk checks them against: the office's
// unit order (as set with `unit move`), then names without their titles; people without a unit last.
import { describe, expect, it } from 'vitest';
import { openWorkshopFile } from '../../src/store/db.js';
import { badgeData } from '../../src/store/badges.js';
import { recapData } from '../../src/store/report-data.js';
import { newWorkshop } from '../helpers/run-cli.js';

describe('the order of badges', () => {
  it('is the daftar hadir order, also after a unit is moved', async () => {
    const w = await newWorkshop();
    const ok = async (argv: string[]) => expect((await w.run(argv)).code, argv.join(' ')).toBe(0);
    await ok(['unit', 'add', 'Bappeda']);
    await ok(['unit', 'add', 'Dinas Sosial']);
    await ok(['unit', 'add', 'Inspektorat']);
    for (const [name, unit] of [
      ['Zul Abdiman', 'Bappeda'],
      ['Drs. H. Ahmad Yani', 'Bappeda'],
      ['Budi Santoso, S.T.', 'Dinas Sosial'],
      ['Andi Lubis', 'Inspektorat'],
      ['Rina Siregar', 'Dinas Sosial'],
    ]) await ok(['participant', 'add', '--name', name!, '--unit', unit!]);
    await ok(['participant', 'add', '--name', 'Tamu Tanpa Unit']);
    await ok(['unit', 'move', 'Inspektorat', '1']);

    const store = openWorkshopFile(w.file, { command: 'test', now: () => new Date() });
    try {
      const badges = badgeData(store).people.map((p) => p.name);
      expect(badges).toEqual(['Andi Lubis', 'Drs. H. Ahmad Yani', 'Zul Abdiman', 'Budi Santoso, S.T.', 'Rina Siregar', 'Tamu Tanpa Unit']);
      expect(badges).toEqual(recapData(store).summary.participants.map((p) => p.name));
    } finally {
      store.close();
    }
  });
});
