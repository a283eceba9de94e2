// The sample workshop's 40 participants: heads and secretaries of the OPDs, the regional innovation team as
// committee and facilitator, and LAN RI's resource persons. Loaded through `participant import` itself so
// the demo exercises the same path as a secretary's spreadsheet (header synonyms, quoted names with commas,
// NIPs with spaces, a unit created for LAN RI).
import { join } from 'node:path';
import { importParticipantFile } from '../participant/import.js';
import type { DemoStep } from './steps.js';

const participants: DemoStep = {
  name: 'participants',
  async run({ ctx, store, fixtures }) {
    const result = await importParticipantFile(ctx, store, join(fixtures, 'participants.csv'), {});
    if (result.invalid.length > 0) throw new Error(`fixtures/participants.csv has invalid rows: ${JSON.stringify(result.invalid)}`);
  },
};

export const steps: DemoStep[] = [participants];
