import type { Organization } from "../../session/admin-api";

export type BillingTier = Organization["billing_tier"];

/** A tier as people read it: "standard" → "Standard". */
export const tierLabel = (tier: BillingTier): string => tier.charAt(0).toUpperCase() + tier.slice(1);

/** Whether the tier is a paid BillingOS plan (the API then shows a transaction fee of 0). */
export const isPaidTier = (tier: BillingTier): boolean => tier !== "standard";

/**
 * Milliseconds between reads while waiting for a new plan: the tier changes when the platform's
 * subscription webhook reaches the API, usually within a second or two, rarely after a minute.
 * About 75 s in all, then the page stops and says the change is on its way.
 */
export const TIER_POLL_DELAYS = [0, 500, 1000, 1500, 2000, 3000, 5000, 5000, 5000, 10_000, 10_000, 15_000, 15_000];

/**
 * Reads the organisation until its tier is no longer `from` (or the delays run out, or `signal`
 * aborts): resolves the organisation as last read, changed or not. A failed read is retried at the
 * next delay (a brief network hiccup must not stop the wait).
 */
export async function waitForTierChange(
  read: () => Promise<Organization>,
  from: BillingTier,
  signal: AbortSignal,
  delays: readonly number[] = TIER_POLL_DELAYS,
): Promise<Organization | undefined> {
  let last: Organization | undefined;
  for (const delay of delays) {
    if (delay > 0) await sleep(delay, signal);
    if (signal.aborted) return last;
    last = await read().catch(() => last);
    if (last && last.billing_tier !== from) return last;
  }
  return last;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
