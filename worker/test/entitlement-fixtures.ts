import type { BillingOrganization } from "./billing-fixtures";

export interface Features {
  sso: string;
  calls: string;
  seats: string;
}

/** Three features: a boolean (sso), a metered sum (calls) and a limit (seats); returns their ids by key. */
export async function createFeatures(org: BillingOrganization): Promise<Features> {
  const create = async (body: Record<string, unknown>) => {
    const response = await org.as<{ id: string }>("/v1/features", { body });
    if (response.status !== 201) throw new Error(`feature: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  };
  return {
    sso: await create({ key: "sso", name: "Single sign-on", type: "boolean" }),
    calls: await create({ key: "calls", name: "API calls", type: "metered", unit_label: "call" }),
    seats: await create({ key: "seats", name: "Seats", type: "limit" }),
  };
}

/**
 * A product granting `grants` (feature id → value, optional overage) with a monthly USD price synced
 * to Stripe; `price` adds price fields (a trial).
 */
export async function planWith(
  org: BillingOrganization,
  grants: Array<{ feature: string; value: true | number | "unlimited"; overage_unit_amounts?: Record<string, number> }>,
  unitAmount = 2000,
  price: Record<string, unknown> = {},
) {
  const product = await org.as<{ id: string }>("/v1/products", { body: { name: `Plan ${crypto.randomUUID().slice(0, 6)}` } });
  for (const grant of grants) {
    const response = await org.as(`/v1/products/${product.body.id}/grants`, { body: grant });
    if (response.status !== 201) throw new Error(`grant: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return org.newPrice({ currency: "usd", unit_amount: unitAmount, recurring: { interval: "month" }, ...price }, product.body.id);
}

export interface Check {
  allowed: boolean;
  reason: string;
  customer: string | null;
  feature: string;
  type: string | null;
  limit: number | null;
  used: number;
  balance: number | null;
  unlimited: boolean;
  resets_at: number | null;
  overage: number;
}

/** POST /v1/entitlements/check as the merchant (or `auth`). */
export async function check(org: BillingOrganization, body: Record<string, unknown>, auth?: string) {
  return org.as<Check>("/v1/entitlements/check", { body, ...(auth ? { auth } : {}) });
}
