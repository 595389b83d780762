/**
 * For merchant backends: report usage without a request per event. `track()` queues an event in
 * memory with its id (yours, or a random one made once); `flush()` — every `flushIntervalMs`, or
 * when `maxBatch` events wait — sends them with POST /v1/usage/batch. A batch that fails to
 * arrive is retried with the SAME ids, so BillingOS counts each event once however often it is
 * sent. Call `flush()` before your process exits.
 *
 * ```ts
 * const usage = usageTracker({ secretKey: process.env.BILLINGOS_SECRET_KEY, apiBase: "https://billing.example.com" });
 * usage.track({ customer: "user-42", feature: "calls", value: 1 });
 * ```
 */
import { type ClientOptions, isUnavailable, request } from "./entitlements";

export interface UsageEvent {
  id?: string;
  customer: string;
  feature: string;
  value: number;
  /** Unix seconds; defaults to when track() was called. */
  timestamp?: number;
  properties?: Record<string, string | number | boolean>;
}

export interface BatchItemResult {
  id: string | null;
  status: "accepted" | "duplicate" | "rejected";
  error?: { code: string; message: string; param?: string };
}

export interface UsageTrackerOptions extends Omit<ClientOptions, "onError"> {
  /** At most 1,000 (the API's batch cap). */
  maxBatch?: number;
  flushIntervalMs?: number;
  /** Attempts per batch while BillingOS is unavailable, with doubling delays from `retryDelayMs`. */
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Called with events BillingOS rejected (bad input, limit reached): they are not retried. */
  onRejected?: (rejected: BatchItemResult[]) => void;
}

export function usageTracker(options: UsageTrackerOptions) {
  const maxBatch = Math.min(options.maxBatch ?? 500, 1000);
  const queue: Array<Required<Pick<UsageEvent, "id" | "timestamp">> & UsageEvent> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> = Promise.resolve();

  const sendWithRetries = async (events: typeof queue) => {
    const attempts = options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const { body } = await request<{ data: BatchItemResult[] }>(options, "/v1/usage/batch", { body: { events } });
        const rejected = (body?.data ?? []).filter((item) => item.status === "rejected");
        if (rejected.length) options.onRejected?.(rejected);
        return;
      } catch (error) {
        if (!isUnavailable(error) || attempt >= attempts) {
          // Kept for the next flush: the ids stay the same, so nothing is counted twice.
          queue.unshift(...events);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 200) * 2 ** (attempt - 1)));
      }
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    // A failed flush must not stall the next one: each starts after the last, whatever its outcome.
    flushing = flushing
      .catch(() => {})
      .then(async () => {
        while (queue.length) await sendWithRetries(queue.splice(0, maxBatch));
      });
    return flushing;
  };

  return {
    /** Queues one event and returns its id (the idempotency key it will be sent with, every time). */
    track(event: UsageEvent): string {
      const id = event.id ?? `evt_${crypto.randomUUID()}`;
      queue.push({ ...event, id, timestamp: event.timestamp ?? Math.floor(Date.now() / 1000) });
      if (queue.length >= maxBatch) void flush().catch(() => {});
      else if (!timer) timer = setTimeout(() => void flush().catch(() => {}), options.flushIntervalMs ?? 1000);
      return id;
    },
    flush,
    /** Events waiting to be sent. */
    get pending() {
      return queue.length;
    },
  };
}
