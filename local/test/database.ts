import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { freePort } from "../ports";
import { startEmbeddedPostgres } from "../postgres/embedded";
import { migrate } from "../postgres/migrate";
import { asWorkerRole, withDatabase } from "../postgres/urls";

export interface TestDatabase {
  /** Superuser connection to the fresh database (for fixtures and assertions). */
  url: string;
  /** The worker's non-bypassing login role on the same database. */
  workerUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test suite: on `DATABASE_URL`'s server when set, otherwise
 * on an embedded Postgres started on a free port in a temporary directory.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), "billingos-pg-"));
    await chmod(dir, 0o755); // as root, Postgres runs as the `postgres` user, which must reach its data directory
    const server = await startEmbeddedPostgres({ dir: join(dir, "data"), port: await freePort() });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `billingos_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(serverUrl, name);
  if (options.migrate !== false) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await migrate(sql);
    await sql.end();
  }
  return {
    url,
    workerUrl: asWorkerRole(url),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
      await stopServer();
    },
  };
}
