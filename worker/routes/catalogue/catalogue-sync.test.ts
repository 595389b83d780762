import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SyncReport, type SyncStatus, stripeCatalogue, syncingOrganization } from "../../test/catalogue-sync-fixtures";
import { adminSql } from "../../test/fixtures";
import { platformStripe } from "../../test/stripe";

const admin = adminSql();
let org: Awaited<ReturnType<typeof syncingOrganization>>;
let account: string;
let product: SyncStatus;
let monthly: SyncStatus;

beforeAll(async () => {
  org = await syncingOrganization("Sync Co");
});
afterAll(() => admin.end());

describe("catalogue mirroring to Stripe", () => {
  it("keeps objects pending before connecting and pushes them all on connect", async () => {
    product = (
      await org.as("/v1/products", { body: { name: "Team", description: "For teams", image_url: "https://img.example.test/team.png" } })
    ).body;
    monthly = (
      await org.as("/v1/prices", {
        body: {
          product: product.id,
          currency: "usd",
          unit_amount: 1500,
          currency_options: { eur: { unit_amount: 1400 } },
          recurring: { interval: "month", interval_count: 3 },
          nickname: "Quarterly",
        },
      })
    ).body;
    expect(product).toMatchObject({ sync_status: "pending", stripe_id: null, sync_error: null });
    expect(monthly).toMatchObject({ sync_status: "pending", stripe_id: null });

    account = await org.connect();

    const synced = (await org.as(`/v1/products/${product.id}`)).body;
    const syncedPrice = (await org.as(`/v1/prices/${monthly.id}`)).body;
    expect(synced).toMatchObject({ sync_status: "synced", sync_error: null });
    expect(syncedPrice).toMatchObject({ sync_status: "synced", sync_error: null });
    const { products, prices } = await stripeCatalogue(account);
    expect(products).toHaveLength(1);
    expect(prices).toHaveLength(1);
    expect(products[0]).toMatchObject({
      id: synced.stripe_id,
      name: "Team",
      description: "For teams",
      images: ["https://img.example.test/team.png"],
      active: true,
      metadata: { billingos_product: product.id },
    });
    expect(prices[0]).toMatchObject({
      id: syncedPrice.stripe_id,
      product: synced.stripe_id,
      currency: "usd",
      unit_amount: 1500,
      nickname: "Quarterly",
      recurring: { interval: "month", interval_count: 3 },
      metadata: { billingos_price: monthly.id, billingos_product: product.id },
    });
    expect(prices[0]?.currency_options?.eur?.unit_amount).toBe(1400);
  });

  it("pushes new objects and changes as they happen", async () => {
    const once = (await org.as("/v1/prices", { body: { product: product.id, currency: "jpy", unit_amount: 5000 } })).body;
    expect(once.sync_status).toBe("synced");
    const oneTime = await platformStripe().prices.retrieve(once.stripe_id as string, {}, { stripeAccount: account });
    expect(oneTime).toMatchObject({ type: "one_time", currency: "jpy", unit_amount: 5000, recurring: null });

    const renamed = await org.as(`/v1/products/${product.id}`, { body: { name: "Team Plus", description: null } });
    expect(renamed.body.sync_status).toBe("synced");
    const atStripe = await platformStripe().products.retrieve(renamed.body.stripe_id as string, {}, { stripeAccount: account });
    expect(atStripe.name).toBe("Team Plus");
    expect(atStripe.description).toBeNull();
  });

  it("archives at Stripe when a product or price is archived", async () => {
    const archivedPrice = await org.as(`/v1/prices/${monthly.id}`, { body: { active: false } });
    const archivedProduct = await org.as(`/v1/products/${product.id}`, { body: { active: false } });
    expect(archivedPrice.body.sync_status).toBe("synced");
    expect(archivedProduct.body.sync_status).toBe("synced");
    const stripe = platformStripe();
    expect((await stripe.prices.retrieve(archivedPrice.body.stripe_id as string, {}, { stripeAccount: account })).active).toBe(false);
    expect((await stripe.products.retrieve(archivedProduct.body.stripe_id as string, {}, { stripeAccount: account })).active).toBe(false);
    await org.as(`/v1/products/${product.id}`, { body: { active: true } });
    await org.as(`/v1/prices/${monthly.id}`, { body: { active: true } });
  });

  it("never makes a second Stripe object, even when our record of the first is lost", async () => {
    const before = await stripeCatalogue(account);
    const repeat = await org.as<SyncReport>("/v1/catalogue/sync", { method: "POST" });
    expect(repeat.body).toMatchObject({ pushed: 0, repaired: 0, failed: [] });
    // As if the database write after a successful push had failed: no stripe_id, still pending.
    await admin`update products set stripe_id = null, sync_status = 'pending' where id = ${product.id}`;
    await admin`update prices set stripe_id = null, sync_status = 'pending' where product_id = ${product.id}`;
    const again = await org.as<SyncReport>("/v1/catalogue/sync", { method: "POST" });
    expect(again.body.pushed).toBe(3);
    const after = await stripeCatalogue(account);
    expect(after.products.map((p) => p.id).sort()).toEqual(before.products.map((p) => p.id).sort());
    expect(after.prices.map((p) => p.id).sort()).toEqual(before.prices.map((p) => p.id).sort());
    const [row] = await admin`select stripe_id, sync_status from prices where id = ${monthly.id}`;
    expect(row).toEqual({ stripe_id: before.prices.find((p) => p.metadata.billingos_price === monthly.id)?.id, sync_status: "synced" });
  });

  it("deletes the Stripe product of a deleted product", async () => {
    const spare = (await org.as("/v1/products", { body: { name: "Spare" } })).body;
    expect(spare.sync_status).toBe("synced");
    expect((await org.as(`/v1/products/${spare.id}`, { method: "DELETE" })).status).toBe(200);
    const { products } = await stripeCatalogue(account);
    expect(products.map((p) => p.id)).not.toContain(spare.stripe_id);
  });
});
