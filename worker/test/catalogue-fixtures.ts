import type { Sql } from "postgres";
import { api } from "./fixtures";

/** Row counts of every catalogue table for one organisation (both modes), for "nothing was written" checks. */
export async function catalogueCounts(sql: Sql, orgId: string) {
  const [row] = await sql<Record<string, number>[]>`
    select (select count(*)::int from features where org_id = ${orgId}) as features,
           (select count(*)::int from products where org_id = ${orgId}) as products,
           (select count(*)::int from product_versions where org_id = ${orgId}) as versions,
           (select count(*)::int from prices where org_id = ${orgId}) as prices,
           (select count(*)::int from price_amounts where org_id = ${orgId}) as price_amounts,
           (select count(*)::int from plan_grants where org_id = ${orgId}) as grants,
           (select count(*)::int from grant_overage_amounts where org_id = ${orgId}) as overage_amounts,
           (select count(*)::int from audit_log where org_id = ${orgId}) as audit`;
  return row;
}

/** A small catalogue through the API: three features, two products with grants, three prices. */
export async function seedCatalogue(auth: string, options: { org?: string; mode?: "test" | "live" } = {}) {
  const call = <T = Record<string, unknown>>(path: string, body?: unknown) =>
    api<T & { id: string }>(path, { auth, ...options, ...(body === undefined ? {} : { body }) });
  const must = async <T>(promise: Promise<{ status: number; body: T }>) => {
    const response = await promise;
    if (response.status >= 300) throw new Error(`seed failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const sso = await must(call("/v1/features", { key: "sso", name: "Single sign-on", type: "boolean" }));
  const calls = await must(call("/v1/features", { key: "api_calls", name: "API calls", type: "metered", unit_label: "call" }));
  const seats = await must(call("/v1/features", { key: "seats", name: "Seats", type: "limit" }));
  const starter = await must(call("/v1/products", { name: "Starter", display_order: 1, marketing_features: ["Email support"] }));
  const pro = await must(call("/v1/products", { name: "Pro", display_order: 2, highlighted: true, lookup_key: "pro" }));
  await must(call(`/v1/products/${starter.id}/grants`, { feature: calls.id, value: 1000, overage_unit_amounts: { usd: 2 } }));
  await must(call(`/v1/products/${starter.id}/grants`, { feature: seats.id, value: 3 }));
  await must(call(`/v1/products/${pro.id}/grants`, { feature: sso.id, value: true }));
  await must(call(`/v1/products/${pro.id}/grants`, { feature: calls.id, value: "unlimited" }));
  await must(call(`/v1/products/${pro.id}/grants`, { feature: seats.id, value: 20 }));
  const starterMonthly = await must(
    call("/v1/prices", {
      product: starter.id,
      currency: "usd",
      unit_amount: 900,
      currency_options: { eur: { unit_amount: 800 } },
      recurring: { interval: "month" },
    }),
  );
  const proMonthly = await must(
    call("/v1/prices", {
      product: pro.id,
      currency: "usd",
      unit_amount: 2900,
      recurring: { interval: "month" },
      trial_period_days: 14,
      lookup_key: "pro_monthly",
    }),
  );
  const proYearly = await must(
    call("/v1/prices", { product: pro.id, currency: "usd", unit_amount: 29000, recurring: { interval: "year" } }),
  );
  return { features: { sso, calls, seats }, products: { starter, pro }, prices: { starterMonthly, proMonthly, proYearly } };
}

/** Every catalogue row of an organisation, byte for byte, to prove a request left them unchanged. */
export async function catalogueSnapshot(sql: Sql, orgId: string) {
  const tables = ["features", "products", "product_versions", "prices", "price_amounts", "plan_grants", "grant_overage_amounts"];
  const snapshot: Record<string, unknown> = {};
  for (const table of tables) {
    snapshot[table] = await sql`select to_jsonb(t)::text as row from ${sql(table)} t where org_id = ${orgId} order by 1`;
  }
  return snapshot;
}
