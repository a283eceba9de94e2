// The dashboard's attendance: during the workshop, today's desk at a glance; otherwise the totals per day.
import { table } from '../../cli/output.js';
import { dayNumber } from '../../domain/attendance.js';
import { countByStatus } from '../../store/attendance.js';
import { countRows } from '../../store/counts.js';
import { getWorkshop } from '../../store/workshop.js';
import { defineSection } from './section.js';

interface DayCounts {
  date: string;
  day: number;
  present: number;
  excused: number;
  represented: number;
  /** Registered people with no record that day ("belum hadir" while the day is running). */
  absent: number;
}

interface AttendanceStatusData {
  participants: number;
  /** Today's counts when the as-of date is a workshop day, else null. */
  today: DayCounts | null;
  days: DayCounts[];
}

export const attendance = defineSection<AttendanceStatusData>({
  key: 'attendance',
  collect(store, asOf) {
    const days = getWorkshop(store).days;
    const participants = countRows(store, 'participant');
    const perDay = days.map((date, index) => {
      const c = countByStatus(store, date);
      return { date, day: index + 1, ...c, absent: participants - c.present - c.excused - c.represented };
    });
    const todayNo = dayNumber(days, asOf);
    return { participants, today: todayNo === null ? null : perDay[todayNo - 1]!, days: perDay };
  },
  view(ctx, data) {
    const title = ctx.t('attendance.heading.status');
    if (data.today) {
      const d = data.today;
      const line = ctx.t('attendance.status.today', {
        day: ctx.t('attendance.day', { day: d.day }),
        present: d.present,
        represented: d.represented,
        excused: d.excused,
        notYet: d.absent,
        total: data.participants,
      });
      return { title, view: { lines: [line] } };
    }
    const view = table(data.days, [
      { header: ctx.t('attendance.col.day'), value: (d) => ctx.t('attendance.day', { day: d.day }) },
      { header: ctx.t('attendance.col.date'), value: (d) => d.date },
      { header: ctx.t('attendance.col.present'), value: (d) => d.present, align: 'right' },
      { header: ctx.t('attendance.col.represented'), value: (d) => d.represented, align: 'right' },
      { header: ctx.t('attendance.col.excused'), value: (d) => d.excused, align: 'right' },
      { header: ctx.t('attendance.col.absent'), value: (d) => d.absent, align: 'right' },
    ]);
    return { title, view };
  },
});
