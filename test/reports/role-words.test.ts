// One English word per role in every report (issue #14 page review: the badge said RESOURCE PERSON, the
// certificate Speaker; the committee was COMMITTEE, Organizing Committee and organising staff), and one
// spelling (British, -ise) in the English report wording.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../src/domain/participant.js';
import { type MessageKey, allMessages, translate } from '../../src/i18n/index.js';

const TERMS: Record<ParticipantRole, string> = { peserta: 'participant', narasumber: 'speaker', fasilitator: 'facilitator', panitia: 'committee' };
const template = (name: string) => JSON.parse(readFileSync(new URL(`../../templates/${name}.en.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
/** Every string in a template, its {placeholders} taken out. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value.replace(/\{\w+\}/g, '')] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

test('each role has one English term: badge band, certificate, attendance sheet and outcome report', () => {
  const certificate = template('certificate') as { roles: Record<ParticipantRole, string> };
  for (const role of PARTICIPANT_ROLES) {
    const term = TERMS[role];
    expect(translate('en', `role.${role}` as MessageKey), role).toBe(term);
    expect(certificate.roles[role].toLowerCase(), role).toContain(term);
    if (role !== 'peserta') expect(translate('en', `report.attendance.role.${role}` as MessageKey).toLowerCase(), role).toContain(term);
  }
  const outcome = strings(template('outcome')).join('\n');
  expect(outcome).toContain('speakers, facilitators and committee members');
  const english = [...strings(template('certificate')), ...strings(template('outcome')), ...Object.entries(allMessages()).filter(([key]) => key.startsWith('report.') || key.startsWith('role.')).map(([, m]) => m.en)].join('\n');
  for (const other of [/resource person/i, /organi[sz]ing (staff|committee)/i]) expect(english).not.toMatch(other);
});

test('the English report wording spells -ise, not -ize', () => {
  const english = [...strings(template('certificate')), ...strings(template('outcome')), ...Object.entries(allMessages()).filter(([key]) => key.startsWith('report.') || key.startsWith('role.')).map(([, m]) => m.en)].join('\n');
  expect(english.match(/\b\w+iz(e|es|ed|ing|ation|ations)\b/gi)?.filter((word) => !/^(size|sizes|seize)$/i.test(word)) ?? []).toEqual([]);
});
