import { createHmac } from "node:crypto";
import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { platformScope, type Store } from "../store/store";

export interface DeliveryAttempt {
  event: string;
  type: string;
  endpoint: string;
  attempt: number;
  status: number | null;
  at: number;
}

/**
 * Stripe retries failed deliveries for up to three days with exponential backoff. Locally the same
 * shape runs in seconds: 1 s, 2 s, 4 s, 8 s, 16 s after each failure, then the delivery is given up
 * (it stays in the delivery log and can be redelivered through the control API).
 */
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

/** Signs and POSTs events to the webhook endpoints that want them, retrying non-2xx answers. */
export class WebhookDispatcher {
  readonly log: DeliveryAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly retryDelaysMs: number[] = DEFAULT_RETRY_DELAYS_MS,
  ) {}

  /** Endpoints of this mode that want `event`: platform events to plain endpoints, account events to `connect` ones. */
  endpointsFor(livemode: boolean, event: Stripe.Event): Stripe.WebhookEndpoint[] {
    const wantsConnect = Boolean(event.account);
    return this.store
      .all<Stripe.WebhookEndpoint>(platformScope(livemode), "webhook_endpoints")
      .filter((endpoint) => endpoint.status === "enabled")
      .filter((endpoint) => (this.store.link(endpoint.id, "connect") === "true") === wantsConnect)
      .filter((endpoint) => endpoint.enabled_events.includes("*") || endpoint.enabled_events.includes(event.type));
  }

  onEvent(ctx: ScopeContext, event: Stripe.Event) {
    const endpoints = this.endpointsFor(ctx.livemode, event);
    event.pending_webhooks = endpoints.length;
    for (const endpoint of endpoints) this.deliver(endpoint, event, 1);
  }

  /** One attempt now; on failure, the next one after the backoff delay (until the schedule runs out). */
  deliver(endpoint: Stripe.WebhookEndpoint, event: Stripe.Event, attempt: number, retry = true): Promise<number | null> {
    const run = this.post(endpoint, event).then((status) => {
      this.log.push({ event: event.id, type: event.type, endpoint: endpoint.id, attempt, status, at: Date.now() });
      const ok = status !== null && status >= 200 && status < 300;
      if (ok && event.pending_webhooks > 0) event.pending_webhooks -= 1;
      const delay = this.retryDelaysMs[attempt - 1];
      if (!ok && retry && delay !== undefined && !this.stopped) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          void this.deliver(endpoint, event, attempt + 1);
        }, delay);
        this.timers.add(timer);
      }
      return status;
    });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  private async post(endpoint: Stripe.WebhookEndpoint, event: Stripe.Event): Promise<number | null> {
    const secret = this.store.link(endpoint.id, "secret") ?? "";
    const payload = JSON.stringify(event, null, 2);
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": signPayload(payload, secret, Math.floor(Date.now() / 1000)),
        },
        body: payload,
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return null;
    }
  }

  async stop() {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }
}
