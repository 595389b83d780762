import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueCounts } from "../../test/catalogue-fixtures";
import { adminSql, api, call, newOrganization, type TestUser } from "../../test/fixtures";

/**
 * Bad amounts in every currency class (two-decimal USD, zero-decimal JPY, three-decimal KWD, ISK in
 * whole krónur) wherever an amount is written: a price's unit_amount, its currency_options, a
 * grant's overage amounts and a catalogue import. Each refusal is checked by code and message, not only status and param:
 * a fraction once got the ISK message when the schema's integer check was missing.
 */

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let productId: string;
let meteredFeature: string;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Amounts Co"));
  productId = (await api<{ id: string }>("/v1/products", { ...as(), body: { name: "Plan" } })).body.id;
  meteredFeature = (await api<{ id: string }>("/v1/features", { ...as(), body: { key: "calls", name: "Calls", type: "metered" } })).body.id;
});
afterAll(() => admin.end());

type ApiError = { error: { type: string; code: string; message: string; param?: string } };
const as = () => ({ auth: owner.token, org: orgId });

const FRACTION = "must be an integer in the currency's minor unit (e.g. 1999 for 19.99 USD); fractions are refused, never rounded.";
const NEGATIVE = "must not be negative.";
const NOT_A_NUMBER = "must be a JSON number, an integer in the currency's minor unit (e.g. 1999 for 19.99 USD).";
const TOO_LARGE = "must be at most 9007199254740991 (2^53 - 1), the largest integer a JSON number carries exactly.";
const KWD = "KWD amounts are in thousandths and must end in 0 (Stripe charges whole hundredths).";
const ISK = "ISK amounts are written with two decimals that must be 00 (whole krónur), e.g. 500 for 5 ISK.";

/** [currency, the amount as JSON text, message]: each differs from a good price only in the amount. */
const BAD_AMOUNTS: Array<[string, string, string]> = [
  ...["usd", "jpy", "kwd", "isk"].flatMap(
    (currency): Array<[string, string, string]> => [
      [currency, "1000.5", FRACTION],
      [currency, "0.1", FRACTION],
      [currency, "-1000", NEGATIVE],
      [currency, '"1000"', NOT_A_NUMBER],
      [currency, "null", NOT_A_NUMBER],
      [currency, "9007199254740994", TOO_LARGE],
      [currency, "1e400", TOO_LARGE],
    ],
  ),
  ["kwd", "1005", KWD],
  ["isk", "550", ISK],
  ["isk", "1", ISK],
];
const GOOD_AMOUNTS: Record<string, string> = { usd: "1999", jpy: "2900", kwd: "6150", isk: "50000" };

/** A raw JSON body with the amount spliced in as written (1e400 cannot survive JSON.stringify). */
const withAmount = (template: Record<string, unknown>, amount: string) => JSON.stringify(template).replace('"AMOUNT"', amount);

async function post(path: string, body: string) {
  const response = await call(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${owner.token}`, "BillingOS-Organization": orgId, "content-type": "application/json" },
    body,
  });
  return { status: response.status, body: await response.json<ApiError>() };
}

/** What is wrong with a refusal, or nothing when it is a 400 parameter_invalid on `param` with `message`. */
function mismatch(response: { status: number; body: ApiError }, param: string, message: string): string[] {
  const { error } = response.body;
  const ok =
    response.status === 400 &&
    error.type === "invalid_request_error" &&
    error.code === "parameter_invalid" &&
    error.param === param &&
    error.message === `Invalid ${param}: ${message}`;
  return ok ? [] : [`${param}: got ${response.status} ${JSON.stringify(error)}`];
}

describe("bad amounts", () => {
  it("are refused on a price's unit_amount and currency_options with code, message and param; nothing is written", async () => {
    const before = await catalogueCounts(admin, orgId);
    const failures: string[] = [];
    for (const [currency, amount, message] of BAD_AMOUNTS) {
      const other = currency === "usd" ? "eur" : "usd";
      for (const [template, param] of [
        [{ product: productId, currency, unit_amount: "AMOUNT" }, "unit_amount"],
        [
          { product: productId, currency: other, unit_amount: 1000, currency_options: { [currency]: { unit_amount: "AMOUNT" } } },
          `currency_options[${currency}][unit_amount]`,
        ],
      ] as const) {
        const response = await post("/v1/prices", withAmount(template, amount));
        failures.push(...mismatch(response, param, message).map((line) => `${currency} ${amount} ${line}`));
      }
    }
    expect(failures).toEqual([]);
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("are refused on a grant's overage_unit_amounts the same way", async () => {
    const before = await catalogueCounts(admin, orgId);
    const failures: string[] = [];
    for (const [currency, amount, message] of BAD_AMOUNTS) {
      const param = `overage_unit_amounts[${currency}]`;
      const response = await post(
        `/v1/products/${productId}/grants`,
        withAmount({ feature: meteredFeature, value: 100, overage_unit_amounts: { [currency]: "AMOUNT" } }, amount),
      );
      failures.push(...mismatch(response, param, message).map((line) => `${currency} ${amount} ${line}`));
    }
    expect(failures).toEqual([]);
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("are refused in a catalogue import the same way", async () => {
    const seeded = await api("/v1/prices", { ...as(), body: { product: productId, currency: "usd", unit_amount: 1000 } });
    expect(seeded.status).toBe(201);
    const exported = await api<{ products: Array<{ prices: Array<Record<string, unknown>> }> }>("/v1/catalogue/export", as());
    const productIndex = exported.body.products.findIndex((product) => product.prices.length > 0);
    const before = await catalogueCounts(admin, orgId);
    const failures: string[] = [];
    for (const [currency, amount, message] of BAD_AMOUNTS) {
      const document = structuredClone(exported.body);
      const price = document.products[productIndex]?.prices[0];
      if (price) Object.assign(price, { currency, unit_amount: "AMOUNT", currency_options: {} });
      const response = await post("/v1/catalogue/import", withAmount({ catalogue: document }, amount));
      const param = `catalogue[products][${productIndex}][prices][0][unit_amount]`;
      failures.push(...mismatch(response, param, message).map((line) => `${currency} ${amount} ${line}`));
    }
    expect(failures).toEqual([]);
    expect(await catalogueCounts(admin, orgId)).toEqual(before);
  });

  it("accept the good amount of each currency (the cases above differ from it only in the amount)", async () => {
    for (const [currency, amount] of Object.entries(GOOD_AMOUNTS)) {
      const response = await post("/v1/prices", withAmount({ product: productId, currency, unit_amount: "AMOUNT" }, amount));
      expect(response.status, currency).toBe(201);
    }
  });
});
