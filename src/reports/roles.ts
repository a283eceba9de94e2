// The roles a report lists apart from the peserta, in the order the daftar hadir, the recap and the outcome
// report's Lampiran print them.
import type { ParticipantRole } from '../domain/participant.js';

export type OtherRole = Exclude<ParticipantRole, 'peserta'>;
export const OTHER_ROLES: readonly OtherRole[] = ['narasumber', 'fasilitator', 'panitia'];

/** The peserta (someone without a role is one), and the people of each other role that has any, in order. */
export function byRole<P extends { role?: ParticipantRole }>(people: readonly P[]): { peserta: P[]; others: Array<{ role: OtherRole; people: P[] }> } {
  const peserta = people.filter((p) => (p.role ?? 'peserta') === 'peserta');
  const others = OTHER_ROLES.map((role) => ({ role, people: people.filter((p) => p.role === role) })).filter((g) => g.people.length > 0);
  return { peserta, others };
}
