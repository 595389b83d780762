import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueSnapshot, seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
type Seeded = Awaited<ReturnType<typeof seedCatalogue>>;
let a: { orgId: string; secret: string; live: string; catalogue: Seeded; liveCatalogue: Seeded };
let b: { orgId: string; catalogue: Seeded };

beforeAll(async () => {
  const [orgA, orgB] = await Promise.all([newOrganization("Tenant A"), newOrganization("Tenant B")]);
  const secret = (await newApiKey(admin, orgA.orgId)).key;
  const live = (await newApiKey(admin, orgA.orgId, { livemode: true })).key;
  const secretB = (await newApiKey(admin, orgB.orgId)).key;
  a = { orgId: orgA.orgId, secret, live, catalogue: await seedCatalogue(secret), liveCatalogue: await seedCatalogue(live) };
  b = { orgId: orgB.orgId, catalogue: await seedCatalogue(secretB) };
});
afterAll(() => admin.end());

/** Every catalogue route that names an object, called with `ids` (another tenant's objects). */
function requestsFor(ids: Seeded) {
  const product = ids.products.pro.id;
  const feature = ids.features.sso.id;
  const price = ids.prices.proMonthly.id;
  return [
    ["GET", `/v1/features/${feature}`, undefined],
    ["POST", `/v1/features/${feature}`, { name: "Hijacked" }],
    ["DELETE", `/v1/features/${feature}`, undefined],
    ["GET", `/v1/products/${product}`, undefined],
    ["POST", `/v1/products/${product}`, { name: "Hijacked" }],
    ["DELETE", `/v1/products/${ids.products.starter.id}`, undefined],
    ["GET", `/v1/products/${product}/grants`, undefined],
    ["POST", `/v1/products/${product}/grants`, { feature, value: true }],
    ["POST", `/v1/products/${product}/grants/${feature}`, { value: true }],
    ["DELETE", `/v1/products/${product}/grants/${feature}`, undefined],
    ["GET", `/v1/prices/${price}`, undefined],
    ["POST", `/v1/prices/${price}`, { active: false }],
  ] as const;
}

describe("catalogue tenancy", () => {
  it("answers 404 to another organization's ids and leaves its rows unchanged", async () => {
    const before = await catalogueSnapshot(admin, b.orgId);
    for (const [method, path, body] of requestsFor(b.catalogue)) {
      const response = await api(path, { method, auth: a.secret, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(await catalogueSnapshot(admin, b.orgId)).toEqual(before);
  });

  it("keeps test and live apart in both directions (404)", async () => {
    const liveBefore = await catalogueSnapshot(admin, a.orgId);
    for (const [method, path, body] of requestsFor(a.liveCatalogue)) {
      const response = await api(path, { method, auth: a.secret, ...(body ? { body } : {}) });
      expect(response.status, `test key: ${method} ${path}`).toBe(404);
    }
    for (const [method, path, body] of requestsFor(a.catalogue)) {
      const response = await api(path, { method, auth: a.live, ...(body ? { body } : {}) });
      expect(response.status, `live key: ${method} ${path}`).toBe(404);
    }
    expect(await catalogueSnapshot(admin, a.orgId)).toEqual(liveBefore);
  });

  it("refuses another organization's objects referenced in a body with 400 and the param", async () => {
    const before = await catalogueSnapshot(admin, b.orgId);
    const mine = a.catalogue.products.starter.id;
    const price = await api<{ error: { param: string } }>("/v1/prices", {
      auth: a.secret,
      body: { product: b.catalogue.products.pro.id, currency: "usd", unit_amount: 100 },
    });
    expect([price.status, price.body.error.param]).toEqual([400, "product"]);
    const grant = await api<{ error: { param: string } }>(`/v1/products/${mine}/grants`, {
      auth: a.secret,
      body: { feature: b.catalogue.features.sso.id, value: true },
    });
    expect([grant.status, grant.body.error.param]).toEqual([400, "feature"]);
    expect(await catalogueSnapshot(admin, b.orgId)).toEqual(before);
  });

  it("never lists another organization's or mode's rows", async () => {
    const theirs = JSON.stringify(b.catalogue);
    const live = JSON.stringify(a.liveCatalogue);
    for (const path of ["/v1/features", "/v1/products", "/v1/prices", `/v1/products/${a.catalogue.products.pro.id}/grants`]) {
      const list = await api<{ data: Array<{ id: string; livemode: boolean }> }>(`${path}?limit=100`, { auth: a.secret });
      expect(list.status).toBe(200);
      expect(list.body.data.length).toBeGreaterThan(0);
      for (const row of list.body.data) {
        expect(theirs).not.toContain(row.id);
        expect(live).not.toContain(row.id);
        expect(row.livemode).toBe(false);
      }
    }
    const exported = JSON.stringify((await api("/v1/catalogue/export", { auth: a.secret })).body);
    for (const id of [b.catalogue.products.pro.id, b.catalogue.prices.proMonthly.id, a.liveCatalogue.products.pro.id]) {
      expect(exported).not.toContain(id);
    }
    const cursor = await api(`/v1/products?starting_after=${b.catalogue.products.pro.id}`, { auth: a.secret });
    expect(cursor.status).toBe(400);
  });
});
