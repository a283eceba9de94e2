import type { Catalogue } from './types.js';

/** Keeping the file safe: `innolab backup`. */
export const opsMessages = {
  'help.backup': {
    id: 'salin berkas lokakarya secara utuh, juga saat sedang dipakai',
    en: 'write a consistent copy of the workshop file, even while it is in use',
  },
  'help.backup.dest': { id: 'berkas salinan yang ditulis, mis. cadangan/hari-2.innolab', en: 'the copy to write, e.g. backups/day-2.innolab' },
  'backup.written': { id: 'Cadangan ditulis: {file} ({bytes} bita)', en: 'Backup written: {file} ({bytes} bytes)' },
  'backup.exists': { id: 'berkas {file} sudah ada; tidak ada yang diubah', en: 'file {file} already exists; nothing was changed' },
  'backup.existsHint': { id: 'tambahkan --yes untuk menimpanya, atau pilih nama lain', en: 'pass --yes to overwrite it, or choose another name' },
  'backup.sameFile': {
    id: 'salinan tidak boleh ditulis ke berkas lokakarya itu sendiri ({file})',
    en: 'the copy cannot be written over the workshop file itself ({file})',
  },
  'backup.ownFile': {
    id: 'salinan tidak boleh ditulis ke berkas pendamping lokakarya ({file}): SQLite memakainya untuk {workshop}',
    en: 'the copy cannot be written over a companion file of the workshop ({file}): SQLite uses it for {workshop}',
  },
  'backup.isDirectory': { id: '{file} adalah folder; sebutkan nama berkas salinan', en: '{file} is a folder; name the file to write' },
  'backup.isDirectoryHint': { id: 'mis. {innolab} backup {file}', en: 'e.g. {innolab} backup {file}' },
  'backup.noFolder': {
    id: 'folder {folder} tidak ada; buat dulu (mkdir -p {folder})',
    en: 'folder {folder} does not exist; create it first (mkdir -p {folder})',
  },
} satisfies Catalogue;
