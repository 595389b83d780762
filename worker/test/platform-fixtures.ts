import { env } from "cloudflare:workers";
import { sha256Hex } from "../shared/api-key-format";
import { type BillingOrganization, billingOrganization } from "./billing-fixtures";
import { adminSql, newUser } from "./fixtures";

let platform: Promise<BillingOrganization> | undefined;

/**
 * The platform organisation of the tests (PLATFORM_ORG_ID of vitest.config.ts), made once per run as
 * the deployment would: the organisation marked as billing merchants in test mode, its configured
 * publishable key, and an onboarded Stripe account. Its tiers are products whose lookup_key names one.
 */
export function platformOrganization(): Promise<BillingOrganization> {
  platform ??= (async () => {
    const owner = await newUser();
    const orgId = env.PLATFORM_ORG_ID;
    const key = env.PLATFORM_PUBLISHABLE_KEY;
    const sql = adminSql();
    await sql.begin(async (tx) => {
      await tx`insert into organizations (id, name, slug, bills_merchants_in) values (${orgId}, 'BillingOS', 'billingos-platform', 'test')`;
      await tx`insert into users (id, email) values (${owner.userId}, ${owner.email})`;
      await tx`insert into memberships (org_id, user_id, role) values (${orgId}, ${owner.userId}, 'owner')`;
      await tx`insert into api_keys (id, org_id, livemode, type, name, lookup, secret_hash, last4)
               values ('key_platformPublishable', ${orgId}, false, 'publishable', 'Admin elements', ${key.slice(8, 24)},
                       ${await sha256Hex(key)}, ${key.slice(-4)})`;
    });
    await sql.end();
    return billingOrganization("BillingOS", { orgId, owner });
  })();
  return platform;
}

/** A tier of the platform: a product with the tier as lookup_key and one monthly USD price. */
export async function platformTier(platform: BillingOrganization, tier: string, unitAmount: number) {
  const product = await platform.as<{ id: string }>("/v1/products", { body: { name: tier, lookup_key: tier } });
  if (product.status !== 201) throw new Error(`tier product: ${product.status} ${JSON.stringify(product.body)}`);
  return platform.newPrice({ currency: "usd", unit_amount: unitAmount, recurring: { interval: "month" } }, product.body.id);
}
