import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalogue } from "../../test/catalogue-fixtures";
import { adminSql, api, call, newApiKey, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let publishable: string;
let seeded: Awaited<ReturnType<typeof seedCatalogue>>;

type Pricing = {
  object: string;
  livemode: boolean;
  currencies: string[];
  products: Array<{ id: string; name: string; highlighted: boolean; prices: Record<string, Array<Record<string, unknown>>> }>;
  features: Array<{ key: string; name: string; values: Record<string, { value: unknown; overage_unit_amounts: unknown } | null> }>;
};

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Pricing Co"));
  const secret = (await newApiKey(admin, orgId)).key;
  seeded = await seedCatalogue(secret);
  publishable = (await newApiKey(admin, orgId, { type: "publishable" })).key;
  // Neither a hidden product, an archived one, nor an archived price may appear.
  const hidden = await api<{ id: string }>("/v1/products", { auth: secret, body: { name: "Hidden", visible: false } });
  await api("/v1/prices", { auth: secret, body: { product: hidden.body.id, currency: "usd", unit_amount: 1 } });
  await api("/v1/products", { auth: secret, body: { name: "Archived", active: false } });
  const archived = await api<{ id: string }>("/v1/prices", {
    auth: secret,
    body: { product: seeded.products.pro.id, currency: "usd", unit_amount: 5 },
  });
  await api(`/v1/prices/${archived.body.id}`, { auth: secret, body: { active: false } });
  await api(`/v1/organizations/${orgId}`, { auth: owner.token, org: orgId, body: { allowed_origins: ["https://shop.example"] } });
});
afterAll(() => admin.end());

describe("GET /v1/pricing", () => {
  it("returns visible products in order, prices by currency and interval, and a feature matrix", async () => {
    const { status, body } = await api<Pricing>("/v1/pricing", { auth: publishable });
    expect(status).toBe(200);
    const { starter, pro } = seeded.products;
    expect(body).toMatchObject({ object: "pricing", livemode: false, currencies: ["eur", "usd"] });
    expect(body.products.map((product) => product.name)).toEqual(["Starter", "Pro"]);
    expect(body.products[1]?.highlighted).toBe(true);
    expect(body.products[0]?.prices).toEqual({
      eur: [expect.objectContaining({ price: seeded.prices.starterMonthly.id, interval: "month", interval_count: 1, unit_amount: 800 })],
      usd: [expect.objectContaining({ price: seeded.prices.starterMonthly.id, unit_amount: 900 })],
    });
    expect(body.products[1]?.prices.usd?.map((option) => [option.interval, option.unit_amount, option.trial_period_days])).toEqual([
      ["month", 2900, 14],
      ["year", 29000, null],
    ]);
    expect(body.features.map((feature) => feature.key)).toEqual(["sso", "api_calls", "seats"]);
    const matrix = Object.fromEntries(body.features.map((feature) => [feature.key, feature.values]));
    expect(matrix.sso).toEqual({ [starter.id]: null, [pro.id]: { value: true, overage_unit_amounts: null } });
    expect(matrix.api_calls?.[starter.id]).toEqual({ value: 1000, overage_unit_amounts: { usd: 2 } });
    expect(matrix.api_calls?.[pro.id]?.value).toBe("unlimited");
    expect(matrix.seats?.[pro.id]?.value).toBe(20);
    expect(JSON.stringify(body)).not.toMatch(/Hidden|Archived|stripe_id|sync_status|"unit_amount":5\b/);
  });

  it("sends an ETag and Cache-Control, answers 304 to If-None-Match, and shows a change on the next request", async () => {
    const first = await call("/v1/pricing", { headers: { Authorization: `Bearer ${publishable}` } });
    const etag = first.headers.get("ETag") as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("Cache-Control")).toBe("private, max-age=5, must-revalidate");
    const again = await call("/v1/pricing", { headers: { Authorization: `Bearer ${publishable}`, "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);

    const secret = (await newApiKey(admin, orgId)).key;
    await api(`/v1/products/${seeded.products.starter.id}`, { auth: secret, body: { name: "Starter 2" } });
    const changed = await call("/v1/pricing", { headers: { Authorization: `Bearer ${publishable}`, "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect(((await changed.json()) as Pricing).products[0]?.name).toBe("Starter 2");
    await api(`/v1/products/${seeded.products.starter.id}`, { auth: secret, body: { name: "Starter" } });
  });

  it("shows a change to a feature alone (not its products) on the next request", async () => {
    const secret = (await newApiKey(admin, orgId)).key;
    const first = await api<Pricing>("/v1/pricing", { auth: publishable });
    expect(first.body.features.find((feature) => feature.key === "seats")?.name).toBe("Seats");
    await api(`/v1/features/${seeded.features.seats.id}`, { auth: secret, body: { name: "Team seats" } });
    const next = await api<Pricing>("/v1/pricing", { auth: publishable });
    expect(next.body.features.find((feature) => feature.key === "seats")?.name).toBe("Team seats");
    expect(next.headers.get("ETag")).not.toBe(first.headers.get("ETag"));
  });

  it("leaves out a product until it has an active price, and again once its last price is archived", async () => {
    const secret = (await newApiKey(admin, orgId)).key;
    const names = (body: Pricing) => body.products.map((product) => product.name);
    const before = await api<Pricing>("/v1/pricing", { auth: publishable });
    const created = await api<{ id: string }>("/v1/products", { auth: secret, body: { name: "Coming Later" } });
    expect(created.status).toBe(201);
    const empty = await api<Pricing>("/v1/pricing", { auth: publishable });
    expect(names(empty.body)).toEqual(["Starter", "Pro"]);
    expect(JSON.stringify(empty.body)).not.toContain(created.body.id);
    expect(empty.headers.get("ETag")).toBe(before.headers.get("ETag"));
    // The admin API still sees and edits it.
    const listed = await api<{ data: Array<{ id: string }> }>("/v1/products?limit=100", { auth: secret });
    expect(listed.body.data.map((product) => product.id)).toContain(created.body.id);
    expect((await api(`/v1/products/${created.body.id}`, { auth: secret, body: { description: "Soon" } })).status).toBe(200);

    const price = await api<{ id: string }>("/v1/prices", {
      auth: secret,
      body: { product: created.body.id, currency: "usd", unit_amount: 700 },
    });
    expect(price.status).toBe(201);
    const priced = await api<Pricing>("/v1/pricing", { auth: publishable });
    expect(names(priced.body).sort()).toEqual(["Coming Later", "Pro", "Starter"]);
    expect(priced.body.products.find((product) => product.id === created.body.id)?.prices).toEqual({
      usd: [expect.objectContaining({ price: price.body.id, unit_amount: 700 })],
    });

    expect((await api(`/v1/prices/${price.body.id}`, { auth: secret, body: { active: false } })).status).toBe(200);
    const archived = await call("/v1/pricing", {
      headers: { Authorization: `Bearer ${publishable}`, "If-None-Match": priced.headers.get("ETag") as string },
    });
    expect(archived.status).toBe(200);
    expect(archived.headers.get("ETag")).not.toBe(priced.headers.get("ETag"));
    expect(names((await archived.json()) as Pricing)).toEqual(["Starter", "Pro"]);
    expect((await api(`/v1/products/${created.body.id}`, { auth: secret })).status).toBe(200);
  });

  it("allows the organization's origins with CORS headers and refuses others without data", async () => {
    const allowed = await api<Pricing>("/v1/pricing", { auth: publishable, headers: { Origin: "https://shop.example" } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe("https://shop.example");
    expect(allowed.headers.get("Vary")).toMatch(/Origin/);
    const refused = await api<{ error: { code: string } }>("/v1/pricing", {
      auth: publishable,
      headers: { Origin: "https://evil.example" },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("origin_not_allowed");
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(JSON.stringify(refused.body)).not.toContain("Starter");
    const server = await api("/v1/pricing", { auth: publishable });
    expect(server.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("answers preflights for /v1/*", async () => {
    const response = await call("/v1/pricing", {
      method: "OPTIONS",
      headers: {
        Origin: "https://shop.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization, if-none-match",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("https://shop.example");
    expect(response.headers.get("Access-Control-Allow-Headers")).toMatch(/Authorization/);
    // The SDK polls with the ETag it read: the preflight allows If-None-Match.
    expect(response.headers.get("Access-Control-Allow-Headers")).toMatch(/If-None-Match/);
    expect(response.headers.get("Access-Control-Allow-Methods")).toMatch(/GET/);
  });

  it("shows each mode and organization only its own catalogue", async () => {
    const live = (await newApiKey(admin, orgId, { type: "publishable", livemode: true })).key;
    const liveTable = await api<Pricing>("/v1/pricing", { auth: live });
    expect(liveTable.body).toEqual({
      object: "pricing",
      livemode: true,
      currencies: [],
      currency_exponents: {},
      appearance: { theme: null, tokens: {} },
      products: [],
      features: [],
    });
    const other = await newOrganization("Other Pricing");
    const theirs = (await newApiKey(admin, other.orgId, { type: "publishable" })).key;
    expect((await api<Pricing>("/v1/pricing", { auth: theirs })).body.products).toEqual([]);
  });
});
