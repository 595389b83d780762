import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueSnapshot } from "../../test/catalogue-fixtures";
import { type SyncReport, type SyncStatus, stripeCatalogue, syncingOrganization } from "../../test/catalogue-sync-fixtures";
import { adminSql } from "../../test/fixtures";
import { platformStripe } from "../../test/stripe";

const admin = adminSql();
let org: Awaited<ReturnType<typeof syncingOrganization>>;
let account: string;
let product: SyncStatus;
let price: SyncStatus;

beforeAll(async () => {
  org = await syncingOrganization("Repair Co");
  account = await org.connect();
  product = (await org.as("/v1/products", { body: { name: "Basic" } })).body;
  price = (
    await org.as("/v1/prices", { body: { product: product.id, currency: "usd", unit_amount: 700, recurring: { interval: "month" } } })
  ).body;
});
afterAll(() => admin.end());

const repair = () => org.as<SyncReport>("/v1/catalogue/sync", { method: "POST" });

describe("sync failures and repair", () => {
  it("saves the object and shows the failure when Stripe refuses it", async () => {
    // Stripe caps unit_amount at 99,999,999; ours allows more, so Stripe is the one refusing.
    const huge = await org.as("/v1/prices", { body: { product: product.id, currency: "usd", unit_amount: 100_000_000 } });
    expect(huge.status).toBe(201);
    expect(huge.body).toMatchObject({ sync_status: "failed", stripe_id: null });
    expect(huge.body.sync_error).toMatch(/99999999/);
    expect((await org.as(`/v1/prices/${huge.body.id}`)).body.sync_status).toBe("failed");
    const report = await repair();
    expect(report.body.failed).toEqual([{ object: "price", id: huge.body.id, error: huge.body.sync_error }]);
    await admin`delete from prices where id = ${huge.body.id}`;
  });

  it("records a failure while the account is unreachable and the repair route pushes once it is back", async () => {
    await admin`update stripe_accounts set stripe_account_id = 'acct_doesnotexist' where stripe_account_id = ${account}`;
    try {
      const renamed = await org.as(`/v1/products/${product.id}`, { body: { name: "Basic Plus" } });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: "Basic Plus", sync_status: "failed" });
      expect(renamed.body.sync_error).toMatch(/acct_doesnotexist/);
      // Checking the synced price needs Stripe too: it is reported (and marked) as failing, not skipped.
      const broken = await repair();
      expect(broken.body.failed.map((failure) => failure.id).sort()).toEqual([price.id, product.id].sort());
      expect(broken.body.failed.every((failure) => failure.error.includes("acct_doesnotexist"))).toBe(true);
    } finally {
      await admin`update stripe_accounts set stripe_account_id = ${account} where stripe_account_id = 'acct_doesnotexist'`;
    }
    const report = await repair();
    expect(report.body).toMatchObject({ pushed: 2, repaired: 0, failed: [] });
    expect((await org.as(`/v1/products/${product.id}`)).body).toMatchObject({ sync_status: "synced", sync_error: null });
    const atStripe = await platformStripe().products.retrieve(product.id, {}, { stripeAccount: account });
    expect(atStripe.name).toBe("Basic Plus");
  });

  it("puts back a product and a price changed directly at Stripe", async () => {
    const stripe = platformStripe();
    const stripeProduct = (await org.as(`/v1/products/${product.id}`)).body.stripe_id as string;
    await stripe.products.update(stripeProduct, { name: "Renamed in the dashboard", active: false }, { stripeAccount: account });
    await stripe.prices.update(price.stripe_id as string, { active: false, nickname: "dashboard" }, { stripeAccount: account });
    const report = await repair();
    expect(report.body).toMatchObject({ pushed: 0, repaired: 2, failed: [] });
    expect(await stripe.products.retrieve(stripeProduct, {}, { stripeAccount: account })).toMatchObject({
      name: "Basic Plus",
      active: true,
    });
    expect(await stripe.prices.retrieve(price.stripe_id as string, {}, { stripeAccount: account })).toMatchObject({
      active: true,
      nickname: null,
    });
    expect((await repair()).body).toMatchObject({ pushed: 0, repaired: 0, failed: [] });
  });

  it("replaces a Stripe price whose amount drifted and deactivates the drifted one", async () => {
    const stripe = platformStripe();
    const stripeProduct = (await org.as(`/v1/products/${product.id}`)).body.stripe_id as string;
    const wrong = await stripe.prices.create(
      {
        product: stripeProduct,
        currency: "usd",
        unit_amount: 1,
        recurring: { interval: "month" },
        metadata: { billingos_price: price.id },
      },
      { stripeAccount: account },
    );
    await admin`update prices set stripe_id = ${wrong.id} where id = ${price.id}`;
    const report = await repair();
    expect(report.body).toMatchObject({ pushed: 0, repaired: 1, failed: [] });
    const repaired = (await org.as(`/v1/prices/${price.id}`)).body;
    expect(repaired.sync_status).toBe("synced");
    expect(repaired.stripe_id).not.toBe(wrong.id);
    expect(await stripe.prices.retrieve(repaired.stripe_id as string, {}, { stripeAccount: account })).toMatchObject({
      unit_amount: 700,
      currency: "usd",
      active: true,
      recurring: { interval: "month", interval_count: 1 },
    });
    expect((await stripe.prices.retrieve(wrong.id, {}, { stripeAccount: account })).active).toBe(false);
  });

  it("answers 404 when the organization has no account in this mode", async () => {
    const response = await org.as("/v1/catalogue/sync", { method: "POST", mode: "live" });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("stripe_account_missing");
  });
});

describe("sync tenancy", () => {
  it("touches only the caller's organization, mode and account", async () => {
    const other = await syncingOrganization("Other Co");
    const otherAccount = await other.connect();
    const theirs = (await other.as("/v1/products", { body: { name: "Theirs" } })).body;
    await admin`update products set sync_status = 'pending' where id = ${theirs.id}`;
    const theirRows = await catalogueSnapshot(admin, other.orgId);
    const theirStripe = await stripeCatalogue(otherAccount);

    const live = (await org.as("/v1/products", { body: { name: "Live only" }, mode: "live" })).body;
    expect(live).toMatchObject({ sync_status: "pending", stripe_id: null });
    await repair();

    expect(await catalogueSnapshot(admin, other.orgId)).toEqual(theirRows);
    expect(await stripeCatalogue(otherAccount)).toEqual(theirStripe);
    const ours = await stripeCatalogue(account);
    expect(ours.products.map((p) => p.metadata.billingos_product)).not.toContain(theirs.id);
    expect(ours.products.map((p) => p.metadata.billingos_product)).not.toContain(live.id);

    const liveAccount = await org.connect("live");
    expect((await org.as(`/v1/products/${live.id}`, { mode: "live" })).body.sync_status).toBe("synced");
    const liveCatalogue = await stripeCatalogue(liveAccount, true);
    expect(liveCatalogue.products.map((p) => p.metadata.billingos_product)).toEqual([live.id]);
  });

  it("pushes what copy-to-live creates to the live account only", async () => {
    const copied = await org.as("/v1/catalogue/copy_to_live", { body: {} });
    expect(copied.status).toBe(200);
    const live = await org.as<{ data: SyncStatus[] }>("/v1/products?limit=100", { mode: "live" });
    expect(live.body.data.length).toBeGreaterThan(1);
    expect(live.body.data.map((row) => row.sync_status)).toEqual(live.body.data.map(() => "synced"));
    const [liveAccount] = await admin`select stripe_account_id from stripe_accounts where org_id = ${org.orgId} and livemode`;
    const atStripe = await stripeCatalogue(liveAccount?.stripe_account_id, true);
    expect(atStripe.products.map((p) => p.metadata.billingos_product).sort()).toEqual(live.body.data.map((row) => row.id).sort());
    const onTestAccount = new Set((await stripeCatalogue(account)).products.map((p) => p.metadata.billingos_product));
    expect(live.body.data.filter((row) => onTestAccount.has(row.id))).toEqual([]);
  });
});
