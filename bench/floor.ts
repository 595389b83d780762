import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../local/ports";
import { waitForHttp } from "../local/stack/wait";
import { killGroup, OFFLINE_WRANGLER_ENV, stopGroup, WRANGLER_LOG_LEVEL, wranglerBin } from "../local/stack/wrangler";

export interface Floor {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * Starts the bare Hono worker (bench/floor/) under `wrangler dev` with the flags the stack gives the
 * API (local/stack/wrangler.ts), on a free port, and waits until it answers. `withAssets` serves it
 * with the API's assets block (wrangler.assets.jsonc) instead of none (wrangler.jsonc).
 */
export async function startFloor(withAssets = false): Promise<Floor> {
  const port = await freePort();
  const persistTo = await mkdtemp(join(tmpdir(), "billingos-floor-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      wranglerBin,
      "dev",
      "--config",
      join(import.meta.dirname, "floor", withAssets ? "wrangler.assets.jsonc" : "wrangler.jsonc"),
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
      "--log-level",
      WRANGLER_LOG_LEVEL,
    ],
    { detached: true, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...OFFLINE_WRANGLER_ENV } },
  );
  const onExit = () => killGroup(child);
  process.once("exit", onExit);
  const url = `http://127.0.0.1:${port}/v1/floor`;
  try {
    await waitForHttp(url, { timeoutMs: 60_000, isDead: () => child.exitCode !== null });
  } catch (error) {
    killGroup(child);
    throw error;
  }
  return {
    url,
    port,
    stop: async () => {
      process.off("exit", onExit);
      await stopGroup(child);
      await rm(persistTo, { recursive: true, force: true });
    },
  };
}
