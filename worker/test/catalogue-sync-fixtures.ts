import type Stripe from "stripe";
import { api, newOrganization } from "./fixtures";
import { platformStripe } from "./stripe";

export type SyncStatus = { id: string; stripe_id: string | null; sync_status: string; sync_error: string | null };
export type SyncReport = { pushed: number; repaired: number; failed: { object: string; id: string; error: string }[] };

/** A fresh organisation and a caller for it (its owner), optionally in live mode. */
export async function syncingOrganization(name: string) {
  const { orgId, owner } = await newOrganization(name);
  const as = <T = SyncStatus>(path: string, options: { body?: unknown; method?: string; mode?: "test" | "live" } = {}) =>
    api<T & { error: { code: string; message: string } }>(path, { auth: owner.token, org: orgId, ...options });
  const connect = async (mode: "test" | "live" = "test") => {
    const response = await as<{ id: string }>("/v1/connect/account", { body: { country: "US" }, mode });
    if (response.status !== 200) throw new Error(`connect failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  };
  return { orgId, as, connect };
}

/** Everything on a connected account, read straight from Stripe (the emulator). */
export async function stripeCatalogue(stripeAccount: string, livemode = false) {
  const stripe = platformStripe(livemode);
  const products = await stripe.products.list({ limit: 100 }, { stripeAccount });
  const prices = await stripe.prices.list({ limit: 100, expand: ["data.currency_options"] }, { stripeAccount });
  return { products: products.data, prices: prices.data as Stripe.Price[] };
}
