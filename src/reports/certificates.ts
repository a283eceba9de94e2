// Sertifikat (SPEC §5): one landscape page per participant whose attendance meets the threshold. The
// wording comes from templates/certificate.<lang>.json so an office can adapt it without touching code.
import { formatDateRange, formatDayRange } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import { translate } from '../i18n/index.js';
import type { ParticipantRole } from '../domain/participant.js';
import type { CertificateData } from '../store/report-data.js';
import { type FontName, Report, type ReportOptions, cachedImage, workshopSignature } from './layout/index.js';
import { fill } from './placeholders.js';
import { evenLines, nameTokens, whoTokens } from './token-lines.js';

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
  // In the body a date is never broken across lines ("7–9 November / 2022"): its spaces glue it into one piece.
  const dated = { dates: keepTogether(common.dates!), day_range: common.day_range!.slice(0, -common.dates!.length) + keepTogether(common.dates!) };

  if (data.people.length === 0) {
    report.font('regular', 14);
    report.textBox(report.t('report.certificates.none', { percent: options.minPercent }), report.left, report.top + 200, report.width, { align: 'center' });
  }
  const signature = workshopSignature(w, w.end_date, { second: true, captionFallback: translate(options.lang, 'report.signature.acknowledged') });
  const sigOptions = { align: 'right' as const, width: 260, space: 54 };
  data.people.forEach((p, index) => {
    if (index > 0) report.addPage();
    // {seq}: the certificate's place in print order, so numbers run without gaps into the agenda register.
    const values = { ...common, name: p.name, nip: p.nip ? formatNip(p.nip) : '', position: p.position ?? '', unit: p.unit ?? '', role: template.roles[p.role], no: String(p.no).padStart(3, '0'), seq: index + 1 };
    frame(report);
    for (const logo of w.logo_images) {
      const x = logo.slot === 2 ? report.right - 52 : report.left;
      report.doc.image(cachedImage(report, logo.data), x, report.top, { fit: [52, 52], align: 'center', valign: 'center' });
    }
    const nip = p.nip ? report.t('report.nip', { nip: formatNip(p.nip) }) : null;
    const who = [nip, p.position, p.unit].filter(Boolean).join(' · ');
    // The workshop's own numbering (`workshop set certificate.number "{seq:03}/LABINOV/{year}"`) wins over the template's.
    const number = w.certificate.number ? report.t('report.certificates.number', { number: fill(w.certificate.number, values) }) : fill(template.number, values);
    const jp = w.certificate.jp === null ? [] : [{ text: report.t('report.certificates.jp', { jp: w.certificate.jp }), font: 'serif' as const, size: 11, gap: 4 }];
    const blocks: Block[] = [
      { text: number, font: 'regular', size: 10, gap: 16 },
      { text: fill(template.given_to, values), font: 'italic', size: 12, gap: 10 },
      { text: p.name, font: 'serif-bold', size: 28, gap: 2, rule: true, inner: true, oneLineDown: 18, tokens: nameTokens(p.name), lead: 0.3 },
      { text: who, font: 'regular', size: 11, gap: 10, inner: true, tokens: whoTokens(nip, p.position, p.unit) },
      { text: values.role, font: 'serif-bold', size: 15, gap: 8 },
      bodyBlock(fill(template.body, { ...values, ...dated })),
      ...jp,
    ];
    drawPage(report, w, template, values, blocks, report.signatureHeight(signature, sigOptions));
    report.y = report.bottom - report.signatureHeight(signature, sigOptions);
    report.signature(signature, sigOptions);
    options.onRow?.();
  });
  return report.save(file);
}

/** A date's spaces made non-breaking, except around a range's " – " ("7 November – 9 December 2022"). */
function keepTogether(date: string): string {
  return date
    .split(' – ')
    .map((part) => part.replaceAll(' ', GLUE))
    .join(' – ');
}

const GLUE = '\u00a0';

/**
 * The body: wrapped at its spaces into lines of even length, a glued piece (the date) kept on one line and
 * printed with plain spaces. A template's own line breaks are kept (then the date may break as before).
 */
function bodyBlock(text: string): Block {
  if (text.includes('\n')) return { text: text.replaceAll(GLUE, ' '), font: 'serif', size: 12, gap: 4, inner: true };
  const tokens = text.split(/ +/).filter(Boolean).map((t) => t.replaceAll(GLUE, ' '));
  return { text: tokens.join(' '), font: 'serif', size: 12, gap: 4, inner: true, tokens };
}

/** A text block of the certificate: wrapped at spaces (never at a dash: "7–9 November" stays whole). */
interface Block {
  text: string;
  font: FontName;
  size: number;
  /** Points below the block. */
  gap: number;
  /** Narrower than the page, and the only blocks that shrink when the page is full (the name, who they are, the body). */
  inner?: boolean;
  /** A rule under the block (the name). */
  rule?: boolean;
  /** Shrink to one line down to this size before wrapping (the name). */
  oneLineDown?: number;
  /** Pieces never split between lines (a degree group, "Daerah 5"), wrapped into lines of even length. */
  tokens?: string[];
  /** How far the other long blocks shrink before this one starts to (the name: to 70%). */
  lead?: number;
}

/**
 * The certificate's text between the heading and the signature, always on one page. The kop, the heading,
 * the number, "diberikan kepada" and the role keep their size on every certificate of a stack; when the
 * page is full only the long blocks (name, who, body) shrink. Only text that cannot fit even so (hundreds of
 * characters in every field) shrinks the rest as well.
 */
function drawPage(report: Report, w: CertificateData['workshop'], template: CertificateTemplate, values: Record<string, string | number>, blocks: Block[], signatureHeight: number): void {
  const doc = report.doc;
  const { left, width } = report;
  const inner = width - 120;
  const top = report.top + 22;
  const floor = report.bottom - signatureHeight;
  const layout = (shrink: number, all: number) => {
    let height = 0;
    const laid = blocks.map((b) => {
      const room = b.inner ? inner : width;
      const scale = b.inner ? Math.min(1, shrink + (b.lead ?? 0)) * all : all;
      let size = b.size * scale;
      report.font(b.font, size);
      if (b.oneLineDown !== undefined) while (size > b.oneLineDown * scale && report.widthOf(b.text) > room) report.font(b.font, (size -= 1));
      const lines = b.text === '' ? [] : b.tokens ? evenLines(report, b.tokens, room) : report.wrapLines(b.text, room);
      const lh = doc.currentLineHeight(true);
      height += lines.length * lh + b.gap * scale + (b.rule ? 6 * scale : 0);
      return { b, size, lines, lh, room, scale };
    });
    return { laid, height };
  };
  // Organizer, partner and the heading on top, as the office prints them.
  const headerHeight = (scale: number): number => {
    let h = 0;
    if (w.organizer) h += 12 * 1.25 * scale * Math.max(1, Math.ceil(report.font('bold', 12 * scale).widthOf(w.organizer.toUpperCase()) / width));
    if (w.partner) h += 10 * 1.25 * scale + 1;
    return h + 22 * scale + 44 * scale;
  };
  const fits = (plan: { height: number }, all: number) => top + headerHeight(all) + plan.height <= floor;
  let shrink = 1;
  let all = 1;
  let plan = layout(shrink, all);
  while (shrink > 0.3 && !fits(plan, all)) plan = layout((shrink -= 0.05), all);
  while (all > 0.3 && !fits(plan, all)) plan = layout(shrink, (all -= 0.05));
  let y = all === 1 ? report.organizerLines(w, top, 12) : organizerSmall(report, w, top, all);
  y += 22 * all;
  report.font('serif-bold', 34 * all);
  doc.fillColor(ACCENT);
  const heading = fill(template.heading, values);
  const spacing = 6 * all;
  const headingWidth = report.widthOf(heading) + spacing * heading.length;
  doc.text(heading, left + Math.max(0, (width - headingWidth) / 2), y, { characterSpacing: spacing, lineBreak: false });
  doc.fillColor('black');
  y += 44 * all;
  for (const { b, size, lines, lh, room, scale } of plan.laid) {
    report.font(b.font, size);
    const x = left + (width - room) / 2;
    for (const line of lines) {
      report.line(line, x, y, room, 'center');
      y += lh;
    }
    if (b.rule) {
      const ruleHalf = Math.max(160, Math.min(room, Math.max(0, ...lines.map((l) => report.widthOf(l)))) / 2 + 20);
      y += 2;
      doc.lineWidth(0.8).strokeColor(ACCENT).moveTo(left + width / 2 - ruleHalf, y).lineTo(left + width / 2 + ruleHalf, y).stroke();
      y += 4 * scale;
    }
    y += b.gap * scale;
  }
}

/** Organizer and partner at a smaller size, for a certificate whose text must shrink to fit its page. */
function organizerSmall(report: Report, w: CertificateData['workshop'], y: number, scale: number): number {
  if (w.organizer) {
    report.font('bold', 12 * scale);
    for (const line of report.wrapLines(w.organizer.toUpperCase(), report.width)) {
      report.line(line, report.left, y, report.width, 'center');
      y += report.doc.currentLineHeight(true);
    }
  }
  if (w.partner) {
    report.font('regular', 10 * scale);
    const text = report.t('report.partner', { partner: w.partner });
    for (const line of report.wrapLines(text, report.width)) {
      report.line(line, report.left, y + 1, report.width, 'center');
      y += report.doc.currentLineHeight(true);
    }
  }
  return y;
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
