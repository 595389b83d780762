// CPU per request of each process serving a bench (Linux only: reads /proc). Used by
// `npm run bench:cpu` (cpu-by-process.ts) and by `npm run bench` for the workerd ratios.
import { execFileSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";

const CLOCK_TICKS_PER_SECOND = 100;
let client = 0;

type ProcessTable = Array<{ pid: string; ppid: string; args: string }>;

function processTable(): ProcessTable {
  return execFileSync("ps", ["-eo", "pid=,ppid=,args="])
    .toString()
    .split("\n")
    .map((line) => {
      const [pid = "", ppid = "", ...args] = line.trim().split(/\s+/);
      return { pid, ppid, args: args.join(" ") };
    });
}

/**
 * The processes of one `wrangler dev` on `port`: wrangler (node) and its two workerds, the one
 * running the worker (what Cloudflare bills) and the one running wrangler's proxy worker.
 */
export function wranglerProcesses(port: string, table = processTable()): Record<string, string> {
  const wrangler = table.find(({ args }) => args.includes("wrangler-dist/cli.js dev") && args.includes(`--port ${port}`));
  if (!wrangler) throw new Error(`no wrangler dev on port ${port}`);
  const found: Record<string, string> = { "wrangler (node)": wrangler.pid };
  for (const { pid, ppid, args } of table)
    if (ppid === wrangler.pid && args.includes("workerd serve"))
      found[args.includes(`entry=127.0.0.1:${port} `) ? "workerd (wrangler proxy)" : "workerd (worker)"] = pid;
  return found;
}

/** The local stack's processes: the API's wrangler, Postgres and `npm start` (pooler, emulators). */
export function stackProcesses(port: string, home: string): Record<string, string> {
  const table = processTable();
  const found = wranglerProcesses(port, table);
  for (const { pid, args } of table) {
    if (args.includes("bin/postgres -D") && args.includes(join(home, "pg"))) found.postgres = pid;
    else if (args.endsWith("local/start.ts") && sameDirectory(pid)) found["npm start (pooler, emulators)"] = pid;
  }
  return found;
}

/** `npm start` runs with a relative path; several worktrees' stacks differ only by their working directory. */
function sameDirectory(pid: string): boolean {
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === process.cwd();
  } catch {
    return false;
  }
}

/** CPU milliseconds used so far; for Postgres, the postmaster, its live backends and those that exited. */
function cpuMs(pid: string, withChildren: boolean): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ").map(Number);
  let ticks = (fields[11] ?? 0) + (fields[12] ?? 0);
  if (withChildren) {
    ticks += (fields[13] ?? 0) + (fields[14] ?? 0);
    const children = execFileSync("pgrep", ["-P", pid]).toString().split("\n").filter(Boolean);
    for (const child of children) ticks += cpuMs(child, false) / (1000 / CLOCK_TICKS_PER_SECOND);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

export interface CpuEndpoint {
  bench: string;
  url: string;
  headers?: Record<string, string>;
  /** A JSON body: the request is a POST. */
  body?: unknown;
  /** The processes serving it (a name → pid map). */
  processes: Record<string, string>;
}

export interface CpuResult {
  bench: string;
  requests: number;
  non_2xx: number;
  cpu_ms_per_request: Record<string, number>;
  /** What Cloudflare bills: the workerd running the worker. */
  workerd_cpu_ms: number;
  stack_cpu_ms_per_request: number;
}

/**
 * Sends `requests` requests at a modest rate (80/s, so the machine is not saturated and the
 * figure is CPU, not queueing) and divides each process's CPU time by the requests served.
 */
export async function measureCpu(endpoint: CpuEndpoint, requests: number): Promise<CpuResult> {
  const { processes } = endpoint;
  const postgres = (name: string) => name === "postgres";
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMs(pid, postgres(name))]));
  const ownBefore = process.cpuUsage();
  const result = await autocannon({
    url: endpoint.url,
    amount: requests,
    connections: 5,
    overallRate: 80,
    headers: endpoint.body === undefined ? endpoint.headers : { ...endpoint.headers, "content-type": "application/json" },
    ...(endpoint.body === undefined ? {} : { method: "POST" as const, body: JSON.stringify(endpoint.body) }),
    // Each request from an address of its own, as browsers would call: publishable-key requests are
    // limited per address, and 429s (cheaper than answers) would flatter the figure.
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          client = (client + 1) % 0xffff;
          request.headers = { ...request.headers, "CF-Connecting-IP": `2001:db8::${client.toString(16)}` };
          return request;
        },
      },
    ],
  });
  const own = process.cpuUsage(ownBefore);
  const perRequest: Record<string, number> = {};
  for (const [name, pid] of Object.entries(processes))
    perRequest[name] = +((cpuMs(pid, postgres(name)) - (before[name] ?? 0)) / result.requests.total).toFixed(2);
  const stack = Object.values(perRequest).reduce((sum, value) => sum + value, 0);
  perRequest.autocannon = +((own.user + own.system) / 1000 / result.requests.total).toFixed(2);
  return {
    bench: endpoint.bench,
    requests: result.requests.total,
    non_2xx: result.non2xx,
    cpu_ms_per_request: perRequest,
    workerd_cpu_ms: perRequest["workerd (worker)"] ?? 0,
    stack_cpu_ms_per_request: +stack.toFixed(2),
  };
}
