import type Stripe from "stripe";
import { adminSql, api, newApiKey, newOrganization, type TestUser } from "./fixtures";
import { completeOnboarding, deliver, platformStripe } from "./stripe";

export type ApiCall = <T = Record<string, unknown>>(
  path: string,
  options?: { body?: unknown; method?: string; auth?: string; headers?: Record<string, string> },
) => Promise<{ status: number; body: T & { error: { code: string; message: string; param?: string } }; headers: Headers }>;

export interface BillingOrganization {
  orgId: string;
  owner: TestUser;
  /** The org's test-mode secret key. */
  secretKey: string;
  /** The onboarded Express account (charges enabled). */
  account: string;
  /** Calls the API with the secret key (or `options.auth`). */
  as: ApiCall;
  /** The platform's Stripe client, and the option that scopes a call to the connected account. */
  stripe: Stripe;
  on: { stripeAccount: string };
  /** A customer created through the API (so it is mirrored to the connected account). */
  newCustomer(email?: string): Promise<{ id: string; stripe_customer_id: string }>;
  /** A price created through the API (and mirrored to Stripe) on a new product, unless `product` is given. */
  newPrice(price: Record<string, unknown>, product?: string): Promise<{ id: string; stripe_id: string; product: string }>;
  /** Delivers, oldest first, every event of the connected account not delivered yet; returns them. */
  deliverEvents(): Promise<Stripe.Event[]>;
}

/**
 * A merchant ready to sell: an organisation with a test-mode secret key and an onboarded Stripe
 * account. Customers and prices are created through the API, so they exist on Stripe too. `existing`
 * readies an organisation made otherwise (e.g. with a fixed id) instead of creating one.
 */
export async function billingOrganization(
  name = "Billing Co",
  existing?: { orgId: string; owner: TestUser },
): Promise<BillingOrganization> {
  const { orgId, owner } = existing ?? (await newOrganization(name));
  const sql = adminSql();
  const secretKey = (await newApiKey(sql, orgId)).key;
  await sql.end();
  const as: ApiCall = (path, options = {}) => api(path, { auth: secretKey, ...options }) as never;
  const asOwner = { auth: owner.token, org: orgId };
  const connected = await api<{ id: string }>("/v1/connect/account", { ...asOwner, body: { country: "US" } });
  if (connected.status !== 200) throw new Error(`connect failed: ${connected.status} ${JSON.stringify(connected.body)}`);
  const account = connected.body.id;
  const link = await api<{ url: string }>("/v1/connect/onboarding_link", {
    ...asOwner,
    body: { return_url: "https://merchant.test/done", refresh_url: "https://merchant.test/again" },
  });
  await completeOnboarding(link.body.url);
  const stripe = platformStripe();
  const on = { stripeAccount: account };
  const delivered = new Set<string>();

  const deliverEvents = async () => {
    const fresh: Stripe.Event[] = [];
    for await (const event of stripe.events.list({ limit: 100 }, on)) {
      if (delivered.has(event.id)) break;
      fresh.push(event);
    }
    fresh.reverse();
    for (const event of fresh) {
      const response = await deliver(event);
      if (response.status !== 200)
        throw new Error(`${event.type} ${event.id} answered ${response.status} ${JSON.stringify(response.body)}`);
      delivered.add(event.id);
    }
    return fresh;
  };
  // The onboarding events are the merchant's past: deliver them now so tests see only their own.
  await deliverEvents();

  return {
    orgId,
    owner,
    secretKey,
    account,
    as,
    stripe,
    on,
    deliverEvents,
    async newCustomer(email = `${crypto.randomUUID().slice(0, 8)}@customer.test`) {
      const response = await as<{ id: string; stripe_customer_id: string }>("/v1/customers", { body: { email } });
      if (response.status !== 201 || !response.body.stripe_customer_id)
        throw new Error(`customer not created: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    },
    async newPrice(price, product) {
      const productId =
        product ?? (await as<{ id: string }>("/v1/products", { body: { name: `Plan ${crypto.randomUUID().slice(0, 6)}` } })).body.id;
      const response = await as<{ id: string; stripe_id: string }>("/v1/prices", { body: { product: productId, ...price } });
      if (response.status !== 201 || !response.body.stripe_id)
        throw new Error(`price not created and synced: ${response.status} ${JSON.stringify(response.body)}`);
      return { id: response.body.id, stripe_id: response.body.stripe_id, product: productId };
    },
  };
}
