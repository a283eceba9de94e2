// Sertifikat (SPEC §5): one landscape page per participant whose attendance meets the threshold. The
// wording comes from templates/certificate.<lang>.json so an office can adapt it without touching code.
import { formatDateRange, formatDayRange } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import { translate } from '../i18n/index.js';
import type { ParticipantRole } from '../domain/participant.js';
import type { CertificateData } from '../store/report-data.js';
import { Report, type ReportOptions } from './layout/index.js';
import { fill } from './placeholders.js';

/** The certificate's wording; `{placeholders}` are filled per person (see the template's _comment). */
export interface CertificateTemplate {
  heading: string;
  /** Empty: no number printed. */
  number: string;
  given_to: string;
  roles: Record<ParticipantRole, string>;
  /** Inserted as {with_partner} when the workshop has a partner. */
  with_partner: string;
  body: string;
}

const ACCENT = '#1f3b63';

export async function writeCertificates(
  data: CertificateData,
  template: CertificateTemplate,
  options: ReportOptions & { minPercent: number; onRow?: () => void },
  file: string,
): Promise<{ file: string; pages: number }> {
  const w = data.workshop;
  const title = translate(options.lang, 'report.certificates.title');
  const report = await Report.create(options, { title: `${title} — ${w.title}`, author: w.organizer ?? undefined, orientation: 'landscape', margins: { top: 40, bottom: 62, left: 50, right: 50 }, pageNumbers: false });
  const doc = report.doc;
  const lang = options.lang;
  const common: Record<string, string> = {
    title: w.title,
    organizer: w.organizer ?? '',
    partner: w.partner ?? '',
    venue: w.venue ?? '',
    city: w.city ?? '',
    dates: formatDateRange(w.start_date, w.end_date, lang),
    day_range: formatDayRange(w.start_date, w.end_date, lang),
    days: String(w.days.length),
    year: w.start_date.slice(0, 4),
  };
  common.with_partner = w.partner ? fill(template.with_partner, common) : '';

  if (data.people.length === 0) {
    report.font('regular', 14);
    report.textBox(report.t('report.certificates.none', { percent: options.minPercent }), report.left, report.top + 200, report.width, { align: 'center' });
  }
  data.people.forEach((p, index) => {
    if (index > 0) report.addPage();
    const values = { ...common, name: p.name, nip: p.nip ? formatNip(p.nip) : '', position: p.position ?? '', unit: p.unit ?? '', role: template.roles[p.role], no: String(p.no).padStart(3, '0') };
    frame(report);
    const { left, width } = report;
    const inner = width - 120;
    let y = report.organizerLines(w, report.top + 22, 12);
    y += 22;
    report.font('serif-bold', 34);
    doc.fillColor(ACCENT);
    doc.text(fill(template.heading, values), left, y, { width, align: 'center', characterSpacing: 6, lineBreak: false });
    doc.fillColor('black');
    y += 44;
    if (template.number) {
      report.font('regular', 10);
      report.textBox(fill(template.number, values), left, y, width, { align: 'center' });
      y = doc.y;
    }
    y += 16;
    report.font('italic', 12);
    report.textBox(fill(template.given_to, values), left, y, width, { align: 'center' });
    y = doc.y + 10;
    // The name on one line when it fits at any size down to 18 pt, else wrapped at 18 pt.
    let size = 28;
    report.font('serif-bold', size);
    while (size > 18 && doc.widthOfString(p.name) > inner) report.font('serif-bold', --size);
    const ruleHalf = Math.max(160, Math.min(inner, doc.widthOfString(p.name)) / 2 + 20);
    report.textBox(p.name, left + 60, y, inner, { align: 'center' });
    y = doc.y + 2;
    doc.lineWidth(0.8).strokeColor(ACCENT).moveTo(left + width / 2 - ruleHalf, y).lineTo(left + width / 2 + ruleHalf, y).stroke();
    y += 6;
    report.font('regular', 11);
    const who = [p.nip ? report.t('report.nip', { nip: formatNip(p.nip) }) : null, p.position, p.unit].filter(Boolean).join(' · ');
    if (who) {
      report.textBox(who, left + 60, y, inner, { align: 'center' });
      y = doc.y;
    }
    y += 10;
    report.font('serif-bold', 15);
    report.textBox(values.role, left, y, width, { align: 'center' });
    y = doc.y + 8;
    report.font('serif', 12);
    report.textBox(fill(template.body, values), left + 60, y, inner, { align: 'center' });
    report.y = Math.max(doc.y + 4, report.bottom - 150);
    report.signature({ place: w.city, date: w.end_date, position: w.signatory.position, name: w.signatory.name, nip: w.signatory.nip }, { align: 'right', width: 260, space: 54 });
    options.onRow?.();
  });
  return report.save(file);
}

/** A double border in the accent colour, inside the margins. */
function frame(report: Report): void {
  const doc = report.doc;
  const { width, height } = doc.page;
  doc.save();
  doc.lineWidth(3).strokeColor(ACCENT).rect(18, 18, width - 36, height - 36).stroke();
  doc.lineWidth(0.8).rect(25, 25, width - 50, height - 50).stroke();
  doc.restore();
}
