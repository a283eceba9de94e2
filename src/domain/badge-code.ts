// What a badge's QR code holds: "INNOLAB:<workshop uuid>:<participant uuid>". Both uuids are random
// (uuid v7: a timestamp and 74 random bits) and printed nowhere else, so nobody can make a working badge
// from public data (a name, a NIP, a number on a list); the workshop's uuid lets the desk tell a badge of
// another workshop from an unknown one. Copies of one workshop on several laptops share both uuids, so a
// badge printed on one scans on all. Upper case: a QR code holds it in alphanumeric mode, smaller modules
// for the same size; read back case-insensitively (a scanner with Caps Lock on types lower case).
const PREFIX = 'INNOLAB';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CODE = new RegExp(`^${PREFIX}:(${UUID}):(${UUID})$`, 'i');

export function badgeCode(workshopUuid: string, participantUuid: string): string {
  return `${PREFIX}:${workshopUuid}:${participantUuid}`.toUpperCase();
}

export type ScannedCode =
  /** One of our badges (of this workshop or another): both uuids in lower case. */
  | { kind: 'badge'; workshop: string; participant: string }
  /** Starts like a badge but is not one (a misread, a damaged print). */
  | { kind: 'damaged' }
  /** Anything else: a number, a NIP or a uuid typed or scanned from elsewhere. */
  | { kind: 'other' };

export function parseScannedCode(text: string): ScannedCode {
  const match = CODE.exec(text.trim());
  if (match)
    return {
      kind: 'badge',
      workshop: match[1]!.toLowerCase(),
      participant: match[2]!.toLowerCase(),
    };
  return text.trim().toUpperCase().startsWith(`${PREFIX}:`) ? { kind: 'damaged' } : { kind: 'other' };
}
