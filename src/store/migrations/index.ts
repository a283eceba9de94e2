import { initial } from './001-initial.js';
import { lookupIndexes } from './002-lookup-indexes.js';
import { participantIndexes } from './003-participant-indexes.js';
import { participantEmailIndex } from './004-participant-email-index.js';
import { identityAndTombstones } from './005-identity-and-tombstones.js';
import { letterhead } from './006-letterhead.js';
import type { Migration } from './migration.js';

/** Every step, in order (see migration.ts): a file's schema version is how many of them it has run. */
export const migrations: readonly Migration[] = [initial, lookupIndexes, participantIndexes, participantEmailIndex, identityAndTombstones, letterhead];

export const SCHEMA_VERSION = migrations.length;
