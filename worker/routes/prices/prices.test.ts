import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../../test/catalogue-fixtures";
import { adminSql, api, newOrganization, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let productId: string;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Prices Co"));
  productId = (await api<{ id: string }>("/v1/products", { auth: owner.token, org: orgId, body: { name: "Plan" } })).body.id;
});
afterAll(() => admin.end());

type Price = Record<string, unknown> & { id: string; active: boolean };
type ApiError = { error: { code: string; param?: string } };
const as = () => ({ auth: owner.token, org: orgId });

describe("prices", () => {
  it("creates a recurring price in several currencies and reads it back", async () => {
    const created = await api<Price>("/v1/prices", {
      ...as(),
      body: {
        product: productId,
        currency: "usd",
        unit_amount: 1999,
        currency_options: { eur: { unit_amount: 1899 }, jpy: { unit_amount: 2900 }, kwd: { unit_amount: 6150 } },
        recurring: { interval: "month", interval_count: 3 },
        trial_period_days: 14,
        trial_requires_payment_method: false,
        nickname: "Quarterly",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: "price",
      livemode: false,
      product: productId,
      product_version: 1,
      type: "recurring",
      recurring: { interval: "month", interval_count: 3 },
      currency: "usd",
      unit_amount: 1999,
      currency_options: { eur: { unit_amount: 1899 }, jpy: { unit_amount: 2900 }, kwd: { unit_amount: 6150 } },
      trial_period_days: 14,
      trial_requires_payment_method: false,
      stripe_id: null,
      sync_status: "pending",
    });
    expect(created.body.id).toMatch(/^price_/);
    const [row] = await admin`select unit_amount from price_amounts where price_id = ${created.body.id} and currency = 'jpy'`;
    expect(row?.unit_amount).toBe("2900");
    expect((await api<Price>(`/v1/prices/${created.body.id}`, as())).body).toEqual(created.body);
  });

  it("creates free and one-time prices, lists them by product, archives one", async () => {
    const free = await api<Price>("/v1/prices", {
      ...as(),
      body: { product: productId, currency: "usd", unit_amount: 0, recurring: { interval: "year" } },
    });
    expect(free.status).toBe(201);
    const once = await api<Price>("/v1/prices", { ...as(), body: { product: productId, currency: "gbp", unit_amount: 50000 } });
    expect(once.body).toMatchObject({ type: "one_time", recurring: null });
    const archived = await api<Price>(`/v1/prices/${free.body.id}`, { ...as(), body: { active: false } });
    expect(archived.body.active).toBe(false);
    const active = await api<{ data: Price[] }>(`/v1/prices?product=${productId}&active=true`, as());
    expect(active.body.data.map((price) => price.id)).toContain(once.body.id);
    expect(active.body.data.map((price) => price.id)).not.toContain(free.body.id);
    const page = await api<{ data: Price[]; has_more: boolean }>(`/v1/prices?product=${productId}&limit=1`, as());
    expect(page.body.data).toHaveLength(1);
    expect(page.body.has_more).toBe(true);
  });

  it("refuses bad money and intervals with the offending param and writes nothing", async () => {
    const base = { product: productId, currency: "usd", unit_amount: 1000 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, currency: "xyz" }, "currency"],
      [{ ...base, currency: "USD" }, "currency"],
      [{ ...base, unit_amount: 10.5 }, "unit_amount"],
      [{ ...base, unit_amount: "10.50" }, "unit_amount"],
      [{ ...base, unit_amount: -1 }, "unit_amount"],
      [{ ...base, unit_amount: 2 ** 53 + 2 }, "unit_amount"],
      [{ ...base, currency: "kwd", unit_amount: 1005 }, "unit_amount"],
      [{ ...base, currency: "isk", unit_amount: 550 }, "unit_amount"],
      [{ ...base, currency_options: { jpy: { unit_amount: 12.5 } } }, "currency_options[jpy][unit_amount]"],
      [{ ...base, currency_options: { zzz: { unit_amount: 100 } } }, "currency_options[zzz]"],
      [{ ...base, currency_options: { usd: { unit_amount: 100 } } }, "currency_options[usd]"],
      [{ ...base, recurring: { interval: "month", interval_count: 13 } }, "recurring[interval_count]"],
      [{ ...base, recurring: { interval: "week", interval_count: 53 } }, "recurring[interval_count]"],
      [{ ...base, recurring: { interval: "day", interval_count: 366 } }, "recurring[interval_count]"],
      [{ ...base, recurring: { interval: "year", interval_count: 2 } }, "recurring[interval_count]"],
      [{ ...base, recurring: { interval: "month", interval_count: 0 } }, "recurring[interval_count]"],
      [{ ...base, recurring: { interval: "fortnight" } }, "recurring[interval]"],
      [{ ...base, trial_period_days: 7 }, "trial_period_days"],
      [{ ...base, product: "prod_doesnotexist" }, "product"],
      [{ ...base, livemode: true }, "livemode"],
    ];
    const before = await catalogueCounts(admin, orgId);
    for (const [body, param] of cases) {
      const response = await api<ApiError>("/v1/prices", { ...as(), body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("never changes amounts after creation", async () => {
    const price = await api<Price>("/v1/prices", { ...as(), body: { product: productId, currency: "usd", unit_amount: 100 } });
    const response = await api<ApiError>(`/v1/prices/${price.body.id}`, { ...as(), body: { unit_amount: 200 } });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe("unit_amount");
  });

  it("refuses a second price with a lookup key already in use", async () => {
    const body = { product: productId, currency: "usd", unit_amount: 100, lookup_key: "plan_monthly" };
    expect((await api("/v1/prices", { ...as(), body })).status).toBe(201);
    const again = await api<ApiError>("/v1/prices", { ...as(), body });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "lookup_key_taken", param: "lookup_key" });
  });

  it("moves the lookup key from the price holding it with transfer_lookup_key, in this org only", async () => {
    const other = await newOrganization("Other Prices Co");
    const otherProduct = await api<{ id: string }>("/v1/products", { auth: other.owner.token, org: other.orgId, body: { name: "Plan" } });
    const body = { currency: "usd", unit_amount: 100, lookup_key: "plan_moving" };
    const theirs = await api<Price>("/v1/prices", {
      auth: other.owner.token,
      org: other.orgId,
      body: { ...body, product: otherProduct.body.id },
    });
    const old = await api<Price>("/v1/prices", { ...as(), body: { ...body, product: productId } });
    const replacement = await api<Price>("/v1/prices", {
      ...as(),
      body: { ...body, product: productId, unit_amount: 200, transfer_lookup_key: true },
    });
    expect(replacement.status).toBe(201);
    expect(replacement.body.lookup_key).toBe("plan_moving");
    expect((await api<Price>(`/v1/prices/${old.body.id}`, as())).body.lookup_key).toBeNull();
    const [theirRow] = await admin`select lookup_key from prices where id = ${theirs.body.id}`;
    expect(theirRow?.lookup_key).toBe("plan_moving");
  });

  it("keeps the old price's lookup key when the new price is refused", async () => {
    const old = await api<Price>("/v1/prices", {
      ...as(),
      body: { product: productId, currency: "usd", unit_amount: 100, lookup_key: "plan_kept" },
    });
    const refused = await api<ApiError>("/v1/prices", {
      ...as(),
      body: { product: "prod_missing", currency: "usd", unit_amount: 100, lookup_key: "plan_kept", transfer_lookup_key: true },
    });
    expect(refused.status).toBe(400);
    expect((await api<Price>(`/v1/prices/${old.body.id}`, as())).body.lookup_key).toBe("plan_kept");
  });
});

describe("currencies", () => {
  it("lists the supported currencies with their exponent and required multiple", async () => {
    const { status, body } = await api<{ data: Array<{ code: string; exponent: number; amount_multiple: number }> }>(
      "/v1/currencies",
      as(),
    );
    expect(status).toBe(200);
    const byCode = Object.fromEntries(body.data.map((currency) => [currency.code, currency]));
    expect(byCode.usd).toMatchObject({ exponent: 2, amount_multiple: 1 });
    expect(byCode.jpy).toMatchObject({ exponent: 0, amount_multiple: 1 });
    expect(byCode.kwd).toMatchObject({ exponent: 3, amount_multiple: 10 });
    expect(byCode.isk).toMatchObject({ exponent: 2, amount_multiple: 100 });
    expect(body.data.length).toBeGreaterThan(100);
  });
});
