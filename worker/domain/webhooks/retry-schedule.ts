/**
 * When a failed message is tried again: after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then every 12 h
 * five times — 12 attempts over about 3 days 6 hours — each delay but the first moved by up to
 * ±10 % at random, so endpoints that failed together are not retried in lockstep. 12 h is also the
 * longest delay a Cloudflare Queue message may carry.
 */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 43200, 43200, 43200, 43200, 43200] as const;

/** Attempts a message gets in all: the first and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** An endpoint whose deliveries have failed without a success for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3600 * 1000;

/** Seconds until the attempt after `attempts` failed ones, or null when the schedule is over. */
export function retryDelaySeconds(attempts: number, random = Math.random): number | null {
  const base = RETRY_DELAYS_SECONDS[attempts - 1];
  if (base === undefined) return null;
  if (base < 60) return base;
  return Math.min(43_200, Math.round(base * (0.9 + 0.2 * random())));
}
