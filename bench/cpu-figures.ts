import { join } from "node:path";
import { type CpuEndpoint, type CpuResult, measureCpu, stackProcesses, wranglerProcesses } from "./cpu";
import type { Floor } from "./floor";
import { demoKeys, type EntitledCustomers } from "./seed";

const ratio = (value: number, floor: number) => (floor > 0 ? Math.round((value / floor) * 100) / 100 : null);

/**
 * CPU per request, in one run, of the floors (the bare Hono route under its own `wrangler dev`,
 * without assets and with the API's assets block), our 404s (outside and inside /v1/), `/health`,
 * `GET /v1/pricing`, and the entitlement check without and with `consume`; each line carries its
 * workerd CPU as a multiple of both floors' (`workerd_vs_bare`, `workerd_vs_bare_same_assets`)
 * and of our /v1/ 404's, and the checks their stack CPU beside pricing's.
 */
export async function cpuFigures(
  api: string,
  floors: { bare: Floor; sameAssets: Floor },
  seeded: EntitledCustomers | undefined,
  requests: number,
) {
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  const keys = await demoKeys();
  const stack = stackProcesses(new URL(api).port, home);
  const secret = { Authorization: `Bearer ${keys.secret}` };
  const endpoints: CpuEndpoint[] = [
    { bench: "floor_bare_hono", url: floors.bare.url, processes: wranglerProcesses(String(floors.bare.port)) },
    {
      bench: "floor_bare_hono_same_assets",
      url: floors.sameAssets.url,
      processes: wranglerProcesses(String(floors.sameAssets.port)),
    },
    { bench: "api_not_found_no_db", url: `${api}/v1/nope`, processes: stack },
    { bench: "not_found_no_db", url: `${api}/nope`, processes: stack },
    { bench: "health_one_db_query", url: `${api}/health`, processes: stack },
    { bench: "pricing", url: `${api}/v1/pricing`, headers: { Authorization: `Bearer ${keys.publishable}` }, processes: stack },
  ];
  if (seeded) {
    const body = { customer: seeded.customers[0], feature: seeded.features.calls };
    const url = `${api}/v1/entitlements/check`;
    endpoints.push({ bench: "entitlement_check", url, headers: secret, body, processes: stack });
    endpoints.push({ bench: "entitlement_check_consume", url, headers: secret, body: { ...body, consume: true }, processes: stack });
  }
  const results: CpuResult[] = [];
  for (const endpoint of endpoints) results.push(await measureCpu(endpoint, requests));
  const figure = (bench: string) => results.find((result) => result.bench === bench);
  const bare = figure("floor_bare_hono")?.workerd_cpu_ms ?? 0;
  const sameAssets = figure("floor_bare_hono_same_assets")?.workerd_cpu_ms ?? 0;
  const notFound = figure("api_not_found_no_db")?.workerd_cpu_ms ?? 0;
  const pricing = figure("pricing")?.stack_cpu_ms_per_request ?? 0;
  return results.map((result) => ({
    ...result,
    workerd_vs_bare: ratio(result.workerd_cpu_ms, bare),
    workerd_vs_bare_same_assets: ratio(result.workerd_cpu_ms, sameAssets),
    workerd_vs_api_not_found: ratio(result.workerd_cpu_ms, notFound),
    ...(result.bench.startsWith("entitlement_") ? { stack_vs_pricing: ratio(result.stack_cpu_ms_per_request, pricing) } : {}),
  }));
}
