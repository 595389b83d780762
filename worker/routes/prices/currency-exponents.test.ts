import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dunningEmail, formatAmount } from "../../domain/dunning/notices";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

/**
 * Every amount the API sends comes with its currency's exponent as Stripe counts it, the one source
 * clients format with. Intl's defaults disagree for about a dozen currencies: 0 decimals for IDR
 * (Stripe: 2), and the SDK once had UGX at 2 (Stripe: 0), so these are the cases that matter.
 */
const EXPECTED = { idr: 2, ugx: 0, jpy: 0, kwd: 3, xof: 0, usd: 2 } as const;

const admin = adminSql();
let secret: string;
let publishable: string;
let price: {
  currency: string;
  currency_exponent: number;
  currency_options: Record<string, { unit_amount: number; currency_exponent: number }>;
};

beforeAll(async () => {
  const { orgId } = await newOrganization("Exponents Co");
  secret = (await newApiKey(admin, orgId)).key;
  publishable = (await newApiKey(admin, orgId, { type: "publishable" })).key;
  const product = await api<{ id: string }>("/v1/products", { auth: secret, body: { name: "Global plan" } });
  const created = await api<typeof price>("/v1/prices", {
    auth: secret,
    body: {
      product: product.body.id,
      currency: "idr",
      unit_amount: 1_000_000,
      recurring: { interval: "month" },
      currency_options: {
        ugx: { unit_amount: 37_000 },
        jpy: { unit_amount: 1500 },
        kwd: { unit_amount: 3070 },
        xof: { unit_amount: 6000 },
      },
    },
  });
  expect(created.status).toBe(201);
  price = created.body;
});
afterAll(() => admin.end());

describe("currency exponents in the API", () => {
  it("gives a price's exponent for its currency and for each currency option", () => {
    expect(price.currency_exponent).toBe(EXPECTED.idr);
    expect(Object.fromEntries(Object.entries(price.currency_options).map(([code, option]) => [code, option.currency_exponent]))).toEqual({
      ugx: EXPECTED.ugx,
      jpy: EXPECTED.jpy,
      kwd: EXPECTED.kwd,
      xof: EXPECTED.xof,
    });
  });

  it("gives the pricing document the exponent of every currency it lists", async () => {
    const { status, body } = await api<{ currencies: string[]; currency_exponents: Record<string, number> }>("/v1/pricing", {
      auth: publishable,
    });
    expect(status).toBe(200);
    expect(body.currencies).toEqual(["idr", "jpy", "kwd", "ugx", "xof"]);
    expect(body.currency_exponents).toEqual({ idr: 2, jpy: 0, kwd: 3, ugx: 0, xof: 0 });
  });

  it("lists the same exponents as GET /v1/currencies, the catalogue's table", async () => {
    const { body } = await api<{ data: Array<{ code: string; exponent: number }> }>("/v1/currencies", { auth: secret });
    const table = Object.fromEntries(body.data.map((currency) => [currency.code, currency.exponent]));
    for (const [code, exponent] of Object.entries(EXPECTED)) expect(table[code], code).toBe(exponent);
  });
});

describe("amounts in e-mails", () => {
  it("formats with the API's exponents, not Intl's defaults", () => {
    expect(formatAmount(1_000_000, "idr")).toBe("IDR\u00a010,000.00");
    expect(formatAmount(1_000_000, "ugx")).toBe("UGX\u00a01,000,000");
    expect(formatAmount(2900, "jpy")).toBe("¥2,900");
    expect(formatAmount(12_340, "kwd")).toBe("KWD\u00a012.340");
    expect(formatAmount(5000, "krw")).toBe("₩5,000");
  });

  it("shows an IDR amount due in a dunning e-mail in rupiah, not 100× too much", () => {
    const email = dunningEmail({
      invoice_id: "in_exponents",
      attempt: 1,
      recipient: "buyer@example.test",
      amount_due: "1000000",
      currency: "idr",
      update_url: "https://shop.example/billing",
      will_retry: true,
      merchant: "Exponents Co",
    });
    expect(email.text).toContain("IDR\u00a010,000.00");
    expect(email.text).not.toContain("1,000,000");
  });
});
