import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { paths } from "../paths";

export const wranglerBin = join(join(createRequire(import.meta.url).resolve("wrangler/package.json"), ".."), "bin", "wrangler.js");

/** Environment for every wrangler process: nothing leaves the machine. */
export const OFFLINE_WRANGLER_ENV = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } as const;

/** What `wrangler dev` prints of the worker's own log; the worker is told the same (LOG_LEVEL). */
export const WRANGLER_LOG_LEVEL = "warn";

/**
 * Starts `wrangler dev` (workerd) for the API on 127.0.0.1:port, with the Hyperdrive binding on
 * `databaseUrl`. Runs in its own process group so stopping it also stops workerd.
 */
export function startWrangler(options: {
  port: number;
  databaseUrl: string;
  persistTo: string;
  /** A dotenv file of worker vars and secrets (kept out of the process list). */
  envFile: string;
  log: (line: string) => void;
}): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      wranglerBin,
      "dev",
      "--config",
      join(paths.worker, "wrangler.jsonc"),
      "--ip",
      "127.0.0.1",
      "--port",
      String(options.port),
      "--persist-to",
      options.persistTo,
      "--env-file",
      options.envFile,
      "--show-interactive-dev-session=false",
      // serves /__scheduled, which the stack's cron timer calls (stack/cron.ts)
      "--test-scheduled",
      "--log-level",
      WRANGLER_LOG_LEVEL,
    ],
    {
      cwd: paths.worker,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...OFFLINE_WRANGLER_ENV, CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: options.databaseUrl },
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) options.log(line);
    });
  }
  return child;
}

/** Stops a process group started with `detached: true`, waiting for it to exit. */
export function stopGroup(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      signalGroup(pid, "SIGKILL"); // anything the leader left behind in its group
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

/** Synchronous last resort for exit handlers, and for what a dead leader left running in its group (workerd). */
export function killGroup(child: ChildProcess) {
  if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
