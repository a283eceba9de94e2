// What the user can type next, for the errors the lower layers raise. The store, the importers, the reports
// and the domain only say what went wrong (src/errors.ts); advice that names a command belongs to the
// command layer, here. A hint is given the error's own parameters.
import type { Hint, InnolabError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';

const HINTS: Partial<Record<MessageKey, MessageKey>> = {
  'error.unitNotFound': 'error.unitNotFoundHint',
  'error.ideaNotFound': 'error.ideaNotFoundHint',
  'error.participantNotFound': 'error.participantNotFoundHint',
  'error.participantNotFoundDidYouMean': 'error.participantNotFoundHint',
  'error.participantAmbiguous': 'error.participantAmbiguousHint',
  'commitment.error.notFound': 'commitment.error.notFoundHint',
  'error.newerFile': 'error.newerFileHint',
  'error.damaged': 'error.damagedHint',
  'error.workshopValueDamaged': 'error.workshopValueDamagedHint',
  'error.busy': 'error.busyHint',
  'error.readOnly': 'error.readOnlyHint',
  'error.write.readOnly': 'error.write.readOnlyHint',
  'error.write.diskFull': 'error.write.diskFullHint',
  'error.csvNotUtf8': 'error.csvNotUtf8Hint',
  'merge.olderSchema': 'merge.olderSchemaHint',
  'merge.otherWorkshop': 'merge.otherWorkshopHint',
  'merge.nipConflict': 'merge.nipConflictHint',
  'unit.error.nearDuplicate': 'unit.error.nearDuplicateHint',
  'merge.otherDamaged': 'merge.otherDamagedHint',
  'outcome.templateBroken': 'outcome.templateBrokenHint',
  'attendance.error.dayOutOfRange': 'attendance.hint.dayRange',
  'attendance.error.todayNotWorkshopDay': 'attendance.hint.dayRange',
};

/** The hint a command attached, else the one this table has for the error's message. */
export function hintFor(error: InnolabError): Hint | undefined {
  if (error.hint) return error.hint;
  const key = HINTS[error.key];
  return key ? { key, params: error.params } : undefined;
}
