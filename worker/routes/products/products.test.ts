import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../../test/catalogue-fixtures";
import { adminSql, api, newApiKey, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Products Co"));
});
afterAll(() => admin.end());

type Product = Record<string, unknown> & { id: string; active: boolean };
type ApiError = { error: { code: string; param?: string } };
const as = () => ({ auth: owner.token, org: orgId });

describe("products", () => {
  it("creates a pricing-table product with version 1 and a pending Stripe sync", async () => {
    const created = await api<Product>("/v1/products", {
      ...as(),
      body: {
        name: "Team",
        description: "<b>Markup stays data</b>",
        marketing_features: ["Unlimited projects", "Priority support"],
        image_url: "https://cdn.example/team.png",
        display_order: 2,
        highlighted: true,
        lookup_key: "team",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: "product",
      livemode: false,
      name: "Team",
      description: "<b>Markup stays data</b>",
      active: true,
      visible: true,
      marketing_features: ["Unlimited projects", "Priority support"],
      highlighted: true,
      display_order: 2,
      version: 1,
      stripe_id: null,
      sync_status: "pending",
    });
    expect(created.body.id).toMatch(/^prod_/);
    const [version] = await admin`select version from product_versions where product_id = ${created.body.id}`;
    expect(version?.version).toBe(1);
    expect((await api<Product>(`/v1/products/${created.body.id}`, as())).body).toEqual(created.body);
  });

  it("updates, archives, filters the list by active and deletes only products without prices", async () => {
    const product = await api<Product>("/v1/products", { ...as(), body: { name: "Old" } });
    const updated = await api<Product>(`/v1/products/${product.body.id}`, {
      ...as(),
      body: { name: "Legacy", active: false, visible: false },
    });
    expect(updated.body).toMatchObject({ name: "Legacy", active: false, visible: false });
    const active = await api<{ data: Product[] }>("/v1/products?active=true&limit=100", as());
    expect(active.body.data.map((row) => row.id)).not.toContain(product.body.id);
    await api("/v1/prices", { ...as(), body: { product: product.body.id, currency: "usd", unit_amount: 100 } });
    const refused = await api<ApiError>(`/v1/products/${product.body.id}`, { ...as(), method: "DELETE" });
    expect([refused.status, refused.body.error.code]).toEqual([409, "product_has_prices"]);
    const bare = await api<Product>("/v1/products", { ...as(), body: { name: "Bare" } });
    expect((await api(`/v1/products/${bare.body.id}`, { ...as(), method: "DELETE" })).status).toBe(200);
    const [gone] = await admin`select count(*)::int as n from product_versions where product_id = ${bare.body.id}`;
    expect(gone?.n).toBe(0);
  });

  it("refuses bad input with the offending param and writes nothing", async () => {
    const before = await catalogueCounts(admin, orgId);
    const cases: Array<[unknown, string]> = [
      [{}, "name"],
      [{ name: "" }, "name"],
      [{ name: "x".repeat(251) }, "name"],
      [{ name: "ok", image_url: "http://insecure.example/a.png" }, "image_url"],
      [{ name: "ok", marketing_features: Array.from({ length: 16 }, () => "x") }, "marketing_features"],
      [{ name: "ok", marketing_features: ["bad\u0007bell"] }, "marketing_features[0]"],
      [{ name: "ok", display_order: 1.5 }, "display_order"],
      [{ name: "ok", livemode: true }, "livemode"],
      [{ name: "ok", stripe_id: "prod_stripe" }, "stripe_id"],
    ];
    for (const [body, param] of cases) {
      const response = await api<ApiError>("/v1/products", { ...as(), body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("lets a restricted key scoped to catalogue:read list but not write", async () => {
    const key = (await newApiKey(admin, orgId, { type: "restricted", scopes: { catalogue: "read" } })).key;
    expect((await api("/v1/products", { auth: key })).status).toBe(200);
    const write = await api<ApiError>("/v1/products", { auth: key, body: { name: "Nope" } });
    expect([write.status, write.body.error.code]).toEqual([403, "insufficient_permissions"]);
    const writer = (await newApiKey(admin, orgId, { type: "restricted", scopes: { catalogue: "write" } })).key;
    expect((await api("/v1/products", { auth: writer, body: { name: "Yes" } })).status).toBe(201);
  });
});
