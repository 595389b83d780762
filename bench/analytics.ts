// `npm run bench:analytics`: every `/v1/analytics/*` route (found in the stack's /openapi.json), as
// JSON and as CSV, one request at a time on the 100,000 subscriptions of `npm run
// bench:seed-analytics` (seeded first unless BENCH_ANALYTICS_SEED=0 and a seed exists), each
// line beside this run's floors measured the same way: our 404 and a bare Hono worker. Target:
// p95 ≤ 300 ms per route. Also run by `npm run bench`.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { startFloor } from "./floor";
import { runAnalyticsSeed } from "./seed-analytics";

const TARGET_P95_MS = 300;

interface Timing {
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  requests: number;
  non_2xx: number;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: string[]; type?: string; format?: string };
}

/** `count` requests one after the other (each read to its last byte: CSV is streamed), after two unmeasured ones. */
async function timeRequests(url: string, headers: Record<string, string>, count: number): Promise<Timing> {
  const samples: number[] = [];
  let non2xx = 0;
  for (let i = -2; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (i < 0) continue;
    if (!response.ok) non2xx++;
    samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Math.round((samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0) * 10) / 10;
  return { p50_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1), requests: count, non_2xx: non2xx };
}

/**
 * The query of one analytics request: a year to now by month in USD (the range a dashboard opens
 * on), plus, for a parameter with choices (a series or metric selector), each choice in turn.
 */
function variants(parameters: Parameter[], now: Date): Array<Record<string, string>> {
  const year = new Date(now.getTime() - 365 * 86_400_000);
  const base: Record<string, string> = {};
  let choices: Array<Record<string, string>> = [{}];
  for (const parameter of parameters.filter((p) => p.in === "query")) {
    // Times are Unix seconds, as everywhere in the API.
    const time = (at: Date) => String(Math.floor(at.getTime() / 1000));
    if (parameter.name === "from") base.from = time(year);
    else if (parameter.name === "to") base.to = time(now);
    else if (parameter.name === "interval") base.interval = "month";
    else if (parameter.name === "currency") base.currency = "usd";
    else if (parameter.schema?.enum?.length)
      choices = choices.flatMap((choice) => (parameter.schema?.enum ?? []).map((value) => ({ ...choice, [parameter.name]: value })));
  }
  return choices.map((choice) => ({ ...base, ...choice }));
}

export interface AnalyticsFloors {
  notFound: Timing;
  bare: Timing;
}

/**
 * Seeds (unless told not to), then times every analytics route as JSON and CSV. `bareFloorUrl` is a
 * running bare Hono worker (bench/floor); without one the bench starts its own.
 */
export async function benchAnalytics(
  api: string,
  print: (line: object) => void,
  options: { bareFloorUrl?: string; requests?: number } = {},
): Promise<void> {
  const requests = options.requests ?? Number(process.env.BENCH_ANALYTICS_REQUESTS ?? 40);
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  const saved = await readFile(join(home, "bench-analytics-keys.json"), "utf8").catch(() => null);
  let secret: string;
  if (process.env.BENCH_ANALYTICS_SEED === "0" && saved) {
    secret = (JSON.parse(saved) as { secret: string }).secret;
  } else {
    const seeded = await runAnalyticsSeed();
    secret = seeded.secret;
    print(seeded.line);
  }
  const headers = { Authorization: `Bearer ${secret}` };
  const ownFloor = options.bareFloorUrl ? undefined : await startFloor();
  const floors: AnalyticsFloors = {
    notFound: await timeRequests(`${api}/v1/nope`, headers, requests),
    bare: await timeRequests(options.bareFloorUrl ?? (ownFloor?.url as string), {}, requests),
  };
  await ownFloor?.stop();
  const beside = {
    floor_not_found_p50_ms: floors.notFound.p50_ms,
    floor_not_found_p95_ms: floors.notFound.p95_ms,
    floor_bare_p50_ms: floors.bare.p50_ms,
    floor_bare_p95_ms: floors.bare.p95_ms,
  };
  print({ bench: "analytics_floor_api_not_found", ...floors.notFound });
  print({ bench: "analytics_floor_bare_hono", ...floors.bare });
  const document = (await (await fetch(`${api}/openapi.json`)).json()) as {
    paths: Record<string, { get?: { parameters?: Parameter[] } }>;
  };
  const routes = Object.entries(document.paths).filter(([path, item]) => path.startsWith("/v1/analytics") && item.get);
  if (routes.length === 0) print({ bench: "analytics", error: "the stack's /openapi.json lists no GET /v1/analytics/* route" });
  const now = new Date();
  for (const [path, item] of routes) {
    for (const query of variants(item.get?.parameters ?? [], now)) {
      const url = `${api}${path}?${new URLSearchParams(query)}`;
      for (const format of ["json", "csv"] as const) {
        const accept = format === "csv" ? "text/csv" : "application/json";
        const timing = await timeRequests(url, { ...headers, Accept: accept }, requests);
        print({
          bench: "analytics_route",
          route: path,
          query,
          format,
          ...timing,
          target_p95_ms: TARGET_P95_MS,
          meets_target: timing.p95_ms <= TARGET_P95_MS && timing.non_2xx === 0,
          ...beside,
        });
      }
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
  const health = await fetch(`${api}/health`).catch(() => undefined);
  if (!health?.ok) {
    console.error(`bench: no healthy stack at ${api}; run \`npm start\` first`);
    process.exit(1);
  }
  await benchAnalytics(api, (line) => console.log(JSON.stringify(line)));
}
