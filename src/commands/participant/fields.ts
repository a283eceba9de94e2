// Flags shared by `participant add` and `participant edit`: parsed into typed column values, with the
// one-line errors of SPEC §2 naming the flag. An empty value ("") clears an optional field on edit.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { parseChoice } from '../../cli/parse.js';
import { checkNip } from '../../domain/nip.js';
import { PARTICIPANT_ROLES, checkEmail, checkPhone, looksLikeFormula } from '../../domain/participant.js';
import type { Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import type { Participant, ParticipantPatch } from '../../store/participants.js';
import { resolveUnit } from '../../store/units.js';
import { unitRef } from '../refs.js';

export interface FieldFlags {
  name?: string;
  nip?: string;
  position?: string;
  unit?: string;
  role?: string;
  phone?: string;
  email?: string;
}

export function addFieldOptions(command: Command, t: Translate): Command {
  return command
    .option('--name <name>', t('help.participant.opt.name'))
    .option('--nip <nip>', t('help.participant.opt.nip'))
    .option('--position <jabatan>', t('help.participant.opt.position'))
    .option('--unit <unit>', t('help.participant.opt.unit'))
    .option('--role <role>', t('help.participant.opt.role'))
    .option('--phone <phone>', t('help.participant.opt.phone'))
    .option('--email <email>', t('help.participant.opt.email'));
}

/** Validates what needs no file (NIP, e-mail, phone, role); warnings go to stderr. */
export function parseFields(ctx: Context, flags: FieldFlags): ParticipantPatch {
  const patch: ParticipantPatch = {};
  if (flags.name !== undefined) {
    const name = flags.name.trim();
    if (name === '') throw new UsageError('error.nameRequired');
    if (looksLikeFormula(name)) ctx.warn(ctx.t('warn.formulaName', { name, char: name.trimStart()[0] ?? '' }));
    patch.name = name;
  }
  if (flags.nip !== undefined) {
    if (flags.nip.trim() === '') patch.nip = null;
    else {
      const check = checkNip(flags.nip);
      if (!check.ok) throw new UsageError('error.nipInvalid', { field: '--nip', value: flags.nip, reason: ctx.t(`nip.${check.problem}`) });
      if (check.warnings.includes('appointment')) ctx.warn(ctx.t('nip.appointment', { nip: check.nip }));
      patch.nip = check.nip;
    }
  }
  if (flags.email !== undefined) {
    if (flags.email.trim() === '') patch.email = null;
    else {
      const check = checkEmail(flags.email);
      if (!check.ok) throw new UsageError('error.emailInvalid', { field: '--email', value: flags.email });
      patch.email = check.email;
    }
  }
  if (flags.phone !== undefined) {
    if (flags.phone.trim() === '') patch.phone = null;
    else {
      const check = checkPhone(flags.phone);
      if (!check.ok) throw new UsageError('error.phoneInvalid', { field: '--phone', value: flags.phone });
      patch.phone = check.phone;
    }
  }
  if (flags.role !== undefined) patch.role = parseChoice(flags.role, PARTICIPANT_ROLES, '--role');
  if (flags.position !== undefined) patch.position = flags.position.trim() || null;
  return patch;
}

/** --unit against the file: number, name, short name or unique fragment; unknown is exit 3 with a hint. */
export function resolveUnitFlag(store: WorkshopStore, patch: ParticipantPatch, unit: string | undefined): void {
  if (unit === undefined) return;
  patch.unit_id = unit.trim() === '' ? null : resolveUnit(store, unit).id;
}

/** The record as scripts see it (README "JSON output"): snake_case, no internal ids, the unit as a reference. */
export function participantJson(p: Participant): Record<string, unknown> {
  return {
    no: p.no,
    uuid: p.uuid,
    name: p.name,
    nip: p.nip,
    position: p.position,
    unit: unitRef(p.unit_no, p.unit_name, p.unit_short),
    role: p.role,
    phone: p.phone,
    email: p.email,
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}
