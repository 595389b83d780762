import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "../../db/tenant";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { listedSubscription, subscribe } from "../../test/subscription-fixtures";
import type { ActionContext } from "../context";
import { updateGrant } from "./grants";
import { editableVersion, productHasSubscribers } from "./versions";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
let orgId: string;
let secret: string;
let seeded: Awaited<ReturnType<typeof seedCatalogue>>;
let context: ActionContext;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Versions Co"));
  secret = (await newApiKey(admin, orgId)).key;
  seeded = await seedCatalogue(secret);
  context = { tenant: { orgId, livemode: false }, actor: { type: "system", id: "versions-test" }, requestId: null, ip: null };
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

const grantsOf = (productId: string, version: number) =>
  admin`select f.key, g.kind, g.amount from plan_grants g join features f on f.id = g.feature_id
        where g.product_id = ${productId} and g.version = ${version} order by f.key`;

describe("product versions", () => {
  it("edits the current version in place while nobody subscribes", async () => {
    const { pro } = seeded.products;
    expect(await withTenant(worker, context.tenant, (tx) => productHasSubscribers(tx, pro.id))).toBe(false);
    const updated = await api<{ product_version: number }>(`/v1/products/${pro.id}/grants/${seeded.features.seats.id}`, {
      auth: secret,
      body: { value: 25 },
    });
    expect(updated.body.product_version).toBe(1);
    const [versions] = await admin`select count(*)::int as n from product_versions where product_id = ${pro.id}`;
    expect(versions?.n).toBe(1);
  });

  it("forks a new version for a product with subscribers: they keep the old grants and prices", async () => {
    const { starter } = seeded.products;
    const oldPrice = seeded.prices.starterMonthly.id;
    const version = await withTenant(worker, context.tenant, async (tx) => {
      const fork = await editableVersion(tx, context, starter.id, async () => true);
      await updateGrant(tx, context, starter.id, seeded.features.seats.id, { value: 10 });
      return fork;
    });
    expect(version).toBe(2);
    expect(await grantsOf(starter.id, 1)).toEqual([
      { key: "api_calls", kind: "quota", amount: "1000" },
      { key: "seats", kind: "cap", amount: "3" },
    ]);
    expect(await grantsOf(starter.id, 2)).toEqual([
      { key: "api_calls", kind: "quota", amount: "1000" },
      { key: "seats", kind: "cap", amount: "10" },
    ]);
    const [overage] = await admin`select count(*)::int as n from grant_overage_amounts o join plan_grants g on g.id = o.grant_id
      where g.product_id = ${starter.id} and g.version = 2`;
    expect(overage?.n).toBe(1);
    // The old price stays, active, on version 1; version 2 sells an identical copy.
    const prices = await admin`select id, version, active from prices where product_id = ${starter.id} order by version`;
    expect(prices.map((row) => [row.id === oldPrice, row.version, row.active])).toEqual([
      [true, 1, true],
      [false, 2, true],
    ]);
    const product = await api<{ version: number }>(`/v1/products/${starter.id}`, { auth: secret });
    expect(product.body.version).toBe(2);
    const grants = await api<{ data: Array<{ feature_key: string; value: unknown }> }>(`/v1/products/${starter.id}/grants`, {
      auth: secret,
    });
    expect(grants.body.data.find((grant) => grant.feature_key === "seats")?.value).toBe(10);
    const pricing = await api<{ products: Array<{ id: string; prices: Record<string, Array<{ price: string }>> }> }>("/v1/pricing", {
      auth: (await newApiKey(admin, orgId, { type: "publishable" })).key,
    });
    const starterPrices = pricing.body.products.find((row) => row.id === starter.id)?.prices.usd ?? [];
    expect(starterPrices.map((option) => option.price)).toEqual([prices[1]?.id]);
  });

  it("moves the lookup key to the copy new customers get", async () => {
    const { pro } = seeded.products;
    await withTenant(worker, context.tenant, (tx) => editableVersion(tx, context, pro.id, async () => true));
    const rows =
      await admin`select version, lookup_key from prices where product_id = ${pro.id} and type = 'recurring' and recurring_interval = 'month'
      order by version`;
    expect(rows.map((row) => [row.version, row.lookup_key])).toEqual([
      [1, null],
      [2, "pro_monthly"],
    ]);
  });
});

describe("product versions with real subscriptions", () => {
  let org: BillingOrganization;
  let catalogue: Awaited<ReturnType<typeof seedCatalogue>>;
  const hasSubscribers = (productId: string) =>
    withTenant(worker, { orgId: org.orgId, livemode: false }, (tx) => productHasSubscribers(tx, productId));

  beforeAll(async () => {
    org = await billingOrganization("Subscribed Versions Co");
    catalogue = await seedCatalogue(org.secretKey);
  });

  it("forks on the first change to a subscribed version; the subscriber keeps version 1 and its grants", async () => {
    const { starter } = catalogue.products;
    const v1Price = catalogue.prices.starterMonthly as unknown as { id: string; stripe_id: string };
    expect(await hasSubscribers(starter.id)).toBe(false);
    const subscription = await subscribe(org, v1Price.stripe_id);
    expect(await hasSubscribers(starter.id)).toBe(true);
    expect(await listedSubscription(org, subscription.id)).toMatchObject({ price: v1Price.id, product: starter.id, product_version: 1 });

    const changed = await org.as<{ product_version: number }>(`/v1/products/${starter.id}/grants/${catalogue.features.seats.id}`, {
      body: { value: 10 },
    });
    expect(changed.body.product_version).toBe(2);
    // The fork's copy of the price is on Stripe at once, so version 2 can be sold.
    const [copy] = await admin`select stripe_id, sync_status from prices where product_id = ${starter.id} and version = 2`;
    expect(copy).toMatchObject({ stripe_id: expect.stringMatching(/^price_/), sync_status: "synced" });
    // Version 2 has no subscriber yet: the next change edits it in place.
    expect(await hasSubscribers(starter.id)).toBe(false);
    const again = await org.as<{ product_version: number }>(`/v1/products/${starter.id}/grants/${catalogue.features.seats.id}`, {
      body: { value: 12 },
    });
    expect(again.body.product_version).toBe(2);
    expect(await grantsOf(starter.id, 1)).toEqual([
      { key: "api_calls", kind: "quota", amount: "1000" },
      { key: "seats", kind: "cap", amount: "3" },
    ]);
    expect(await listedSubscription(org, subscription.id)).toMatchObject({ price: v1Price.id, product_version: 1 });
  });

  it("does not count ended subscriptions as subscribers", async () => {
    const { pro } = catalogue.products;
    const yearly = catalogue.prices.proYearly as unknown as { stripe_id: string };
    const subscription = await subscribe(org, yearly.stripe_id);
    expect(await hasSubscribers(pro.id)).toBe(true);
    await org.stripe.subscriptions.cancel(subscription.id, {}, org.on);
    await org.deliverEvents();
    expect(await hasSubscribers(pro.id)).toBe(false);
  });
});
