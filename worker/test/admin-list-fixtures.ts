import type { Sql } from "postgres";
import { randomId } from "../shared/ids";
import { api } from "./fixtures";

/** The admin lists' rows are written straight into Postgres: these tests are about reading them, not about Stripe. */
export interface CustomerSeed {
  name?: string | null;
  email?: string | null;
  external_id?: string;
  /** Unix seconds. */
  created?: number;
  livemode?: boolean;
}

export async function insertCustomers(sql: Sql, orgId: string, seeds: CustomerSeed[]): Promise<string[]> {
  const ids: string[] = [];
  for (const seed of seeds) {
    const id = randomId("cus");
    await sql`insert into customers (id, org_id, livemode, name, email, external_id, created)
              values (${id}, ${orgId}, ${seed.livemode ?? false}, ${seed.name ?? null}, ${seed.email ?? null}, ${seed.external_id ?? null},
                      ${seed.created === undefined ? sql`now()` : sql`to_timestamp(${seed.created})`})`;
    ids.push(id);
  }
  return ids;
}

export interface SubscriptionSeed {
  customer: string;
  status: string;
  stripePrice?: string;
  /** Unix seconds. */
  periodEnd?: number | null;
  created?: number;
  livemode?: boolean;
}

export async function insertSubscription(sql: Sql, orgId: string, seed: SubscriptionSeed): Promise<string> {
  const id = randomId("sub");
  await sql`insert into subscriptions (id, org_id, livemode, stripe_customer_id, customer_id, status, stripe_price_id, currency,
                                       current_period_end, created)
            values (${id}, ${orgId}, ${seed.livemode ?? false}, ${randomId("cus")}, ${seed.customer}, ${seed.status},
                    ${seed.stripePrice ?? null}, 'usd',
                    ${seed.periodEnd ? sql`to_timestamp(${seed.periodEnd})` : null},
                    ${seed.created === undefined ? sql`now()` : sql`to_timestamp(${seed.created})`})`;
  return id;
}

/** Two products through the API, with one and two prices, each given a Stripe id as a push would. */
export async function twoPlans(sql: Sql, auth: string) {
  const product = async (name: string) => (await api<{ id: string }>("/v1/products", { auth, body: { name } })).body.id;
  const price = async (productId: string, unit_amount: number) => {
    const { body } = await api<{ id: string }>("/v1/prices", {
      auth,
      body: { product: productId, currency: "usd", unit_amount, recurring: { interval: "month" } },
    });
    const stripeId = `price_stripe${body.id.slice(6)}`;
    await sql`update prices set stripe_id = ${stripeId} where id = ${body.id}`;
    return { id: body.id, stripeId };
  };
  const basic = await product("Basic");
  const pro = await product("Pro");
  return {
    basic: { id: basic, monthly: await price(basic, 900) },
    pro: { id: pro, monthly: await price(pro, 2900), large: await price(pro, 9900) },
  };
}
