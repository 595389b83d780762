import { describe, expect, it } from "vitest";
import { applicationFee, FIXED_FEE_MINOR } from "./fees/application-fee";
import { feePercent } from "./subscription-change-now";

/** Stripe takes application_fee_percent with two decimals and rounds the fee to a minor unit. */
const charged = (amount: number, percent: number) => Math.round((amount * Math.round(percent * 100)) / 10_000);

describe("the fee of a change made now, as a subscription percentage", () => {
  it("charges exactly BillingOS's fee on every amount up to 100.00, in every currency with a fixed part", () => {
    for (const currency of Object.keys(FIXED_FEE_MINOR))
      for (let amount = 1; amount <= 10_000; amount++) {
        const { fee } = applicationFee(amount, currency);
        const percent = feePercent(fee, amount);
        expect(percent).toBeLessThanOrEqual(100);
        if (charged(amount, percent) !== fee)
          expect.fail(`${currency} ${amount}: ${percent}% charges ${charged(amount, percent)}, not ${fee}`);
      }
  });

  it("misses by at most half a step of 0.01 % above that", () => {
    for (const amount of [10_001, 54_321, 250_000, 1_000_000]) {
      const { fee } = applicationFee(amount, "usd");
      expect(Math.abs(charged(amount, feePercent(fee, amount)) - fee)).toBeLessThanOrEqual(Math.ceil(amount / 20_000));
    }
  });
});
