// The connection to the warehouse. node-postgres (`pg`) is loaded only here, and only by `push`, so no other
// command pays for it at start-up. Credentials come from the URL or the standard PG* variables (PGHOST,
// PGUSER, PGPASSWORD, PGDATABASE …), which pg reads itself; they are never printed: what innolab names is
// the server's host, port and database (serverLabel).
import type { Client, QueryResult, QueryResultRow } from 'pg';
import { FileError } from '../../errors.js';

export interface PgClient {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

export interface Connection {
  client: PgClient;
  label: string;
  close(): Promise<void>;
}

/** "host:port/database" of a URL or the PG* environment, without user or password. */
export function serverLabel(url: string | undefined, env: Record<string, string | undefined>): string {
  if (url !== undefined) {
    try {
      const u = new URL(url);
      const host = u.hostname || (u.searchParams.get('host') ?? env.PGHOST ?? 'localhost');
      return `${host}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
    } catch {
      return '?';
    }
  }
  return `${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? '5432'}${env.PGDATABASE ? `/${env.PGDATABASE}` : ''}`;
}

export async function connect(url: string | undefined, env: Record<string, string | undefined>): Promise<Connection> {
  const { default: pg } = await import('pg');
  const label = serverLabel(url, env);
  // pg falls back to process.env for what the URL leaves out; the run's own environment is handed over
  // explicitly so a test (or a script) that sets PG* for one run is honoured.
  const config = {
    connectionString: url,
    host: env.PGHOST,
    port: env.PGPORT === undefined ? undefined : Number(env.PGPORT),
    user: env.PGUSER,
    password: env.PGPASSWORD,
    database: env.PGDATABASE,
    connectionTimeoutMillis: 10_000,
    application_name: 'innolab push',
  };
  if (url !== undefined) {
    // A URL's own parts win over PG*; pg would otherwise let host/user/… above override the URL.
    for (const key of ['host', 'port', 'user', 'password', 'database'] as const) delete config[key];
  }
  const client: Client = new pg.Client(config);
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    // The reason without the credentials (pg's messages name the user, never the password; keep only the code
    // or a message that names no user).
    throw new FileError('push.error.connect', { server: label, reason: safeReason(code) });
  }
  return { client, label, close: () => client.end() };
}

function safeReason(reason: string): string {
  return reason.replace(/(user|password)\s+"[^"]*"/gi, '$1 "…"').replace(/postgres(ql)?:\/\/[^\s]+/gi, '<url>');
}
