import type { Catalogue } from './types.js';

/** PDF reports (layout, attendance sheet, recap, certificates) and the `report` commands' help and messages. */
export const reportMessages = {
  // Shared layout
  'report.page': { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  'report.partner': { id: 'bekerja sama dengan {partner}', en: 'in cooperation with {partner}' },
  'report.label.date': { id: 'Hari/Tanggal', en: 'Date' },
  'report.label.venue': { id: 'Tempat', en: 'Venue' },
  'report.label.activity': { id: 'Kegiatan', en: 'Activity' },
  'report.nip': { id: 'NIP {nip}', en: 'NIP {nip}' },
  'report.unsigned': { id: '(....................................)', en: '(....................................)' },
} satisfies Catalogue;
