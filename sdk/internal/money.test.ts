import { expect } from "@open-wc/testing";
import { formatMoney, minorToDecimal } from "./money";

describe("money", () => {
  it("converts minor units to an exact decimal string with the API's exponent", () => {
    expect(minorToDecimal(1205, 2)).to.equal("12.05");
    expect(minorToDecimal(-5, 2)).to.equal("-0.05");
    expect(minorToDecimal(1200, 0)).to.equal("1200");
    expect(minorToDecimal(1, 3)).to.equal("0.001");
    expect(minorToDecimal(9007199254740991, 2)).to.equal("90071992547409.91");
  });

  it("refuses fractional or unsafe amounts and impossible exponents", () => {
    expect(() => minorToDecimal(1.5, 2)).to.throw(RangeError);
    expect(() => minorToDecimal(2 ** 53, 2)).to.throw(RangeError);
    expect(() => minorToDecimal(100, -1)).to.throw(RangeError);
    expect(() => minorToDecimal(100, 1.5)).to.throw(RangeError);
  });

  it("formats for people without float rounding", () => {
    expect(formatMoney(1205, "usd", 2, "en-US")).to.equal("$12.05");
    expect(formatMoney(9007199254740991, "usd", 2, "en-US")).to.equal("$90,071,992,547,409.91");
  });

  // The exponents below are the ones the API sends (Stripe's); Intl's defaults differ for IDR and
  // UGX-like cases, and following them showed IDR prices 100× too high.
  it("shows 1,000,000 IDR minor units as 10,000.00 rupiah (Stripe counts IDR in hundredths; Intl says 0 decimals)", () => {
    expect(formatMoney(1_000_000, "idr", 2, "en-US")).to.equal("IDR\u00a010,000.00");
    expect(formatMoney(1_000_000, "idr", 2, "id-ID")).to.equal("Rp\u00a010.000,00");
    expect(formatMoney(1_000_000, "idr", 2, "en-US", { whole: true })).to.equal("IDR\u00a010,000");
  });

  it("shows UGX, JPY and KRW (zero-decimal for Stripe) as whole units", () => {
    expect(formatMoney(1_000_000, "ugx", 0, "en-US")).to.equal("UGX\u00a01,000,000");
    expect(formatMoney(1200, "jpy", 0, "en-US")).to.equal("¥1,200");
    expect(formatMoney(5000, "krw", 0, "en-US")).to.equal("₩5,000");
  });

  it("shows KWD with three decimals", () => {
    expect(formatMoney(12_340, "kwd", 3, "en-US")).to.equal("KWD\u00a012.340");
    expect(formatMoney(12_340, "kwd", 3, "en-US", { whole: true })).to.equal("KWD\u00a012.340");
    expect(formatMoney(12_000, "kwd", 3, "en-US", { whole: true })).to.equal("KWD\u00a012");
  });
});
