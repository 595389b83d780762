import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { subscribe } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let catalogue: Awaited<ReturnType<typeof seedCatalogue>>;

interface Versions {
  data: Array<{ object: string; product: string; version: number; current: boolean; live_subscriptions: number; created: number }>;
}
const versions = (product: string) => org.as<Versions>(`/v1/products/${product}/versions`);
const shape = (body: Versions) => body.data.map(({ version, current, live_subscriptions }) => ({ version, current, live_subscriptions }));

beforeAll(async () => {
  org = await billingOrganization("Versions Co");
  catalogue = await seedCatalogue(org.secretKey);
  const monthly = catalogue.prices.starterMonthly as unknown as { stripe_id: string };
  await subscribe(org, monthly.stripe_id);
  await subscribe(org, monthly.stripe_id);
});
afterAll(() => admin.end());

describe("GET /v1/products/{id}/versions", () => {
  it("lists the one version with its live subscriptions, then the new version a change to it starts", async () => {
    const starter = catalogue.products.starter.id;
    const before = await versions(starter);
    expect(before.status).toBe(200);
    expect(shape(before.body)).toEqual([{ version: 1, current: true, live_subscriptions: 2 }]);
    expect(before.body.data[0]).toMatchObject({ object: "product_version", product: starter });

    await org.as(`/v1/products/${starter}/grants/${catalogue.features.seats.id}`, { body: { value: 10 } });
    expect(shape((await versions(starter)).body)).toEqual([
      { version: 2, current: true, live_subscriptions: 0 },
      { version: 1, current: false, live_subscriptions: 2 },
    ]);
  });

  it("does not count ended subscriptions", async () => {
    await admin`update subscriptions set status = 'canceled' where org_id = ${org.orgId} and id = (
      select id from subscriptions where org_id = ${org.orgId} order by id limit 1)`;
    expect(shape((await versions(catalogue.products.starter.id)).body).at(-1)).toEqual({
      version: 1,
      current: false,
      live_subscriptions: 1,
    });
  });

  it("answers 404 for an unknown product or another organisation's", async () => {
    expect((await versions("prod_doesnotexist")).status).toBe(404);
    const other = await newOrganization("Other Versions Co");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    expect((await api(`/v1/products/${catalogue.products.starter.id}/versions`, { auth: otherKey })).status).toBe(404);
  });
});
