import { expect } from "@open-wc/testing";
import { currencyExponent, formatMoney, minorToDecimal } from "./money";

describe("money", () => {
  it("knows each currency's minor-unit exponent, with Stripe's exceptions", () => {
    expect(currencyExponent("usd")).to.equal(2);
    expect(currencyExponent("JPY")).to.equal(0);
    expect(currencyExponent("kwd")).to.equal(3);
    expect(currencyExponent("isk")).to.equal(2);
  });

  it("converts minor units to an exact decimal string", () => {
    expect(minorToDecimal(1205, "usd")).to.equal("12.05");
    expect(minorToDecimal(-5, "eur")).to.equal("-0.05");
    expect(minorToDecimal(1200, "jpy")).to.equal("1200");
    expect(minorToDecimal(1, "kwd")).to.equal("0.001");
    expect(minorToDecimal(9007199254740991, "usd")).to.equal("90071992547409.91");
  });

  it("refuses fractional or unsafe amounts", () => {
    expect(() => minorToDecimal(1.5, "usd")).to.throw(RangeError);
    expect(() => minorToDecimal(2 ** 53, "usd")).to.throw(RangeError);
  });

  it("formats for people without float rounding", () => {
    expect(formatMoney(1205, "usd", "en-US")).to.equal("$12.05");
    expect(formatMoney(1200, "jpy", "en-US")).to.equal("¥1,200");
    expect(formatMoney(9007199254740991, "usd", "en-US")).to.equal("$90,071,992,547,409.91");
  });
});
