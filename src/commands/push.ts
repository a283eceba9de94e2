// `innolab push <file|folder>… --to <postgres url>`: copies workshops into a PostgreSQL warehouse that innolab
// migrates itself (store/postgres/), for dashboards (Metabase, Grafana) and plain SQL. The files are read
// read-only, one at a time; each workshop is one transaction on the server.
import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { type Answer, emit, table } from '../cli/output.js';
import { FileError, UsageError } from '../errors.js';
import { maskEmail, maskNip, maskPhone } from '../export/tables.js';
import type { Translate } from '../i18n/index.js';
import { normaliseUnitName } from '../domain/rollup.js';
import { type Row, type WorkshopRows, readWorkshopRows } from '../store/push-rows.js';
import { SkippedFile } from '../store/rollup.js';
import { type SkippedEntry, listFiles, reasonText, skippedOf } from './rollup/collect.js';

export interface PushOptions {
  paths: string[];
  to?: string;
  includeContacts: boolean;
  redact: boolean;
}

interface PushedWorkshop {
  file: string;
  uuid: string;
  title: string;
  changed: number;
  tables: Record<string, { inserted: number; updated: number; deleted: number }>;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('push')
    .description(t('help.push'))
    .argument('<paths...>', t('help.push.paths'))
    .option('--to <url>', t('help.push.to'))
    .option('--include-contacts', t('help.push.includeContacts'))
    .option('--redact', t('help.push.redact'))
    .action(async (paths: string[], opts: { to?: string; includeContacts?: boolean; redact?: boolean }) => {
      const { answer, skipped } = await runPush(ctx, { paths, to: opts.to, includeContacts: Boolean(opts.includeContacts), redact: Boolean(opts.redact) });
      await emit(ctx, answer);
      if (skipped > 0) throw new FileError('rollup.error.skippedFiles', { count: skipped });
    });
}

/** "Drs. H. Zul Abdiman, M.Si" → "D. H. Z. A., M.": initials are enough to read a dashboard, not to identify. */
export function maskName(name: string): string {
  return name.replace(/(\p{L})[\p{L}'’-]*/gu, '$1.').replace(/\.\./g, '.');
}

/** What leaves the laptop (UU 27/2022): contacts only when asked, names and NIPs masked with --redact. */
function personalData(rows: WorkshopRows, opts: PushOptions): WorkshopRows {
  const name = (v: string | number | null) => (opts.redact && typeof v === 'string' ? maskName(v) : v);
  const person = (p: Row): Row => ({
    ...p,
    name: name(p.name ?? null),
    nip: opts.redact && typeof p.nip === 'string' ? maskNip(p.nip) : (p.nip ?? null),
    phone: !opts.includeContacts || typeof p.phone !== 'string' ? null : opts.redact ? maskPhone(p.phone) : p.phone,
    email: !opts.includeContacts || typeof p.email !== 'string' ? null : opts.redact ? maskEmail(p.email) : p.email,
  });
  if (!opts.redact && opts.includeContacts) return rows;
  return {
    ...rows,
    participant: rows.participant.map(person),
    attendance: opts.redact ? rows.attendance.map((a) => ({ ...a, representative: name(a.representative ?? null) })) : rows.attendance,
    idea: opts.redact ? rows.idea.map((i) => ({ ...i, proposer_name: name(i.proposer_name ?? null) })) : rows.idea,
    commitment: opts.redact ? rows.commitment.map((c) => ({ ...c, owner_name: name(c.owner_name ?? null) })) : rows.commitment,
  };
}

export async function runPush(ctx: Context, opts: PushOptions): Promise<{ answer: Answer; skipped: number }> {
  const env = ctx.env;
  const url = opts.to ?? env.INNOLAB_DATABASE_URL;
  if (url === undefined && env.PGHOST === undefined && env.PGDATABASE === undefined) throw new UsageError('push.error.noServer');
  const files = listFiles(opts.paths, ctx.io.cwd);
  const { connect } = await import('../store/postgres/client.js');
  const { migrateWarehouse } = await import('../store/postgres/migrations.js');
  const { pushWorkshop } = await import('../store/postgres/push.js');
  const connection = await connect(url, env);
  const pushed: PushedWorkshop[] = [];
  const skipped: SkippedEntry[] = [];
  let version: number;
  try {
    version = await migrateWarehouse(connection.client);
    for (const file of files) {
      let rows: WorkshopRows;
      try {
        rows = readWorkshopRows(file);
      } catch (error) {
        if (!(error instanceof SkippedFile)) throw error;
        const entry = skippedOf(file, error);
        skipped.push(entry);
        ctx.warn(ctx.t('rollup.skipped', { file, reason: reasonText(ctx, entry) }));
        continue;
      }
      const tables = await pushWorkshop(connection.client, personalData(rows, opts), normaliseUnitName);
      const changed = Object.values(tables).reduce((n, c) => n + c.inserted + c.updated + c.deleted, 0);
      pushed.push({ file, uuid: String(rows.workshop.uuid), title: String(rows.workshop.title), changed, tables });
    }
  } catch (error) {
    if (error instanceof FileError || error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    if (code !== undefined && /^([0-9A-Z]{5}|E[A-Z]+)$/.test(code)) throw new FileError('push.error.server', { server: connection.label, reason: `${code} ${(error as Error).message}` });
    throw error;
  } finally {
    await connection.close();
  }
  const rowsChanged = pushed.reduce((n, w) => n + w.changed, 0);
  const json = { server: connection.label, schema_version: version, workshops: pushed, skipped, rows_changed: rowsChanged, include_contacts: opts.includeContacts, redacted: opts.redact };
  const view = table(pushed, [
    { header: ctx.t('push.col.workshop'), value: (w) => w.title },
    { header: ctx.t('push.col.inserted'), value: (w) => sum(w, 'inserted'), align: 'right' },
    { header: ctx.t('push.col.updated'), value: (w) => sum(w, 'updated'), align: 'right' },
    { header: ctx.t('push.col.deleted'), value: (w) => sum(w, 'deleted'), align: 'right' },
  ]);
  return { answer: { json, view, message: ctx.t('push.done', { count: pushed.length, rows: rowsChanged, server: connection.label }) }, skipped: skipped.length };
}

const sum = (w: PushedWorkshop, key: 'inserted' | 'updated' | 'deleted') => Object.values(w.tables).reduce((n, c) => n + c[key], 0);
