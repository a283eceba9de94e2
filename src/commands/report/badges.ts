// Tanda pengenal: name badges with the QR code `checkin --scan` reads (reports/badges.ts draws them).
// --role, --unit and --who pick whose badges; `report badges --who 41` prints a walk-in's at the desk.
import type { Context } from '../../cli/context.js';
import { startProgress } from '../../cli/progress.js';
import { UsageError } from '../../errors.js';
import { PARTICIPANT_ROLES, parseRole } from '../../domain/participant.js';
import { parseChoice } from '../../cli/parse.js';
import type { BadgesPerPage } from '../../reports/badges.js';
import { type BadgeFilter, badgeData } from '../../store/badges.js';
import type { WorkshopStore } from '../../store/db.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { resolveUnit } from '../../store/units.js';
import { type ReportEntry, type ReportFlags, type ReportJob, type ReportWritten, type Target, reportOptions, written } from './common.js';

export const BADGES_FILE = 'tanda-pengenal.pdf';

interface BadgeChoice {
  perPage: BadgesPerPage;
  role?: string;
  unit?: string;
  who?: readonly string[];
}

export function parsePerPage(value: string | undefined): BadgesPerPage {
  const v = (value ?? '8').trim();
  if (v === '8' || v === '10') return Number(v) as BadgesPerPage;
  throw new UsageError('report.error.perPage', { value: value ?? '' });
}

function parseBadgeChoice(flags: ReportFlags): BadgeChoice {
  const who = (flags as Record<string, string | string[] | undefined>).who;
  return {
    perPage: parsePerPage(flags.perPage),
    role: flags.role,
    unit: flags.unit,
    who: typeof who === 'string' ? [who] : who,
  };
}

/** The filter for the store: names resolved to the records they mean (unknown: exit 3, ambiguous: exit 2). */
function filterOf(store: WorkshopStore, choice: BadgeChoice): BadgeFilter {
  const filter: BadgeFilter = {};
  if (choice.role !== undefined) {
    filter.role = parseRole(choice.role) ?? parseChoice(choice.role, PARTICIPANT_ROLES, '--role');
  }
  if (choice.unit !== undefined) filter.unitId = resolveUnit(store, choice.unit).id;
  if (choice.who !== undefined) filter.participantIds = choice.who.map((w) => resolveParticipant(store, w).id);
  return filter;
}

function job(choice: BadgeChoice): ReportJob {
  return {
    file: BADGES_FILE,
    produce: (ctx, store, target) => produce(ctx, store, target, choice),
  };
}

async function produce(ctx: Context, store: WorkshopStore, target: Target, choice: BadgeChoice): Promise<ReportWritten> {
  const data = badgeData(store, filterOf(store, choice));
  if (data.people.length === 0) ctx.warn(ctx.t('report.badges.noneWarning'));
  const progress = await startProgress(ctx, data.people.length, ctx.t('report.drawing'), 100);
  const { writeBadges } = await import('../../reports/badges.js');
  try {
    const result = await writeBadges(
      data,
      {
        ...reportOptions(ctx, target),
        perPage: choice.perPage,
        onRow: () => progress.tick(),
      },
      target.out,
    );
    return written('badges', target, result, {
      badges: data.people.length,
      per_page: choice.perPage,
    });
  } finally {
    progress.stop();
  }
}

export const badgesReport: ReportEntry = {
  name: 'badges',
  help: 'help.report.badges',
  file: BADGES_FILE,
  flags: [
    { flags: '--per-page <n>', help: 'help.report.badges.perPage' },
    { flags: '--role <role>', help: 'help.report.badges.role' },
    { flags: '--unit <unit>', help: 'help.report.badges.unit' },
    { flags: '--who <who...>', help: 'help.report.badges.who' },
  ],
  job: (flags) => job(parseBadgeChoice(flags)),
  jobsForAll: () => [job({ perPage: 8 })],
};
