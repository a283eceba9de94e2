import type { Catalogue } from './types.js';

/** Corrections (issue 13): unit edit|remove|merge, commitment edit, idea remove, criteria remove, score --clear. */
export const correctionMessages = {
  // Help
  'help.unit.edit': { id: 'ubah nama, singkatan, jenis unit, atau tandai sebagai mitra/panitia', en: "change a unit's name, short name, kind, or mark it as partner/committee" },
  'help.unit.ref': { id: 'unit: nomor, nama, atau singkatan', en: 'the unit: its number, name or short name' },
  'help.unit.edit.name': { id: 'nama baru', en: 'the new name' },
  'help.unit.partner': {
    id: 'mitra (mis. LAN RI) atau panitia, bukan OPD: tidak dihitung di status dan daftar kelengkapan',
    en: 'a partner (e.g. LAN RI) or the committee, not an OPD: left out of status and completeness lists',
  },
  'help.unit.noPartner': { id: 'bukan mitra/panitia lagi (OPD biasa)', en: 'no longer a partner/committee (an ordinary OPD)' },
  'help.unit.remove': { id: 'hapus unit yang salah didaftarkan (ditolak selama masih dipakai)', en: 'remove a unit registered by mistake (refused while in use)' },
  'help.unit.merge': { id: 'gabungkan unit ganda ke unit yang benar (peserta, ide, RTL ikut pindah)', en: 'fold a near-duplicate unit into the right one (people, ideas, commitments move)' },
  'help.unit.merge.from': { id: 'unit ganda yang dihapus', en: 'the duplicate unit, removed' },
  'help.unit.merge.into': { id: 'unit yang benar, yang tetap', en: 'the right unit, kept' },
  'help.unit.createUnits': { id: 'buat unit baru walaupun namanya mirip unit yang ada', en: 'create new units even when their names are close to existing ones' },
  'help.unit.mapUnit': { id: '"Nama di berkas=Unit" : baca unit seperti unit yang ada (boleh berulang)', en: '"Name in file=Unit": read a unit as an existing one (repeatable)' },
  'help.idea.remove': { id: 'hapus ide (skor dan riwayatnya ikut; RTL tetap, tanpa ide)', en: 'remove an idea (its scores and history go; commitments stay, without the idea)' },
  'help.idea.score.clear': { id: 'tarik semua skor satu penilai (--by) untuk ide ini', en: "withdraw one scorer's (--by) scores of this idea" },
  'help.criteria.remove': { id: 'hapus kriteria (skor kriteria itu ikut terhapus)', en: 'remove a criterion (its scores go with it)' },
  'help.criteria.name': { id: 'nama kriteria', en: 'the criterion' },
  'help.commitment.edit': { id: 'perbaiki kegiatan, keluaran, indikator, tenggat, PIC, unit atau ide suatu RTL', en: "correct a commitment's action, output, indicator, due date, PIC, unit or idea" },

  // Messages
  'unit.edited': { id: 'Unit diubah: {no}. {name} ({fields})', en: 'Unit updated: {no}. {name} ({fields})' },
  'unit.unchanged': { id: 'Unit {no}. {name}: tidak ada yang berubah', en: 'Unit {no}. {name}: nothing changed' },
  'unit.removeWhat': { id: 'Unit {no}. {name} akan dihapus.', en: 'Unit {no}. {name} will be removed.' },
  'unit.removeQuestion': { id: 'Hapus unit {no}. {name}?', en: 'Remove unit {no}. {name}?' },
  'unit.removed': { id: 'Unit dihapus: {no}. {name}', en: 'Unit removed: {no}. {name}' },
  'unit.error.inUse': {
    id: 'unit "{name}" masih dipakai: {participants} peserta, {ideas} ide, {commitments} RTL; pindahkan dulu (unit merge) atau ubah mereka',
    en: 'unit "{name}" is still in use: {participants} participants, {ideas} ideas, {commitments} commitments; move them first (unit merge) or change them',
  },
  'unit.error.mergeSelf': { id: 'unit "{name}" tidak bisa digabung dengan dirinya sendiri', en: 'unit "{name}" cannot be merged into itself' },
  'unit.mergeWhat': { id: 'Unit {from} akan digabung ke {into} lalu dihapus.', en: 'Unit {from} will be folded into {into} and removed.' },
  'unit.mergeQuestion': { id: 'Gabungkan {from} ke {into}?', en: 'Merge {from} into {into}?' },
  'unit.merged': {
    id: 'Unit {from} digabung ke {into}: {participants} peserta, {ideas} ide, {commitments} RTL dipindahkan',
    en: 'Unit {from} merged into {into}: {participants} participants, {ideas} ideas, {commitments} commitments moved',
  },
  'unit.error.nearDuplicate': {
    id: 'unit "{name}" di berkas mirip unit yang ada: {match}; tidak ada yang diimpor',
    en: 'unit "{name}" in the file is close to an existing unit: {match}; nothing was imported',
  },
  'unit.error.nearDuplicateHint': {
    id: 'pakai --map-unit "{name}={match}" bila sama, atau --create-units untuk membuatnya sebagai unit baru',
    en: 'pass --map-unit "{name}={match}" if it is that unit, or --create-units to create it as a new one',
  },
  'unit.error.mapUnit': { id: '--map-unit "{value}": tulis "Nama di berkas=Unit"', en: '--map-unit "{value}": write "Name in file=Unit"' },
  'unit.warn.nearDuplicate': { id: 'unit "{name}" mirip {match}; mungkin maksudnya itu?', en: 'unit "{name}" is close to {match}; did you mean it?' },
  'idea.removeWhat': { id: 'Ide {no}. {title} akan dihapus bersama skor dan riwayat statusnya.', en: 'Idea {no}. {title} will be removed with its scores and status history.' },
  'idea.removeQuestion': { id: 'Hapus ide {no}?', en: 'Remove idea {no}?' },
  'idea.removed': { id: 'Ide dihapus: {no}. {title}', en: 'Idea removed: {no}. {title}' },
  'idea.scoresCleared': { id: 'Skor {by} untuk ide {no} ditarik ({count})', en: "{by}'s scores of idea {no} withdrawn ({count})" },
  'idea.error.clearNeedsBy': { id: '--clear butuh --by <penilai>', en: '--clear needs --by <scorer>' },
  'idea.error.clearWithScores': { id: '--clear tidak bisa digabung dengan skor baru', en: '--clear cannot be combined with new scores' },
  'idea.error.noScoresBy': { id: 'tidak ada skor dari "{by}" untuk ide {no}', en: 'no scores by "{by}" for idea {no}' },
  'criteria.removed': { id: 'Kriteria dihapus: {name} ({scores} skor ikut terhapus)', en: 'Criterion removed: {name} ({scores} scores removed with it)' },
  'criteria.removeWhat': { id: 'Kriteria {name} akan dihapus bersama {scores} skornya.', en: 'Criterion {name} will be removed with its {scores} scores.' },
  'criteria.removeQuestion': { id: 'Hapus kriteria {name}?', en: 'Remove criterion {name}?' },
  'criteria.error.notFound': { id: 'kriteria "{name}" tidak ada', en: 'no criterion "{name}"' },
  'commitment.edited': { id: 'RTL {no} diubah ({fields})', en: 'Commitment {no} updated ({fields})' },
  'commitment.editUnchanged': { id: 'RTL {no}: tidak ada yang berubah', en: 'Commitment {no}: nothing changed' },

  // Examples
  'help.examples.unit.edit': {
    id: ['# Perbaiki salah ketik nama unit', '{innolab} unit edit "Dinas Kesehatn" --name "Dinas Kesehatan"', '# LAN RI adalah mitra, bukan OPD', '{innolab} unit edit "LAN RI" --partner'].join('\n'),
    en: ["# Fix a typo in a unit's name", '{innolab} unit edit "Dinas Kesehatn" --name "Dinas Kesehatan"', '# LAN RI is a partner, not an OPD', '{innolab} unit edit "LAN RI" --partner'].join('\n'),
  },
  'help.examples.unit.remove': {
    id: ['# Hapus unit yang salah didaftarkan (tanpa ditanya)', '{innolab} unit remove 23 -y'].join('\n'),
    en: ['# Remove a unit registered by mistake (without asking)', '{innolab} unit remove 23 -y'].join('\n'),
  },
  'help.examples.unit.merge': {
    id: ['# "Dinkes Kota" dari impor adalah Dinkes', '{innolab} unit merge "Dinkes Kota" Dinkes -y'].join('\n'),
    en: ['# "Dinkes Kota" from an import is Dinkes', '{innolab} unit merge "Dinkes Kota" Dinkes -y'].join('\n'),
  },
  'help.examples.idea.remove': {
    id: ['# Hapus ide yang tercatat dua kali', '{innolab} idea remove 12 -y'].join('\n'),
    en: ['# Remove an idea entered twice', '{innolab} idea remove 12 -y'].join('\n'),
  },
  'help.examples.criteria.remove': {
    id: ['# Hapus kriteria yang tidak dipakai', '{innolab} criteria remove kebaruan -y'].join('\n'),
    en: ['# Remove a criterion not used', '{innolab} criteria remove kebaruan -y'].join('\n'),
  },
  'help.examples.commitment.edit': {
    id: ['# Perbaiki tenggat dan PIC suatu RTL', '{innolab} commitment edit 3 --due 2023-03-31 --owner "Rina Marpaung"', '# Lepaskan dari idenya', '{innolab} commitment edit 3 --idea ""'].join('\n'),
    en: ["# Correct a commitment's due date and PIC", '{innolab} commitment edit 3 --due 2023-03-31 --owner "Rina Marpaung"', '# Detach it from its idea', '{innolab} commitment edit 3 --idea ""'].join('\n'),
  },
} satisfies Catalogue;
