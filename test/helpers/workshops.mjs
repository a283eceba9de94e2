// Generates varied workshop files from the demo fixtures (units, ideas, commitments) for the roll-up and push
// tests and for bench/rollup.mjs. Plain ESM so the bench can use it without a TypeScript loader. Each file is a
// copy of one `innolab init` file filled with bulk SQL, like bench/report.mjs does: the import path has its
// own tests and benchmark, and a thousand files must be quick to make.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Ahmad', 'Siti', 'Rahmat', 'Nur', 'Budi', 'Dewi', 'Hendra', 'Rina', 'Zulkifli', 'Aisyah', 'Fauzi', 'Yusnita'];
const LAST = ['Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Panjaitan', 'Pohan', 'Tanjung', 'Daulay'];
const FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya', null];
const IDEA_STATUSES = ['proposed', 'shortlisted', 'selected', 'trial', 'implemented', 'dropped'];
const COMMITMENT_STATUSES = ['planned', 'in-progress', 'done', 'cancelled', 'planned'];

function units(fixtures) {
  const lines = readFileSync(join(fixtures, 'units.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const values = [];
    let rest = line;
    while (rest.length > 0) {
      const m = /^"((?:[^"]|"")*)"(,|$)|^([^,]*)(,|$)/.exec(rest);
      values.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[3]);
      rest = rest.slice(m[0].length);
    }
    return { name: values[0], short: values[1], kind: values[2] };
  });
}

const uuid = (kind, seed, i) => `${kind.toString(16).padStart(8, '0')}-${String(seed % 10000).padStart(4, '0')}-4000-8000-${String(i).padStart(12, '0')}`;

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes workshop number `seed` to `file` from `template` (an empty file made by `innolab init`): `people`
 * participants, ideas and commitments whose number, forms and statuses vary with the seed. Some workshops
 * write an OPD's name in capitals or leave out its short name, as real files do.
 */
export function generateWorkshop({ Database, template, file, fixtures, seed, people }) {
  copyFileSync(template, file);
  const db = new Database(file);
  const allUnits = units(fixtures);
  const ideas = JSON.parse(readFileSync(join(fixtures, 'ideas.json'), 'utf8')).ideas;
  const commitments = JSON.parse(readFileSync(join(fixtures, 'commitments.json'), 'utf8'));
  const start = `${2021 + (seed % 5)}-${String(1 + (seed % 12)).padStart(2, '0')}-${String(1 + (seed % 20)).padStart(2, '0')}`;
  const end = addDays(start, 2);
  const days = [start, addDays(start, 1), end];
  const now = `${start}T01:00:00.000Z`;
  db.transaction(() => {
    db.prepare('UPDATE workshop SET uuid = ?, title = ?, start_date = ?, end_date = ?, city = ?').run(uuid(0xabc, seed, seed), `Laboratorium Inovasi ${seed + 1}`, start, end, `Kota ${seed + 1}`);
    const unitCount = 6 + (seed % (allUnits.length - 5));
    const unitIds = [];
    const insertUnit = db.prepare('INSERT INTO unit (no, uuid, name, short_name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < unitCount; i++) {
      const u = allUnits[(i + seed) % allUnits.length];
      const name = seed % 3 === 1 ? u.name.toUpperCase() : u.name;
      const short = seed % 4 === 2 ? null : u.short;
      unitIds.push(insertUnit.run(i + 1, uuid(1, seed, i), name, short, u.kind, now, now).lastInsertRowid);
    }
    const insertPerson = db.prepare(
      `INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, email, created_at, updated_at)
       VALUES (?, ?, ?, NULL, 'Staf', ?, 'peserta', ?, ?, ?, ?)`,
    );
    const mark = db.prepare(`INSERT INTO attendance (uuid, participant_id, date, status, how, note, representative, created_at, updated_at) VALUES (?, ?, ?, ?, 'manual', ?, ?, ?, ?)`);
    let att = 0;
    for (let i = 0; i < people; i++) {
      // Every 25th person has no unit (a guest).
      const unitId = i % 25 === 24 ? null : unitIds[i % unitIds.length];
      const name = `${FIRST[(i + seed) % FIRST.length]} ${LAST[(i * 7 + seed) % LAST.length]} ${i + 1}`;
      const id = insertPerson.run(i + 1, uuid(2, seed, i), name, unitId, i % 3 === 0 ? `0812${String(i).padStart(8, '0')}` : null, i % 4 === 0 ? `p${i}@example.go.id` : null, now, now).lastInsertRowid;
      days.forEach((date, d) => {
        const k = (i + d * 3 + seed) % 10;
        if (k === 9) return;
        const status = k === 8 ? 'excused' : k === 7 ? 'represented' : 'present';
        mark.run(uuid(3, seed, att++), id, date, status, status === 'excused' ? 'tugas lain' : null, status === 'represented' ? 'Wakil' : null, now, now);
      });
    }
    const ideaCount = 3 + (seed % 17);
    const insertIdea = db.prepare(
      `INSERT INTO idea (no, uuid, unit_id, title, form, kind, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'digital', ?, ?, ?)`,
    );
    const ideaIds = [];
    for (let i = 0; i < ideaCount; i++) {
      const idea = ideas[(i + seed) % ideas.length];
      ideaIds.push(insertIdea.run(i + 1, uuid(4, seed, i), unitIds[(i * 5 + seed) % unitIds.length], `${idea.title} (${i + 1})`, FORMS[(i + seed) % FORMS.length], IDEA_STATUSES[(i * 7 + seed) % IDEA_STATUSES.length], now, now).lastInsertRowid);
    }
    const commitmentCount = 2 + (seed % 13);
    const insertCommitment = db.prepare(
      `INSERT INTO commitment (no, uuid, unit_id, idea_id, action, owner_name, due_date, status, progress, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'Kepala Bidang', ?, ?, ?, ?, ?)`,
    );
    const insertUpdate = db.prepare(`INSERT INTO commitment_update (uuid, commitment_id, date, progress, status, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < commitmentCount; i++) {
      const c = commitments[(i + seed) % commitments.length];
      const status = COMMITMENT_STATUSES[(i + seed) % COMMITMENT_STATUSES.length];
      const progress = status === 'done' ? 100 : status === 'in-progress' ? 50 : 0;
      const ideaId = i % 4 === 3 || ideaIds.length === 0 ? null : ideaIds[i % ideaIds.length];
      const id = insertCommitment.run(i + 1, uuid(5, seed, i), unitIds[(i * 3 + seed) % unitIds.length], ideaId, c.action, addDays(end, 20 + ((i * 37 + seed * 11) % 300)), status, progress, now, now).lastInsertRowid;
      if (status !== 'planned') insertUpdate.run(uuid(6, seed, i), id, addDays(end, 10 + ((i * 13 + seed) % 200)), progress, status, 'kemajuan', now);
    }
  })();
  db.close();
}
