import { describe, expect, it } from "vitest";
import { applicationFee, FIXED_FEE_MINOR, feeToReturn } from "./application-fee";

/** A small deterministic generator, so a failing case can be reproduced from its seed. */
function* randomAmounts(seed: number, count: number) {
  let state = seed;
  for (let index = 0; index < count; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const magnitude = state % 16;
    yield Math.min(Number.MAX_SAFE_INTEGER, Math.floor((state / 2 ** 31) * 10 ** magnitude));
  }
}

describe("application fee", () => {
  it("is 0.5 % plus 30 ¢ on a USD charge", () => {
    expect(applicationFee(10_000, "usd")).toEqual({ gross: 10_000, fee: 80, net: 9_920 });
    expect(applicationFee(2_900, "USD")).toEqual({ gross: 2_900, fee: 45, net: 2_855 });
  });

  it("rounds the percentage half up", () => {
    expect(applicationFee(100, "xxx").fee).toBe(1); // 0.5 → 1
    expect(applicationFee(99, "xxx").fee).toBe(0); // 0.495 → 0
    expect(applicationFee(300, "xxx").fee).toBe(2); // 1.5 → 2
  });

  it("never takes more than the charge, and nothing from zero", () => {
    expect(applicationFee(10, "usd")).toEqual({ gross: 10, fee: 10, net: 0 });
    expect(applicationFee(0, "usd")).toEqual({ gross: 0, fee: 0, net: 0 });
  });

  it("keeps fee + net = gross for every amount and currency (property)", () => {
    for (const currency of [...Object.keys(FIXED_FEE_MINOR), "xxx"]) {
      for (const gross of randomAmounts(currency.charCodeAt(0) * 31 + currency.charCodeAt(2), 500)) {
        const split = applicationFee(gross, currency);
        expect(split.fee + split.net, `${gross} ${currency}`).toBe(gross);
        expect(Number.isSafeInteger(split.fee) && split.fee >= 0 && split.fee <= gross).toBe(true);
      }
    }
    const max = applicationFee(Number.MAX_SAFE_INTEGER, "usd");
    expect(max.fee + max.net).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses floats, negatives and unsafe integers", () => {
    for (const bad of [1.5, -1, 2 ** 53, Number.NaN]) expect(() => applicationFee(bad, "usd")).toThrow(RangeError);
  });

  it("returns the fee in proportion on refunds, exactly all of it once fully refunded (property)", () => {
    const split = applicationFee(10_000, "usd");
    expect(feeToReturn(split, 10_000, 0)).toBe(80);
    expect(feeToReturn(split, 5_000, 0)).toBe(40);
    for (const gross of randomAmounts(7, 200)) {
      const charge = applicationFee(gross, "eur");
      let refunded = 0;
      let returned = 0;
      for (const part of [3, 3, 3]) {
        refunded =
          part === 3 && refunded + Math.floor(gross / 3) * 2 > gross ? gross : Math.min(gross, refunded + Math.floor(gross / part));
        returned += feeToReturn(charge, refunded, returned);
        expect(returned).toBeLessThanOrEqual(charge.fee);
      }
      returned += feeToReturn(charge, gross, returned);
      expect(returned, `${gross}`).toBe(charge.fee);
    }
    expect(() => feeToReturn(split, 10_001, 0)).toThrow(RangeError);
  });
});
