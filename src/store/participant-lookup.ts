// SPEC's `<who>`: from what a person typed (a number, a NIP or part of one, a badge's uuid, a name
// fragment) to the participant it means.
import { NotFoundError, UsageError } from '../errors.js';
import { normalizeNip } from '../domain/nip.js';
import { foldText } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { closestName } from './participant-identity.js';
import {
  type Participant,
  getParticipant,
  getParticipantByNip,
  getParticipantByNo,
  getParticipantByUuid,
  participantLabel,
  participantNames,
  participantsWithNipContaining,
} from './participants.js';

/**
 * Everyone a typed reference could mean, best first: the person with that number, with that NIP (or part
 * of one, six digits or more) or badge uuid; else everyone whose name contains the text (case- and
 * accent-insensitive), with an exact full-name match alone when there is one. The check-in loop shows
 * these to pick from.
 */
export function findParticipants(store: WorkshopStore, text: string): Participant[] {
  const key = text.trim();
  if (key === '') return [];
  const nip = normalizeNip(key);
  if (/^\d{1,9}$/.test(key)) {
    const byNo = getParticipantByNo(store, Number(key));
    if (byNo || key.length < 6) return byNo ? [byNo] : [];
  }
  if (/^\d{18}$/.test(nip)) {
    const byNip = getParticipantByNip(store, nip);
    return byNip ? [byNip] : [];
  }
  // Part of a NIP (six digits or more, e.g. the birth date): whoever's NIP contains it.
  if (/^\d{6,17}$/.test(nip)) {
    return participantsWithNipContaining(store, nip);
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
    const byUuid = getParticipantByUuid(store, key);
    if (byUuid) return [byUuid];
  }
  const needle = foldText(key);
  const matches = participantNames(store).filter((p) => foldText(p.name).includes(needle));
  const exact = matches.filter((p) => foldText(p.name) === needle);
  const chosen = exact.length === 1 ? exact : matches;
  return chosen.map((p) => getParticipant(store, p.id)!);
}

/**
 * SPEC's `<who>`: a number, a NIP (spaces and dots accepted) or a name fragment matching exactly one person.
 * Several matches: exit 2 listing them; none: exit 3 with a hint.
 */
export function resolveParticipant(store: WorkshopStore, who: string): Participant {
  const matches = findParticipants(store, who);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = matches.slice(0, 10).map(participantLabel);
    if (matches.length > 10) shown.push(`… (+${matches.length - 10})`);
    throw new UsageError('error.participantAmbiguous', { who: who.trim(), matches: shown.join('; ') });
  }
  const near = /\p{L}/u.test(who) ? closestName(store, who) : undefined;
  if (near) throw new NotFoundError('error.participantNotFoundDidYouMean', { who: who.trim(), match: participantLabel(near) });
  throw new NotFoundError('error.participantNotFound', { who: who.trim() });
}

