import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { listedSubscription, subscribe } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let catalogue: Awaited<ReturnType<typeof seedCatalogue>>;
let v1Price: { id: string; stripe_id: string };
let usd: Stripe.Subscription;
let eur: Stripe.Subscription;
let v2Price: string;

interface Report {
  migrated: Array<{ subscription: string; from_price: string; to_price: string }>;
  skipped: Array<{ subscription: string; reason: string }>;
}

const migrate = (product: string, body: unknown) => org.as<Report>(`/v1/products/${product}/migrate_subscribers`, { body });
const stripePriceOf = async (subscription: string) =>
  (await org.stripe.subscriptions.retrieve(subscription, {}, org.on)).items.data[0]?.price.id;
const audits = async () =>
  (await admin`select count(*)::int as n from audit_log where org_id = ${org.orgId} and action = 'product.subscribers_migrated'`)[0]?.n;

beforeAll(async () => {
  org = await billingOrganization("Migration Co");
  catalogue = await seedCatalogue(org.secretKey);
  v1Price = catalogue.prices.starterMonthly as unknown as { id: string; stripe_id: string };
  usd = await subscribe(org, v1Price.stripe_id);
  eur = await subscribe(org, v1Price.stripe_id, "eur");
  // A change to the subscribed product: version 2, with a copy of the monthly price.
  await org.as(`/v1/products/${catalogue.products.starter.id}/grants/${catalogue.features.seats.id}`, { body: { value: 10 } });
  const [copy] = await admin`select id from prices where product_id = ${catalogue.products.starter.id} and version = 2`;
  v2Price = copy?.id;
});
afterAll(() => admin.end());

describe("POST /v1/products/{id}/migrate_subscribers", () => {
  it("refuses bad bodies with 400 and the param, sending and writing nothing", async () => {
    const cases: Array<[unknown, string]> = [
      [{}, "timing"],
      [{ timing: "later" }, "timing"],
      [{ timing: "now", proration_behavior: "always_invoice" }, "proration_behavior"],
      [{ timing: "now", dry_run: "yes" }, "dry_run"],
      [{ timing: "now", subscriptions: [usd.id] }, "subscriptions"],
    ];
    for (const [body, param] of cases) {
      const response = await migrate(catalogue.products.starter.id, body);
      expect(response.status).toBe(400);
      expect(response.body.error.param).toBe(param);
    }
    expect(await stripePriceOf(usd.id)).toBe(v1Price.stripe_id);
    expect(await audits()).toBe(0);
  });

  it("answers 404 for an unknown product or another organisation's", async () => {
    expect((await migrate("prod_doesnotexist", { timing: "now" })).status).toBe(404);
    const other = await newOrganization("Other Migration Co");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const response = await api(`/v1/products/${catalogue.products.starter.id}/migrate_subscribers`, {
      auth: otherKey,
      body: { timing: "now" },
    });
    expect(response.status).toBe(404);
    expect(await stripePriceOf(usd.id)).toBe(v1Price.stripe_id);
  });

  it("reports nothing to do for a product without older-version subscribers", async () => {
    const response = await migrate(catalogue.products.pro.id, { timing: "now" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ migrated: [], skipped: [] });
  });

  it("plans in a dry run without touching Stripe or the mirror", async () => {
    const before = await admin`select id, stripe_price_id, updated from subscriptions where org_id = ${org.orgId} order by id`;
    const response = await migrate(catalogue.products.starter.id, { timing: "now", dry_run: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dry_run: true, skipped: [] });
    expect(response.body.migrated).toEqual(
      expect.arrayContaining([usd.id, eur.id].map((id) => ({ subscription: id, from_price: v1Price.id, to_price: v2Price }))),
    );
    expect(response.body.migrated).toHaveLength(2);
    for (const subscription of [usd, eur]) {
      const onStripe = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
      expect([onStripe.items.data[0]?.price.id, onStripe.schedule]).toEqual([v1Price.stripe_id, null]);
    }
    expect(await admin`select id, stripe_price_id, updated from subscriptions where org_id = ${org.orgId} order by id`).toEqual(before);
    expect(await audits()).toBe(0);
  });

  it("at_renewal puts a schedule on Stripe whose next phase bills the new price from the period end", async () => {
    const response = await migrate(catalogue.products.starter.id, { timing: "at_renewal" });
    expect(response.body.migrated).toHaveLength(2);
    const [row] = await admin`select stripe_id from prices where id = ${v2Price}`;
    expect(row?.stripe_id).toMatch(/^price_/);
    for (const subscription of [usd, eur]) {
      const current = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
      expect(current.items.data[0]?.price.id).toBe(v1Price.stripe_id);
      const schedule = await org.stripe.subscriptionSchedules.retrieve(current.schedule as string, {}, org.on);
      expect(schedule.phases.map((phase) => [phase.items[0]?.price, phase.start_date])).toEqual([
        [v1Price.stripe_id, schedule.phases[0]?.start_date],
        [row?.stripe_id, current.items.data[0]?.current_period_end],
      ]);
    }
    expect(await listedSubscription(org, usd.id)).toMatchObject({ price: v1Price.id, product_version: 1 });
    expect(await audits()).toBe(1);
    // A change already scheduled (this migration, or a downgrade at period end) is never overwritten.
    const again = await migrate(catalogue.products.starter.id, { timing: "at_renewal" });
    expect(again.body.migrated).toEqual([]);
    expect(again.body.skipped.map((skip: { reason: string }) => skip.reason)).toEqual(["change_scheduled", "change_scheduled"]);
    for (const subscription of [usd, eur]) {
      const current = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
      await org.stripe.subscriptionSchedules.release(current.schedule as string, {}, org.on);
    }
  });

  it("now switches the price on Stripe and in the mirror to version 2", async () => {
    const response = await migrate(catalogue.products.starter.id, { timing: "now" });
    expect(response.status).toBe(200);
    expect(response.body.migrated).toHaveLength(2);
    const [row] = await admin`select stripe_id from prices where id = ${v2Price}`;
    for (const subscription of [usd, eur]) {
      expect(await stripePriceOf(subscription.id)).toBe(row?.stripe_id);
      expect(await listedSubscription(org, subscription.id)).toMatchObject({ price: v2Price, product_version: 2, status: "active" });
    }
    expect((await org.stripe.subscriptions.retrieve(eur.id, {}, org.on)).currency).toBe("eur");
    // Everyone is on the current version now.
    expect((await migrate(catalogue.products.starter.id, { timing: "now" })).body).toMatchObject({ migrated: [], skipped: [] });
  });

  it("skips subscribers without an equivalent current price, or without one in their currency", async () => {
    const { pro } = catalogue.products;
    const yearly = catalogue.prices.proYearly as unknown as { id: string; stripe_id: string };
    const monthly = await org.newPrice(
      { currency: "usd", unit_amount: 3100, currency_options: { gbp: { unit_amount: 2500 } }, recurring: { interval: "month" } },
      pro.id,
    );
    const yearlySubscriber = await subscribe(org, yearly.stripe_id);
    const poundSubscriber = await subscribe(org, monthly.stripe_id, "gbp");
    await org.as(`/v1/products/${pro.id}/grants/${catalogue.features.seats.id}`, { body: { value: 50 } });
    // Version 2 stops selling yearly, and sells monthly in dollars only.
    const copies = await admin`select p.id from prices p where p.product_id = ${pro.id} and p.version = 2
      and (p.recurring_interval = 'year' or exists (select 1 from price_amounts a where a.price_id = p.id and a.currency = 'gbp'))`;
    expect(copies).toHaveLength(2);
    for (const copy of copies) await org.as(`/v1/prices/${copy.id}`, { body: { active: false } });
    const response = await migrate(pro.id, { timing: "now" });
    expect(response.body.migrated).toEqual([]);
    expect(response.body.skipped).toEqual(
      expect.arrayContaining([
        { subscription: yearlySubscriber.id, reason: "no_equivalent_price" },
        { subscription: poundSubscriber.id, reason: "currency_not_offered" },
      ]),
    );
    expect(response.body.skipped).toHaveLength(2);
    expect(await stripePriceOf(yearlySubscriber.id)).toBe(yearly.stripe_id);
    expect(await stripePriceOf(poundSubscriber.id)).toBe(monthly.stripe_id);
  });
});
