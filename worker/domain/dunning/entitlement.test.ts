import { describe, expect, it } from "vitest";
import { accessEndsAt, isEntitled } from "./entitlement";
import { dunningEmail, formatAmount } from "./notices";

const since = new Date("2026-11-01T00:00:00Z");
const week = { grace_period_days: 7 };
const at = (iso: string) => new Date(iso);

describe("isEntitled", () => {
  it("grants active and trialing subscriptions whatever the grace period", () => {
    for (const status of ["active", "trialing"]) {
      expect(isEntitled({ status, past_due_since: null }, { grace_period_days: 0 }, at("2030-01-01T00:00:00Z"))).toBe(true);
    }
  });

  it("grants a past_due subscription until the grace period ends, counted from when it fell behind", () => {
    const pastDue = { status: "past_due", past_due_since: since };
    expect(isEntitled(pastDue, week, at("2026-11-07T23:59:59Z"))).toBe(true);
    expect(isEntitled(pastDue, week, at("2026-11-08T00:00:00Z"))).toBe(false);
    expect(accessEndsAt(pastDue, week)).toEqual(at("2026-11-08T00:00:00Z"));
    expect(isEntitled(pastDue, { grace_period_days: 0 }, since)).toBe(false);
  });

  it("refuses unpaid, paused, canceled and incomplete subscriptions", () => {
    for (const status of ["unpaid", "paused", "canceled", "incomplete", "incomplete_expired"]) {
      expect(isEntitled({ status, past_due_since: since }, week, since)).toBe(false);
    }
  });

  it("has an access end only while past_due", () => {
    expect(accessEndsAt({ status: "active", past_due_since: null }, week)).toBeNull();
    expect(accessEndsAt({ status: "canceled", past_due_since: null }, week)).toBeNull();
    expect(accessEndsAt({ status: "unpaid", past_due_since: since }, week)).toBeNull();
  });
});

describe("failed-payment e-mail", () => {
  it("formats minor units per currency exponent", () => {
    expect(formatAmount(2900, "usd")).toBe("$29.00");
    expect(formatAmount(5, "eur")).toBe("€0.05");
    expect(formatAmount(2900, "jpy")).toBe("¥2,900");
    expect(formatAmount(12340, "kwd")).toBe("KWD\u00a012.340");
  });

  it("escapes the merchant's name and the link in the HTML part", () => {
    const email = dunningEmail({
      invoice_id: "in_1",
      attempt: 1,
      recipient: "a@b.test",
      amount_due: "2900",
      currency: "usd",
      update_url: 'https://m.test/billing?a=1&b="x"',
      will_retry: true,
      merchant: "<script>alert(1)</script> & Co",
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co");
    expect(email.html).toContain('href="https://m.test/billing?a=1&#38;b=&#34;x&#34;"');
    expect(email.text).toContain('https://m.test/billing?a=1&b="x"');
    expect(email.subject).toBe("Your payment of $29.00 to <script>alert(1)</script> & Co failed");
  });
});
