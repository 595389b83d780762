import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Ports this process has handed out: two services asked in a row never get the same one. */
const handedOut = new Set<number>();

/**
 * The ports below the OS's ephemeral range: the OS gives ephemeral ports to every `listen(0)` and
 * outgoing connection (wrangler's, workerd's, Chromium's), so a free one picked from that range can be
 * taken by someone else before our service binds it (CI saw `EADDRINUSE` that way).
 */
function range(): [number, number] {
  try {
    const [low] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (low && low > 12_000) return [10_000, low - 1];
  } catch {
    // Not Linux: keep the default below.
  }
  return [20_000, 32_767];
}

/** A port free right now on 127.0.0.1, outside the ephemeral range, never handed out before by this process. */
export async function freePort(): Promise<number> {
  const [low, high] = range();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (handedOut.has(port) || (await isPortTaken(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${low} and ${high} after 200 tries`);
}

/** True when something already listens on 127.0.0.1:port. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(true));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
}
