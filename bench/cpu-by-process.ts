// `npm run bench:cpu`: where a request's CPU goes on the local stack (Linux only: reads /proc).
// Sends BENCH_REQUESTS requests per endpoint at a modest rate (so the machine is not saturated)
// and divides each process's CPU time by the requests served. Prints one JSON line per endpoint.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";

const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
const requests = Number(process.env.BENCH_REQUESTS ?? 800);
const port = new URL(api).port;
const CLOCK_TICKS_PER_SECOND = 100;

/** The stack's processes, found by their command lines; both workerds are wrangler's children. */
function stackProcesses(): Record<string, string> {
  const found: Record<string, string> = {};
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,args="])
    .toString()
    .split("\n")
    .map((line) => {
      const [pid = "", ppid = "", ...args] = line.trim().split(/\s+/);
      return { pid, ppid, args: args.join(" ") };
    });
  const wrangler = table.find(({ args }) => args.includes("wrangler-dist/cli.js dev") && args.includes(`--port ${port}`));
  if (!wrangler) throw new Error(`no wrangler dev on port ${port}; start the stack first`);
  found["wrangler (node)"] = wrangler.pid;
  for (const { pid, ppid, args } of table) {
    if (ppid === wrangler.pid && args.includes("workerd serve"))
      found[args.includes(`entry=127.0.0.1:${port} `) ? "workerd (wrangler proxy)" : "workerd (worker)"] = pid;
    else if (args.includes("bin/postgres -D") && args.includes(join(home, "pg"))) found.postgres = pid;
    else if (args.includes("local/start.ts") && args.includes(join(process.cwd(), "node_modules", "tsx")))
      found["npm start (pooler, emulators)"] = pid;
  }
  return found;
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

const keys = JSON.parse(readFileSync(join(home, "demo-keys.json"), "utf8")) as { publishable: string };
const endpoints: Array<[string, string, Record<string, string>]> = [
  ["not_found_no_db", `${api}/nope`, {}],
  ["health_one_db_query", `${api}/health`, {}],
  ["pricing", `${api}/v1/pricing`, { Authorization: `Bearer ${keys.publishable}` }],
];
const processes = stackProcesses();
for (const [bench, url, headers] of endpoints) {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMs(pid, name === "postgres")]));
  const ownBefore = process.cpuUsage();
  const result = await autocannon({ url, amount: requests, connections: 5, overallRate: 80, headers });
  const own = process.cpuUsage(ownBefore);
  const perRequest: Record<string, number> = {};
  for (const [name, pid] of Object.entries(processes))
    perRequest[name] = +((cpuMs(pid, name === "postgres") - (before[name] ?? 0)) / result.requests.total).toFixed(2);
  const stack = Object.values(perRequest).reduce((sum, value) => sum + value, 0);
  perRequest.autocannon = +((own.user + own.system) / 1000 / result.requests.total).toFixed(2);
  console.log(
    JSON.stringify({ bench, requests: result.requests.total, cpu_ms_per_request: perRequest, stack_cpu_ms_per_request: +stack.toFixed(2) }),
  );
}
