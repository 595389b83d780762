import { describe, expect, it } from "vitest";
import { applicationFee, FIXED_FEE_MINOR } from "./application-fee";
import { percentCovering } from "./fee-collection";

/** The share of `amount` a two-decimal percentage names, before Stripe rounds it to a minor unit (exact, in BigInt). */
const share = (amount: number, percent: number) => {
  const hundredths = BigInt(Math.round(percent * 100));
  expect(Math.abs(percent * 100 - Number(hundredths))).toBeLessThan(1e-6); // two decimals, as Stripe takes it
  return { floor: Number((BigInt(amount) * hundredths) / 10_000n), exact: (BigInt(amount) * hundredths * 1_000_000n) / 10_000n };
};

describe("percentCovering: a subscription percentage that never takes less than the fee", () => {
  it("covers the fee under any rounding, overshooting by less than one 0.01 % step, for every amount up to 100.00", () => {
    for (const currency of [...Object.keys(FIXED_FEE_MINOR), "xxx"])
      for (let amount = 1; amount <= 10_000; amount++) {
        const { fee } = applicationFee(amount, currency);
        if (fee === 0) continue;
        const percent = percentCovering(fee, amount);
        const { floor, exact } = share(amount, percent);
        if (floor < fee || percent > 100) expect.fail(`${currency} ${amount}: ${percent}% takes ${floor}, below ${fee}`);
        expect(exact - BigInt(fee) * 1_000_000n).toBeLessThan(BigInt(amount) * 100n);
      }
  });

  it("covers it on large amounts too, where the excess is more than a minor unit", () => {
    for (const amount of [10_001, 54_321, 250_000, 1_000_000, 987_654_321, Number.MAX_SAFE_INTEGER]) {
      const { fee } = applicationFee(amount, "usd");
      const percent = percentCovering(fee, amount);
      expect(share(amount, percent).floor, `${amount}`).toBeGreaterThanOrEqual(fee);
      expect(share(amount, percent).floor - fee, `${amount}`).toBeLessThanOrEqual(Math.ceil(amount / 10_000));
    }
    expect(percentCovering(1, 1)).toBe(100);
    expect(percentCovering(0, 500)).toBe(0);
  });

  it("refuses a fee above the amount, a zero amount and fractions", () => {
    for (const [fee, amount] of [
      [11, 10],
      [1, 0],
      [0.5, 10],
      [-1, 10],
    ] as const)
      expect(() => percentCovering(fee, amount), `${fee} on ${amount}`).toThrow(RangeError);
  });
});
